import { h } from './dom.js';
import { PinPad } from './pin-pad.js';

/**
 * The manager-approval dialog: when the appliance answers that an action needs a manager, a manager steps
 * up to the same register, types their user name and PIN, and the action goes through under both names.
 * Nobody signs out and nothing typed so far is lost. The api layer opens it (see api.js), so every screen
 * has it; a screen only sees the request succeed, or fail with "no manager approved it".
 *
 * @param reason what needs approving, as the appliance said it
 * @return {next, refused, close}: {@code next()} resolves with {user, pin} when the manager approves and
 *     with null when the person cancels; {@code refused(message)} shows why the last try was refused and
 *     waits for another; {@code close()} removes the dialog
 */
export function approvalDialog(reason) {
  let pending = null;
  let closed = false;
  const user = h('input', { id: 'approval-user', name: 'user', class: 'text-field', autocomplete: 'off', autocapitalize: 'none',
    spellcheck: 'false', enterkeyhint: 'next' });
  const pad = new PinPad('approval-pin', 'Manager PIN');
  const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const approve = h('button', { type: 'submit', class: 'button button-primary' }, 'Approve');
  const settle = (answer) => {
    if (!pending) return;
    pending(answer);
    pending = null;
    approve.disabled = true;
  };
  const form = h('form', { class: 'access-form', onsubmit: (e) => {
    e.preventDefault();
    if (!user.value.trim()) return refuse('Type the manager’s user name.', user);
    if (!pad.value) return refuse('Type the manager’s PIN.', pad);
    settle({ user: user.value.trim(), pin: pad.value });
  } },
  h('p', { class: 'access-kicker' }, 'Manager approval'),
  h('h2', { id: 'approval-title', class: 'access-title' }, 'A manager must approve this'),
  h('p', { class: 'approval-reason' }, reason),
  h('div', { class: 'field' }, h('label', { for: 'approval-user', class: 'field-label' }, 'Manager’s user name'), user),
  pad.element,
  error,
  h('div', { class: 'access-actions' },
    h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
    approve));
  const dialog = h('dialog', { class: 'access-dialog approval-dialog', 'aria-labelledby': 'approval-title',
    // Cancel or Escape is "not now": the action is dropped, the screen stays as it was. A PIN being checked
    // meanwhile still counts if the manager's was right; the action then went through.
    onclose: () => {
      closed = true;
      settle(null);
    } }, form);
  document.body.append(dialog);
  dialog.showModal();
  user.focus();

  function refuse(message, field) {
    error.hidden = false;
    error.textContent = message;
    field.focus();
  }

  return {
    next: () => new Promise((resolve) => {
      // Closed while the last try was being checked: that is a cancel too.
      if (closed) return resolve(null);
      pending = resolve;
      approve.disabled = false;
    }),
    refused(message) {
      pad.clear();
      refuse(message, pad);
    },
    close() {
      dialog.close();
      dialog.remove();
    },
  };
}
