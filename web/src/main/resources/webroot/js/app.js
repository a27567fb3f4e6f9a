import { currentRoute } from './lib/route.js';
import { store } from './lib/store.js';
import { useTimeZone } from './lib/format.js';

/**
 * The register shell: maps the hash path to a screen module and keeps one screen mounted. A screen
 * module exports {@code mount(container, route)} returning {@code {update(route), unmount()}}; later
 * screens (sales, clients, counts) register here.
 */
const SCREENS = {
  '/inventory': () => import('./inventory/screen.js'),
};
const DEFAULT_PATH = '/inventory';

const container = document.getElementById('screen');
let mounted = null;
let shownHash = null;

/**
 * The boutique's name in the masthead (one appliance per store, but HQ staff open several) and its clock
 * for every time shown. Screens wait for it; without an answer they still work, on the device's clock.
 */
const identified = store().then((s) => {
  const name = document.getElementById('store-name');
  name.textContent = s.name;
  name.hidden = !s.name;
  useTimeZone(s.timeZone);
}, () => null);

async function render() {
  // A link to a hash fires both hashchange and popstate; one render is enough.
  if (location.hash === shownHash) return;
  shownHash = location.hash;
  const route = currentRoute();
  const path = SCREENS[route.path] ? route.path : DEFAULT_PATH;
  document.querySelectorAll('.primary-nav a').forEach((a) => {
    if (a.dataset.screen === path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (mounted && mounted.path === path) {
    mounted.screen.update(route);
    return;
  }
  mounted?.screen.unmount();
  const [module] = await Promise.all([SCREENS[path](), identified]);
  mounted = { path, screen: module.mount(container, route) };
}

/** Renders one route at a time, so a link followed while a screen module loads cannot mount it twice. */
let rendering = Promise.resolve();
function show() {
  const next = rendering.then(render);
  // The queue goes on after a failure; the failure itself still surfaces as an unhandled rejection.
  rendering = next.catch(() => {});
  return next;
}

window.addEventListener('hashchange', show);
window.addEventListener('popstate', show);
window.addEventListener('routechange', show);
show();
