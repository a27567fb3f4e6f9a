import { currentRoute } from './lib/route.js';

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

async function show() {
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
  const module = await SCREENS[path]();
  mounted = { path, screen: module.mount(container, route) };
}

window.addEventListener('hashchange', show);
window.addEventListener('popstate', show);
window.addEventListener('routechange', show);
show();
