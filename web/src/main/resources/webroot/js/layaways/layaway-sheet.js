import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields, amountInput } from '../lib/fields.js';
import { openSheet, sheetHead } from '../register/sheet.js';
import { Payments } from './payments.js';

/**
 * Lay away: the one piece of the sale is reserved for a client from their deposit. The appliance quotes
 * the piece with its tax; the deposit is taken as at the counter; instalments (a date and an amount each)
 * are optional, without them the balance is due at the end of the store's layaway term.
 *
 * @param line     the cart's piece line
 * @param units    the store's CurrencyUnits
 * @param register the register taking the deposit
 * @param client   the client's id as typed on the sale, or null
 * @param onLaidAway called with the layaway the appliance made
 */
export function askLayaway(line, units, { register, client, onLaidAway }) {
  let price = null;
  const fields = new Fields('layaway');
  const clientField = h('input', { class: 'text-field', maxlength: '64', autocomplete: 'off', spellcheck: 'false', value: client ?? '' });
  const payments = new Payments(units, () => price, 'Price with tax');
  const schedule = h('ol', { class: 'schedule-rows', 'aria-label': 'Instalments' });
  const error = h('div', { class: 'notice notice-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Lay away');
  const addInstalment = () => {
    const due = h('input', { type: 'date', class: 'text-field', 'aria-label': 'Due on' });
    const amount = amountInput({ 'aria-label': `Amount (${units.currency})` });
    const row = h('li', { class: 'schedule-row' },
      h('div', { class: 'field' }, h('span', { class: 'field-label', 'aria-hidden': 'true' }, 'Due on'), due),
      h('div', { class: 'field' }, h('span', { class: 'field-label', 'aria-hidden': 'true' }, `Amount (${units.currency})`), amount),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Remove this instalment', onclick: () => row.remove() }, '×'));
    schedule.append(row);
    due.focus();
  };
  const instalments = () => [...schedule.children].map((row) => {
    const [due, amount] = row.querySelectorAll('input');
    const minor = units.typed(amount.value);
    return due.value && minor ? { due: due.value, amount: units.money(minor) } : null;
  });
  const form = h('form', { class: 'sheet-form layaway-form', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    const errors = clientField.value.trim() ? [] : [{ field: 'client', message: 'a layaway is held for a client: type their client book id' }];
    fields.show(errors);
    const tenders = payments.tenders();
    const plan = instalments();
    if (errors.length) return;
    if (!tenders) return say(payments.rows.length ? null : 'Take the deposit: + Cash or + Card.');
    if (plan.includes(null)) return say('Give every instalment a date and an amount, or remove it.');
    submit.disabled = true;
    try {
      const layaway = await api.layAway({ register: register(), client: clientField.value.trim(), serial: line.serial, tenders,
        ...(plan.length ? { schedule: plan } : {}) });
      dialog.close();
      onLaidAway(layaway);
    } catch (e2) {
      const general = (e2.problem?.errors ?? []).filter((x) => !payments.refused(x.field, x.message)).map((x) => x.message);
      say(general.length ? `${e2.message}: ${general.join('; ')}.` : e2.message);
    } finally {
      submit.disabled = false;
    }
  } },
  sheetHead('Lay away', 'layaway-title', line.description, () => dialog),
  fields.field('client', 'Client', clientField, 'Their client book id: the layaway is listed under it'),
  h('h3', { class: 'quick-title' }, 'Deposit'),
  payments.element,
  h('h3', { class: 'quick-title' }, 'Instalments (optional)'),
  schedule,
  h('button', { type: 'button', class: 'button', onclick: addInstalment }, '+ Instalment'),
  error,
  h('div', { class: 'sheet-actions' },
    h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
    submit));
  const dialog = openSheet({ className: 'tender-sheet layaway-sheet', labelledBy: 'layaway-title', content: form });
  clientField.focus();
  api.quote({ register: register(), client: null, lines: [{ serial: line.serial }], discounts: [] }).then((quote) => {
    price = units.of(quote.total);
    payments.update();
  }, (e) => say(e.message));

  function say(message) {
    error.hidden = !message;
    error.textContent = message ?? '';
  }
}
