import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields } from '../lib/fields.js';
import { PinPad } from '../lib/pin-pad.js';
import { signIn } from '../lib/session.js';
import { openAccessScreen } from './access-screen.js';

/**
 * The enrolment screen, on a store's first start: nobody owns it yet, and whoever has the one-time code
 * from the appliance's log (the installer, or the owner beside them) makes themselves the owner, with a
 * PIN for the counter and a password for the back office, then is signed in. Each secret is typed twice,
 * checked here; everything else the appliance checks, and its refusals show under the field they name.
 *
 * @param options.storeName the boutique's name, shown as the register's welcome
 * @return {@code {person}} once enrolled and signed in, or {@code {note}} when the sign-in screen must
 *     follow (someone else enrolled first), saying why
 */
export function askEnrolment({ storeName }) {
  return new Promise((resolve) => {
    const fields = new Fields('enrol');
    const text = (attrs) => h('input', { class: 'text-field', enterkeyhint: 'next', ...attrs });
    const code = text({ class: 'text-field enrolment-code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false' });
    const user = text({ autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', maxlength: '32', oninput: lowerCase });
    const name = text({ autocomplete: 'name', maxlength: '80' });
    const password = text({ type: 'password', autocomplete: 'new-password' });
    const passwordAgain = text({ type: 'password', autocomplete: 'new-password' });
    const pad = new PinPad('enrol-pin', 'PIN', { repeat: 'Repeat PIN' });
    const pinRule = h('p', { class: 'field-hint', id: 'enrol-pin-rule' }, '6 digits or more, to sign in at the counter');
    pad.input.setAttribute('aria-describedby', `${pinRule.id} ${pad.input.getAttribute('aria-describedby')}`);
    pad.input.after(pinRule, fields.watch('pin', pad.input));
    pad.repeat.after(fields.watch('pin-repeat', pad.repeat));
    pad.repeat.setAttribute('enterkeyhint', 'go');
    // Where Enter goes from each field: on to the next one still empty, or the form is sent.
    const order = [code, user, name, password, passwordAgain, pad.input, pad.repeat];
    const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Enrol and sign in');

    const form = h('form', { class: 'access-form',
      onsubmit: (e) => { e.preventDefault(); attempt(); },
      onkeydown: (e) => {
        if (e.key !== 'Enter' || e.isComposing || !order.includes(e.target)) return;
        const next = order.slice(order.indexOf(e.target) + 1).find((field) => !field.value);
        if (next) {
          e.preventDefault();
          next.focus();
        }
      } },
    h('div', { class: 'enrolment-head' },
      h('p', { class: 'access-kicker' }, 'First start'),
      h('h2', { id: 'enrolment-title', class: 'access-title' }, 'Enrol as the owner'),
      h('p', { class: 'access-note' }, 'This register has no owner yet. Type the one-time code from the appliance’s log '
        + '(ask whoever installed it), then choose your sign-in.')),
    h('div', { class: 'enrolment-who' },
      fields.field('code', 'Enrolment code', code, 'As in the log, like 7KQ2-M9XD-4HTB'),
      fields.field('user', 'User name', user, '2 to 32 of a–z, 0–9, “.”, “-”, “_”'),
      fields.field('name', 'Full name', name),
      fields.field('password', 'Password', password, '10 characters or more, for the back office'),
      fields.field('password-repeat', 'Repeat password', passwordAgain)),
    pad.element,
    error,
    h('div', { class: 'access-actions' }, submit));
    const screen = openAccessScreen({ kind: 'enrolment', titleId: 'enrolment-title', storeName, form });
    code.focus();

    async function attempt() {
      error.hidden = true;
      if (fields.show(mistakes())) return;
      const enrolment = { code: code.value.trim(), user: user.value.trim(), name: name.value.trim(), pin: pad.value, password: password.value };
      submit.disabled = true;
      submit.textContent = 'Enrolling…';
      try {
        await api.enrolOwner(enrolment);
      } catch (e) {
        submit.disabled = false;
        submit.textContent = 'Enrol and sign in';
        return refused(e);
      }
      try {
        finish({ person: await signIn(enrolment.user, { pin: enrolment.pin }) });
      } catch {
        finish({ note: 'You are the owner now. Sign in with your user name and PIN.' });
      }
    }

    /**
     * What the form sees wrong before asking the appliance, in the order of the fields: one left empty, or
     * a secret typed differently the second time (that one is typed again).
     */
    function mistakes() {
      const found = [];
      const check = (field, wrong, message) => {
        if (wrong) found.push({ field, message });
      };
      check('code', !code.value.trim(), 'Type the code from the appliance’s log.');
      check('user', !user.value.trim(), 'Choose the user name you will sign in with.');
      check('name', !name.value.trim(), 'Type your name, as your staff and the audit trail will see it.');
      check('password', !password.value, 'Choose a password.');
      check('password-repeat', password.value && password.value !== passwordAgain.value, 'Not the password above: type it again.');
      check('pin', !pad.value, 'Choose a PIN.');
      check('pin-repeat', pad.value && pad.value !== pad.repeated, 'Not the PIN above: type it again.');
      if (found.some((each) => each.field === 'password-repeat')) passwordAgain.value = '';
      if (found.some((each) => each.field === 'pin-repeat')) pad.repeat.value = '';
      return found;
    }

    function refused(e) {
      if (e.status === 409) return finish({ note: 'Someone has just enrolled as this store’s owner. Sign in, or ask them to add you.' });
      const errors = e.status === 403 && e.kind === 'wrong-enrolment-code'
        ? [{ field: 'code', message: 'That code is not the one in the log. Check it there: a new one is printed at each start.' }]
        : e.problem?.errors ?? [];
      // A secret refused is typed again, twice.
      if (errors.some((each) => String(each.field).endsWith('pin'))) pad.clear();
      if (errors.some((each) => String(each.field).endsWith('password'))) password.value = passwordAgain.value = '';
      if (fields.show(errors)) return;
      error.hidden = false;
      error.textContent = e.message;
    }

    function finish(outcome) {
      screen.close();
      resolve(outcome);
    }
  });
}

/** User names are lower case; what is typed becomes so as it is typed, the caret where it was. */
function lowerCase(e) {
  const field = e.target;
  const lower = field.value.toLowerCase();
  if (lower === field.value) return;
  const at = field.selectionStart;
  field.value = lower;
  field.setSelectionRange(at, at);
}
