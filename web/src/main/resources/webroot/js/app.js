import { currentRoute } from './lib/route.js';
import { store } from './lib/store.js';
import { useTimeZone } from './lib/format.js';
import { onSessionLost } from './lib/api.js';
import { restore, signOut, signedIn } from './lib/session.js';
import { askEnrolment } from './shell/enrolment.js';
import { askSignIn } from './shell/sign-in.js';
import { Masthead } from './shell/masthead.js';

/**
 * The register shell: who is signed in, and which screen is mounted. The hash path picks the screen; a
 * screen module exports {@code mount(container, route)} returning {@code {update(route), unmount()}}.
 * A screen owns the paths below its own ("#/clients/C000001" is the clients screen's). A screen is offered
 * in the navigation only to roles with its permission; opened by its address anyway, it asks the
 * appliance, which refuses, and the screen says so.
 */
const SCREENS = [
  { path: '/inventory', title: 'Inventory', load: () => import('./inventory/screen.js') },
  { path: '/register', title: 'Register', permission: 'sell', load: () => import('./register/screen.js') },
  { path: '/returns', title: 'Returns', permission: 'sell', load: () => import('./returns/screen.js') },
  { path: '/layaways', title: 'Layaways', permission: 'sell', load: () => import('./layaways/screen.js') },
  { path: '/clients', title: 'Clients', permission: 'clients-read', load: () => import('./clients/screen.js') },
  { path: '/from-hq', title: 'From HQ', permission: 'inventory-read', load: () => import('./hq/screen.js') },
  { path: '/staff', title: 'Staff', permission: 'staff-read', load: () => import('./staff/screen.js') },
  { path: '/audit', title: 'Audit', permission: 'audit-read', load: () => import('./audit/screen.js') },
];
const DEFAULT_PATH = '/inventory';

const container = document.getElementById('screen');
let mounted = null;
let shownHash = null;
let storeName = null;

/**
 * The boutique's name in the masthead (one appliance per store, but HQ staff open several) and its clock
 * for every time shown. Screens wait for it; without an answer they still work, on the device's clock.
 */
const identified = store().then((s) => {
  const name = document.getElementById('store-name');
  name.textContent = s.name;
  name.hidden = !s.name;
  storeName = s.name;
  useTimeZone(s.timeZone);
  return s;
}, () => null);

const masthead = new Masthead(SCREENS, { switchUser, signOut: () => leave(null) });

let signingIn = null;

/**
 * Shows the sign-in screen until someone signs in. Every request that finds the session gone waits on
 * the same one, then is sent again (see api.js): the screen goes on where it was.
 */
function signInAgain(note = 'Your session ended. Sign in to carry on.') {
  if (!signingIn) {
    const previous = signedIn();
    signingIn = identified.then(() => askSignIn({ storeName, note }))
      .then((person) => welcome(person, previous))
      .finally(() => { signingIn = null; });
  }
  return signingIn;
}

async function switchUser() {
  const previous = signedIn();
  const person = await askSignIn({ storeName, cancellable: true });
  if (person) welcome(person, previous);
}

async function leave(note) {
  clearTimeout(idleTimer);
  // Signed out here whatever the appliance answers: the next person must not inherit this one.
  await signOut().catch(() => {});
  masthead.render(null, null);
  await signInAgain(note);
}

/** Takes in who signed in; someone else than before gets the screen afresh, with their role's controls. */
function welcome(person, previous) {
  masthead.render(person, mounted?.path);
  watchIdleness();
  if (mounted && previous && previous.user !== person.user) {
    mounted.screen.unmount();
    mounted = null;
    shownHash = null;
    show();
  }
}

/**
 * The live feed polls the appliance every few seconds, which keeps the session from ever idling out there;
 * so the register counts idleness from the person's own touches and keys, and signs out itself.
 */
let idleTimer = null;
function watchIdleness() {
  clearTimeout(idleTimer);
  const person = signedIn();
  if (!person) return;
  const minutes = Math.round(person.idleTimeoutSeconds / 60);
  idleTimer = setTimeout(() => leave(`Signed out after ${minutes} minutes without use.`), person.idleTimeoutSeconds * 1000);
}
for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, watchIdleness, { capture: true, passive: true });

async function render() {
  // A link to a hash fires both hashchange and popstate; one render is enough.
  if (location.hash === shownHash) return;
  shownHash = location.hash;
  const route = currentRoute();
  const screen = SCREENS.find((s) => route.path === s.path || route.path.startsWith(`${s.path}/`))
    ?? SCREENS.find((s) => s.path === DEFAULT_PATH);
  masthead.render(signedIn(), screen.path);
  if (mounted && mounted.path === screen.path) {
    mounted.screen.update(route);
    return;
  }
  mounted?.screen.unmount();
  const [module] = await Promise.all([screen.load(), identified]);
  mounted = { path: screen.path, screen: module.mount(container, route) };
}

/**
 * On a store's first start nobody owns it: the register asks for the owner's enrolment instead of a
 * sign-in, and the new owner starts on the staff screen, to add their team.
 */
async function enrolOwner() {
  const outcome = await askEnrolment({ storeName });
  if (!outcome.person) return signInAgain(outcome.note);
  location.hash = '#/staff';
  return welcome(outcome.person, null);
}

/** Who is signed in is known before the first screen mounts: a screen never flashes for nobody. */
const ready = restore().catch(() => null).then((person) => {
  if (person) return welcome(person, null);
  return identified.then((s) => (s?.awaitingOwner ? enrolOwner() : signInAgain(null)));
});
onSessionLost(() => signInAgain());

/** Renders one route at a time, so a link followed while a screen module loads cannot mount it twice. */
let rendering = ready;
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
