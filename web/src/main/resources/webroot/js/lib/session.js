import { request, useCsrfToken } from './api.js';

/**
 * Who is signed in on this browser, as the appliance said: user, name, role, permissions and the CSRF
 * token every change must carry. The session itself is an HttpOnly cookie the page never sees; this is
 * only what the page may know of it. Screens ask {@link can} to hide what a role may not do, but the
 * appliance decides: a control left visible by mistake is still refused there.
 */
let person = null;

const SESSION = '/api/v1/session';

/** The signed-in person ({user, name, role, permissions, idleTimeoutSeconds}), or null. */
export function signedIn() {
  return person;
}

export function can(permission) {
  return Boolean(person?.permissions.includes(permission));
}

/** Asks the appliance who is signed in (after a reload the cookie survives, the page's memory does not). */
export async function restore() {
  try {
    return adopt(await request('GET', SESSION, { signIn: false }));
  } catch (e) {
    if (e.status === 401) return adopt(null);
    throw e;
  }
}

/**
 * Signs in with {@code secret}, {pin} or {password}. On a browser that already has a session the new one
 * replaces it: that is how a shared register switches user. Rejects with the appliance's ApiError (401
 * wrong user or secret, 423 locked).
 */
export async function signIn(user, secret) {
  return adopt(await request('POST', SESSION, { json: { user, ...secret }, signIn: false }));
}

export async function signOut() {
  try {
    await request('DELETE', SESSION, { signIn: false });
  } finally {
    adopt(null);
  }
}

function adopt(answer) {
  person = answer && { user: answer.user, name: answer.name, role: answer.role, permissions: answer.permissions,
    idleTimeoutSeconds: answer.idleTimeoutSeconds };
  useCsrfToken(answer?.csrfToken ?? null);
  return person;
}
