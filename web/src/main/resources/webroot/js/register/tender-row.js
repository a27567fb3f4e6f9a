import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields, amountInput } from '../lib/fields.js';
import { money } from '../lib/format.js';
import { TradeInRow } from './trade-in-row.js';

/** The schemes a boutique's terminal takes, as the appliance keeps them. */
export const SCHEMES = [['visa', 'Visa'], ['mastercard', 'Mastercard'], ['amex', 'Amex'], ['discover', 'Discover'],
  ['jcb', 'JCB'], ['unionpay', 'UnionPay']];

const LAST4 = /^\d{4}$/;
const AUTH_CODE = /^[A-Za-z0-9]{1,12}$/;

/** What each payment is called on its row; a gift card and store credit spend an account's balance. */
const NAMES = { cash: 'Cash', card: 'Card', 'gift-card': 'Gift card', 'store-credit': 'Store credit', 'loyalty-points': 'Loyalty points' };
const ACCOUNT_PREFIX = { 'gift-card': 'GC-', 'store-credit': 'SC-' };

let made = 0;

/**
 * One payment toward a sale, as the associate enters it: cash handed over, a card charged on the
 * terminal (its scheme, the last four digits and the authorisation code the terminal printed; never the
 * card number), or a gift card's or store credit's balance spent by its code. Its fields show their own
 * mistakes, the register's and the appliance's.
 */
export class TenderRow {
  /**
   * @param type     cash, card, gift-card, store-credit or loyalty-points (the sale's client's)
   * @param units    the store's CurrencyUnits
   * @param amount   the amount to start with, in minor units, or null
   * @param onChange called as the amount is typed
   * @param onRemove called when the associate takes the payment off
   */
  constructor(type, units, amount, { onChange, onRemove }) {
    this.type = type;
    this.units = units;
    made += 1;
    this.fields = new Fields(`tender-${made}`);
    this.amount = amountInput({ oninput: () => onChange(),
      value: amount === null ? null : this.units.money(amount).amount });
    const name = NAMES[type];
    const grid = [this.fields.field('amount', `Amount (${units.currency})`, this.amount)];
    if (ACCOUNT_PREFIX[type]) {
      this.account = h('input', { class: 'text-field account-field', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters',
        placeholder: `${ACCOUNT_PREFIX[type]}…`, oninput: () => { this.balance.textContent = ''; } });
      this.balance = h('output', { class: 'account-balance', 'aria-live': 'polite' });
      grid.unshift(h('div', { class: 'account-group' },
        this.fields.field('account', `${name} code`, this.account),
        h('p', { class: 'account-check' },
          h('button', { type: 'button', class: 'link-button check-balance', onclick: () => this.checkBalance() }, 'Check balance'),
          this.balance)));
    }
    if (type === 'card') {
      this.scheme = h('select', {}, SCHEMES.map(([value, text]) => h('option', { value }, text)));
      this.last4 = h('input', { class: 'text-field', inputmode: 'numeric', maxlength: '4', autocomplete: 'off', placeholder: '4242' });
      this.authCode = h('input', { class: 'text-field auth-field', maxlength: '12', autocomplete: 'off', spellcheck: 'false',
        autocapitalize: 'characters' });
      grid.push(this.fields.field('scheme', 'Card scheme', this.scheme),
        this.fields.field('last4', 'Last 4 digits', this.last4),
        this.fields.field('authCode', 'Auth code', this.authCode));
    }
    this.element = h('li', { class: `tender-row tender-${type}`, dataset: { type } },
      h('div', { class: 'tender-row-head' },
        h('span', { class: 'tender-row-name' }, name),
        h('button', { type: 'button', class: 'link-button', 'aria-label': `Remove this ${type} payment`, onclick: () => onRemove(this) }, 'Remove')),
      h('div', { class: 'tender-row-fields' }, grid));
  }

  /** The amount typed, in minor units; null when it is not an amount. */
  get minor() {
    return this.units.typed(this.amount.value);
  }

  /** Where the associate goes next: a card's last digits (its amount is usually right), an account's code, cash's amount. */
  focus() {
    const field = this.type === 'card' ? this.last4 : this.account ?? this.amount;
    field.focus();
    field.select();
  }

  /** Asks the appliance what is left on the account typed, and shows it beside the link. */
  async checkBalance() {
    const code = this.account.value.trim().toUpperCase();
    if (!code) return this.fields.show([{ field: 'account', message: 'type the code on the card or the credit slip' }]);
    this.fields.show([]);
    this.balance.textContent = 'Asking…';
    try {
      const account = await api.credit(code);
      if (this.account.value.trim().toUpperCase() === code) this.balance.textContent = `Balance ${money(account.balance, { exact: true })}`;
    } catch (e) {
      this.balance.textContent = '';
      this.fields.show([{ field: 'account', message: e.status === 404 ? `there is no ${NAMES[this.type].toLowerCase()} ${code}` : e.message }]);
    }
  }

  /** The tender as the appliance takes it, or null after showing what is missing under its fields. */
  tender() {
    const errors = [];
    const minor = this.minor;
    if (minor === null || minor === 0n) errors.push({ field: 'amount', message: 'type an amount above zero' });
    if (this.account && !this.account.value.trim()) errors.push({ field: 'account', message: 'type the code on the card or the credit slip' });
    if (this.type === 'card') {
      if (!LAST4.test(this.last4.value.trim())) errors.push({ field: 'last4', message: 'the last four digits the terminal printed' });
      if (!AUTH_CODE.test(this.authCode.value.trim())) errors.push({ field: 'authCode', message: 'the terminal’s authorisation code, letters and digits' });
    }
    this.fields.show(errors);
    if (errors.length) return null;
    const tender = { type: this.type, amount: this.units.money(minor) };
    if (this.account) tender.account = this.account.value.trim().toUpperCase();
    if (this.type === 'card') {
      Object.assign(tender, { scheme: this.scheme.value, last4: this.last4.value.trim(), authCode: this.authCode.value.trim().toUpperCase() });
    }
    return tender;
  }

  /** Shows the appliance's word on one of this payment's fields ("last4", "amount"…). */
  refused(field, message) {
    return this.fields.show([{ field: field.split('.')[0], message }]);
  }
}

/**
 * Adds a payment of {@code type} to {@code rows} (the caller's list of TenderRows, changed in place) and
 * its element to {@code list}; taking it off removes it from both. {@code onChange} is called as its
 * amount is typed and once it is taken off.
 */
export function addTenderRow(rows, list, type, units, amount, onChange) {
  const Row = type === 'trade-in' ? TradeInRow : TenderRow;
  const row = new Row(type, units, amount, {
    onChange,
    onRemove: (gone) => {
      rows.splice(rows.indexOf(gone), 1);
      gone.element.remove();
      onChange();
    },
  });
  rows.push(row);
  list.append(row.element);
  return row;
}
