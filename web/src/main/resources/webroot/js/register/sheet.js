import { h } from '../lib/dom.js';

/**
 * A modal dialog over the counter (a service's price, the payment, the X report): the screen beneath
 * cannot be touched until it closes, and focus comes back where it was. Escape closes it, unless
 * {@code canCancel} says not now (a sale on its way to the appliance).
 *
 * @param options.className  the dialog's own class, for its layout
 * @param options.labelledBy the id of its title
 * @param options.content    what it holds
 * @param options.onClose    called once, however it closes
 * @param options.canCancel  answers false while Escape must not close it
 * @return the open {@code <dialog>}; {@code close()} closes and removes it
 */
export function openSheet({ className, labelledBy, content, onClose = null, canCancel = () => true }) {
  const returnFocus = document.activeElement;
  const dialog = h('dialog', { class: `sheet ${className}`, 'aria-labelledby': labelledBy,
    oncancel: (e) => {
      if (!canCancel()) e.preventDefault();
    },
    onclose: () => {
      dialog.remove();
      onClose?.();
      if (returnFocus?.isConnected) returnFocus.focus();
    } }, content);
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** A sheet's head: a kicker over its title, and a close button. */
export function sheetHead(kicker, titleId, title, dialog) {
  return h('header', { class: 'sheet-head' },
    h('div', {}, h('p', { class: 'sheet-kicker' }, kicker), h('h2', { id: titleId, class: 'sheet-title' }, title)),
    h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close', onclick: () => dialog().close() }, '×'));
}
