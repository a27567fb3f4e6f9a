import { h } from '../lib/dom.js';
import { Fields, amountInput } from '../lib/fields.js';
import { openSheet, sheetHead } from './sheet.js';

/** A percent as the appliance takes it: above 0, at most 100, two decimals at most. */
const PERCENT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

/** "15% off" or "$50.00 off": a discount as the cart shows it. */
export function discountLabel(discount, units) {
  return `${discount.percent ? `${discount.percent}%` : units.format(discount.amount)} off`;
}

/**
 * Asks for a discount: a percent or an amount, and why (optional). Whether it needs a manager is the
 * appliance's to say: the payment sheet shows it in advance, and Complete sale asks for the manager.
 *
 * @param units    the store's CurrencyUnits
 * @param what     what is discounted, as the title says it ("Platinum band", "The whole sale")
 * @param current  the discount already given, or null
 * @param onApply  called with the discount ({percent}|{amount}, reason), or null to take it off
 */
export function askDiscount(units, what, current, onApply) {
  const fields = new Fields('discount');
  const kind = h('select', {},
    h('option', { value: 'percent' }, 'Percent off'),
    h('option', { value: 'amount' }, `Amount off (${units.currency})`));
  const value = amountInput({ maxlength: '16' });
  const reason = h('input', { class: 'text-field', maxlength: '200', autocomplete: 'off', placeholder: 'Loyal client, anniversary…' });
  if (current) {
    kind.value = current.percent ? 'percent' : 'amount';
    value.value = current.percent ?? units.money(current.amount).amount;
    reason.value = current.reason ?? '';
  }
  const form = h('form', { class: 'sheet-form discount-form', onsubmit: (e) => {
    e.preventDefault();
    const typed = value.value.trim().replace(/%$/, '');
    let discount = null;
    if (kind.value === 'percent') {
      if (PERCENT.test(typed) && Number(typed) > 0) discount = { percent: typed };
    } else {
      const minor = units.typed(typed);
      if (minor !== null && minor > 0n) discount = { amount: minor };
    }
    if (!discount) {
      fields.show([{ field: 'value', message: kind.value === 'percent' ? 'type a percent from 0.01 to 100, such as 10'
        : `type an amount above zero, such as 50.00 (${units.currency})` }]);
      return;
    }
    if (reason.value.trim()) discount.reason = reason.value.trim();
    onApply(discount);
    dialog.close();
  } },
  sheetHead('Discount', 'discount-title', what, () => dialog),
  h('div', { class: 'field-grid discount-fields' },
    fields.field('kind', 'Take off', kind),
    fields.field('value', 'How much', value, 'A manager approves a large discount')),
  fields.field('reason', 'Reason (optional)', reason),
  h('div', { class: 'sheet-actions' },
    current ? h('button', { type: 'button', class: 'button', onclick: () => { onApply(null); dialog.close(); } }, 'Remove discount')
      : h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Apply discount')));
  const dialog = openSheet({ className: 'discount-sheet', labelledBy: 'discount-title', content: form });
  value.focus();
}
