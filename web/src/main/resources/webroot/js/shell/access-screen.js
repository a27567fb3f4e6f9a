import { h } from '../lib/dom.js';

/**
 * The screen that asks who is at the register (sign-in, and the owner's enrolment on a store's first
 * start): the boutique's welcome beside a form, over the whole register. It is opaque, so the screen
 * beneath (a client's reservation, a cost) stays out of sight of whoever walks up, and a modal dialog, so
 * nothing beneath can be reached either.
 *
 * @param options.kind      the screen's class ({@code sign-in}, {@code enrolment}), for its own layout
 * @param options.titleId   the id of the form's title, which names the dialog
 * @param options.storeName the boutique's name, shown as the register's welcome, or null
 * @param options.form      the form beside the welcome
 * @param options.onCancel  what Escape does, or null when the screen cannot be left: without a session
 *     there is nothing to go back to
 * @return {@code {close()}}, which removes the screen
 */
export function openAccessScreen({ kind, titleId, storeName, form, onCancel = null }) {
  let open = true;
  const dialog = h('dialog', { class: `access-dialog access-screen ${kind}`, 'aria-labelledby': titleId,
    oncancel: (e) => {
      if (!onCancel) e.preventDefault();
    },
    // Chromium closes a dialog anyway on a second Escape in a row: one that cannot be left comes straight back.
    onclose: () => {
      if (!open) return;
      if (onCancel) onCancel();
      else dialog.showModal();
    } },
  h('div', { class: 'access-welcome' },
    h('img', { src: 'assets/mark.svg', alt: '', width: '56', height: '56' }),
    h('p', { class: 'access-brand' }, 'Assay'),
    storeName ? h('p', { class: 'access-store' }, storeName) : null),
  form);
  document.body.append(dialog);
  dialog.showModal();
  return {
    close() {
      open = false;
      dialog.close();
      dialog.remove();
    },
  };
}
