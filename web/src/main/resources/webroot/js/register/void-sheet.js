import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields } from '../lib/fields.js';
import { openSheet, sheetHead } from './sheet.js';

/**
 * Void: undoes a sale of the register's open shift, as if it never happened: its pieces back in stock,
 * its payments given back. A manager approves (the api layer asks for the PIN). After the close, or once
 * part of it came back or a gift card of it was spent, the appliance refuses and says to take it back as
 * a return; the sheet shows that.
 *
 * @param onVoided called with the sale, voided
 */
export function askVoid(sale, onVoided) {
  const fields = new Fields('void');
  const reason = h('input', { class: 'text-field', maxlength: '200', autocomplete: 'off' });
  const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button button-danger' }, 'Void sale');
  const form = h('form', { class: 'sheet-form', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    if (!reason.value.trim()) return fields.show([{ field: 'reason', message: 'say why the sale is voided' }]);
    fields.show([]);
    submit.disabled = true;
    try {
      const voided = await api.voidSale(sale.id, reason.value.trim());
      dialog.close();
      onVoided(voided);
    } catch (e2) {
      error.hidden = false;
      error.textContent = /[.!?]$/.test(e2.message) ? e2.message : `${e2.message}.`;
    } finally {
      submit.disabled = false;
    }
  } },
  sheetHead(`Sale ${sale.number}`, 'void-title', 'Void this sale?', () => dialog),
  h('p', {}, 'Every piece goes back in stock and every payment is given back: cash from the drawer, the card voided on the '
    + 'terminal. A manager approves.'),
  fields.field('reason', 'Reason', reason, 'Rung up by mistake, client changed their mind at the counter…'),
  error,
  h('div', { class: 'sheet-actions' },
    h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Keep the sale'),
    submit));
  const dialog = openSheet({ className: 'void-sheet', labelledBy: 'void-title', content: form });
  reason.focus();
}
