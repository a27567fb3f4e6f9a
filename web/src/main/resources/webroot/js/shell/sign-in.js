import { h } from '../lib/dom.js';
import { dateTime, roleName } from '../lib/format.js';
import { PinPad } from '../lib/pin-pad.js';
import { signIn, signedIn } from '../lib/session.js';
import { openAccessScreen } from './access-screen.js';

/**
 * The sign-in screen: a user name and a PIN on a large keypad, or a password for those who have one. It
 * covers the whole register (see access-screen.js); the screen beneath stays mounted: once signed in, the
 * person is back where the register was.
 *
 * @param options.storeName   the boutique's name, shown as the register's welcome
 * @param options.cancellable true to switch user: Cancel (or Escape) keeps the current person signed in
 * @param options.note        why the screen is shown (the session ended), or null
 * @return the person signed in, or null when cancelled
 */
export function askSignIn({ storeName, cancellable = false, note = null }) {
  return new Promise((resolve) => {
    const current = signedIn();
    const user = h('input', { id: 'sign-in-user', name: 'user', class: 'text-field', autocomplete: 'username', autocapitalize: 'none',
      spellcheck: 'false', enterkeyhint: 'next' });
    const pad = new PinPad('sign-in-pin', 'PIN');
    const password = h('input', { id: 'sign-in-password', name: 'password', type: 'password', class: 'text-field', autocomplete: 'current-password' });
    const passwordField = h('div', { class: 'field', hidden: true }, h('label', { for: 'sign-in-password', class: 'field-label' }, 'Password'), password);
    const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-primary sign-in-submit' }, 'Sign in');
    const usePassword = () => !passwordField.hidden;
    const toggle = h('button', { type: 'button', class: 'link-button', onclick: () => {
      passwordField.hidden = !passwordField.hidden;
      pad.element.hidden = !passwordField.hidden;
      toggle.textContent = usePassword() ? 'Use PIN instead' : 'Use password instead';
      error.hidden = true;
      (usePassword() ? password : pad).focus();
    } }, 'Use password instead');

    const form = h('form', { class: 'access-form', onsubmit: (e) => { e.preventDefault(); attempt(); } },
      h('p', { class: 'access-kicker' }, cancellable ? 'Switch user' : 'Welcome'),
      h('h2', { id: 'sign-in-title', class: 'access-title' }, 'Sign in'),
      cancellable && current ? h('p', { class: 'access-note' }, `${current.name} (${roleName(current.role)}) stays signed in until someone else signs in.`) : null,
      note ? h('p', { class: 'access-note', role: 'status' }, note) : null,
      h('div', { class: 'field' }, h('label', { for: 'sign-in-user', class: 'field-label' }, 'User name'), user),
      pad.element,
      passwordField,
      error,
      h('div', { class: 'access-actions' },
        cancellable ? h('button', { type: 'button', class: 'button', onclick: () => finish(null) }, 'Cancel') : null,
        submit),
      h('p', { class: 'access-alternative' }, toggle));
    const screen = openAccessScreen({ kind: 'sign-in', titleId: 'sign-in-title', storeName, form,
      onCancel: cancellable ? () => finish(null) : null });
    user.focus();

    async function attempt() {
      const name = user.value.trim();
      const secret = usePassword() ? password.value : pad.value;
      if (!name) return show('Type your user name.', user);
      if (!secret) {
        // Enter in the user name field goes on to the PIN; only an empty PIN sent on purpose is an error.
        if (document.activeElement === user) return (usePassword() ? password : pad).focus();
        return show(usePassword() ? 'Type your password.' : 'Type your PIN.', usePassword() ? password : pad);
      }
      submit.disabled = true;
      submit.textContent = 'Signing in…';
      try {
        finish(await signIn(name, usePassword() ? { password: secret } : { pin: secret }));
      } catch (e) {
        pad.clear();
        password.value = '';
        show(refusal(e, usePassword()), usePassword() ? password : pad);
      } finally {
        submit.disabled = false;
        submit.textContent = 'Sign in';
      }
    }

    function show(message, field) {
      error.hidden = false;
      error.textContent = message;
      field.focus();
    }

    function finish(person) {
      screen.close();
      resolve(person);
    }
  });
}

/** Why a sign-in was refused, in the register's words. */
function refusal(e, password) {
  if (e.status === 401) return `That user name and ${password ? 'password' : 'PIN'} do not match. Try again.`;
  if (e.status === 423) {
    // The appliance names the instant the lock ends (UTC); shown on the boutique's clock.
    const until = e.problem?.lockedUntil;
    return until ? `This account is locked until ${dateTime(until)} after too many wrong tries. The owner can unlock it sooner.` : e.message;
  }
  return e.message;
}
