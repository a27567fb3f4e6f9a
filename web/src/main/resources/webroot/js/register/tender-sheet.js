import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { openSheet, sheetHead } from './sheet.js';
import { addTenderRow } from './tender-row.js';
import { money } from '../lib/format.js';

/**
 * Charge: the payments that settle the sale, then the sale itself. The appliance prices and taxes it: the
 * sheet asks for a quote when it opens and whenever the lines change, shows the subtotal, the discount,
 * the tax and the total (and what a payment in cash comes to, when cash rounding makes it differ), says
 * in advance when a manager will have to approve, and guides the payments against that total.
 *
 * One attempt is one Idempotency-Key: when the answer is lost on the network, Complete sale sends the
 * same sale with the same key and the appliance answers the sale it made, never a second charge. Any
 * change to the lines or the payments makes it a new attempt, with a new key, sent once the lost one
 * is settled.
 */
export class TenderSheet {
  /**
   * @param cart      the Cart to sell
   * @param request   answers the rest of the request: {register, client}
   * @param onSold    called with the sale the appliance made
   * @param onRefused called after a refusal that may mean the screen is out of date (a piece sold
   *     elsewhere, the register closed, fewer items on hand)
   */
  constructor(cart, { request, onSold, onRefused }) {
    this.cart = cart;
    this.units = cart.units;
    this.request = request;
    this.onSold = onSold;
    this.onRefused = onRefused;
    this.rows = [];
    this.quote = null;
    this.quotes = 0;
    this.priced = Promise.resolve();
    this.attempt = null;
    this.unanswered = null;
    this.busy = false;

    this.summary = h('dl', { class: 'quote-summary', 'aria-label': 'What the sale comes to' });
    this.approval = h('p', { class: 'notice tender-approval', hidden: true });
    this.guide = h('dl', { class: 'tender-guide', 'aria-live': 'polite' });
    this.list = h('ol', { class: 'tender-rows', 'aria-label': 'Payments' });
    this.alert = h('div', { class: 'notice notice-error tender-alert', role: 'alert', hidden: true });
    this.submit = h('button', { type: 'submit', class: 'button button-primary complete-sale' }, 'Complete sale');
    const form = h('form', { class: 'sheet-form tender-form', onsubmit: (e) => { e.preventDefault(); this.complete(); } },
      sheetHead('Charge', 'tender-title', 'Take payment', () => this.dialog),
      this.summary,
      this.approval,
      this.guide,
      this.list,
      h('div', { class: 'tender-add', role: 'group', 'aria-label': 'Add a payment' },
        h('button', { type: 'button', class: 'button tender-add-cash', onclick: () => this.add('cash') }, '+ Cash'),
        h('button', { type: 'button', class: 'button tender-add-card', onclick: () => this.add('card') }, '+ Card'),
        h('button', { type: 'button', class: 'button tender-add-gift-card', onclick: () => this.add('gift-card') }, '+ Gift card'),
        h('button', { type: 'button', class: 'button tender-add-store-credit', onclick: () => this.add('store-credit') }, '+ Store credit'),
        h('button', { type: 'button', class: 'button tender-add-trade-in', onclick: () => this.add('trade-in') }, '+ Trade-in'),
        this.pointsButton = h('button', { type: 'button', class: 'button tender-add-loyalty-points', hidden: true,
          onclick: () => this.add('loyalty-points') }, '+ Loyalty points'),
        this.pointsHeld = h('span', { class: 'field-hint tender-points-held', 'aria-live': 'polite' }),
        h('p', { class: 'field-hint' }, 'Each payment starts at what is left to pay. Split: add another.')),
      this.alert,
      h('div', { class: 'sheet-actions' },
        h('button', { type: 'button', class: 'button', onclick: () => this.dialog.close() }, 'Cancel'),
        this.submit));
    const unwatch = cart.onChange(() => this.price());
    this.dialog = openSheet({ className: 'tender-sheet', labelledBy: 'tender-title', content: form, canCancel: () => !this.busy,
      onClose: unwatch });
    this.price();
    this.offerPoints();
    this.dialog.querySelector('.tender-add-card').focus();
  }

  /** A client of the book may pay with her loyalty points: the sheet says how many she holds and what they are worth. */
  async offerPoints() {
    const client = this.request().client;
    if (!client) return;
    try {
      const held = (await api.client(client)).loyalty;
      if (!held || held.points <= 0 || !this.dialog.isConnected) return;
      this.pointsButton.hidden = false;
      this.pointsHeld.textContent = `${held.points.toLocaleString('en-US')} points, worth ${money({ amount: held.worth, currency: this.units.currency })}`;
    } catch (e) {
      // A client id typed by hand that the book does not know: no points to offer.
    }
  }

  /**
   * Asks the appliance what the sale comes to. Only the answer to the latest question is shown: lines
   * changed meanwhile make an earlier answer stale. A refusal (a piece sold elsewhere) is said as Complete
   * sale would say it.
   */
  price() {
    if (this.cart.isEmpty) return;
    const asked = ++this.quotes;
    this.quote = null;
    this.update();
    this.priced = api.quote({ ...this.request(), lines: this.cart.saleLines(), discounts: this.cart.saleDiscounts() }).then((quote) => {
      if (asked !== this.quotes) return;
      this.quote = quote;
      this.update();
    }, (e) => {
      if (asked === this.quotes && this.dialog.isConnected) this.refused(e);
    });
  }

  /**
   * What the payments must come to, in minor units: the cash total once cash is among them, less what the
   * goods of an exchange are worth (never below nothing); null before the quote.
   */
  target() {
    if (!this.quote) return null;
    const cash = this.rows.some((row) => row.type === 'cash');
    const due = this.units.of(cash ? this.quote.cashTotal : this.quote.total) - this.exchangeCredit();
    return due > 0n ? due : 0n;
  }

  /** What the goods brought back are worth, in minor units: the appliance's valuation once it has quoted. */
  exchangeCredit() {
    if (this.quote?.exchangeCredit) return this.units.of(this.quote.exchangeCredit);
    return this.cart.exchange?.credit ?? 0n;
  }

  entered() {
    return this.rows.reduce((sum, row) => sum + (row.minor ?? 0n), 0n);
  }

  /** A payment of what is left to pay, once the quote says what that is. */
  async add(type) {
    await this.priced;
    // Cash among the payments may round the total: what is left is counted with the new row in.
    const row = addTenderRow(this.rows, this.list, type, this.units, null, () => this.update());
    const target = this.target();
    const left = target === null ? 0n : target - this.entered();
    if (left > 0n && row.amount) row.amount.value = this.units.money(left).amount;
    this.update();
    row.focus();
  }

  update() {
    const units = this.units;
    const quote = this.quote;
    const figure = (term, value, cls = '') => h('div', { class: `tender-figure ${cls}` }, h('dt', {}, term), h('dd', {}, value));
    const row = (term, value, cls = '') => h('div', { class: `quote-row ${cls}` }, h('dt', {}, term), h('dd', {}, value));
    const exact = (money) => units.format(units.of(money));
    this.approval.hidden = !quote?.approvalNeeded;
    this.approval.textContent = quote?.approvalNeeded ? `A manager will approve: ${quote.approvalNeeded}.` : '';
    if (quote) {
      const discount = quote.discount ? units.of(quote.discount) : 0n;
      const cashTotal = quote.cashTotal && quote.cashTotal.amount !== quote.total.amount ? quote.cashTotal : null;
      // The appliance's subtotal is after the discount; shown before it, the figures add up down the column.
      replace(this.summary,
        row('Subtotal', units.format(units.of(quote.subtotal) + discount)),
        discount ? row('Discount', `−${units.format(discount)}`, 'quote-discount') : null,
        row('Tax', exact(quote.tax)),
        row('Total', exact(quote.total), 'quote-total'),
        this.cart.exchange ? row(`Exchange from ${this.cart.exchange.number}`, `−${units.format(this.exchangeCredit())}`, 'quote-exchange') : null,
        cashTotal ? row('Cash total', exact(cashTotal), 'quote-cash') : null);
    } else {
      replace(this.summary, h('p', { class: 'muted quote-pending', role: 'status' }, 'Asking the appliance for the total…'));
    }
    const target = this.target();
    const entered = this.entered();
    const cash = this.rows.some((r) => r.type === 'cash');
    const left = target === null ? null : target - entered;
    replace(this.guide,
      figure('Total due', target === null ? '…' : units.format(target), 'is-due'),
      figure('Entered', units.format(entered)),
      left === null ? figure('Left to pay', '…')
        : left >= 0n ? figure('Left to pay', units.format(left), left > 0n ? 'is-open' : 'is-settled')
          : figure(cash ? 'Change' : 'Over', units.format(-left), cash ? 'is-change' : 'is-over'));
    this.list.hidden = this.rows.length === 0;
  }

  /** The request for the appliance, or null after showing what is missing. */
  sale() {
    const exchange = this.cart.exchangeBody();
    // The goods of an exchange may pay for everything: then no payment is asked for.
    if (this.rows.length === 0 && !(exchange && this.target() === 0n)) {
      this.say('Add a payment: + Cash or + Card.');
      return null;
    }
    const tenders = this.rows.map((row) => row.tender());
    if (tenders.includes(null)) return null;
    return { ...this.request(), lines: this.cart.saleLines(), discounts: this.cart.saleDiscounts(), tenders,
      ...(exchange ? { exchange } : {}) };
  }

  async complete() {
    if (this.busy) return;
    this.say(null);
    const sale = this.sale();
    if (!sale) return;
    const body = JSON.stringify(sale);
    if (this.attempt?.body !== body) this.attempt = { body, key: newKey() };
    // An attempt whose answer was lost may have made the sale: it is settled, sent again as it was, before
    // anything changed since is sent under a new key.
    const attempt = this.unanswered ?? this.attempt;
    this.busy = true;
    this.submit.disabled = true;
    this.submit.textContent = 'Completing…';
    try {
      const done = await api.sell(JSON.parse(attempt.body), attempt.key);
      this.busy = false;
      this.dialog.close();
      this.onSold(done);
    } catch (e) {
      this.unanswered = e.status === 0 ? attempt : null;
      this.refused(e);
    } finally {
      this.busy = false;
      this.submit.disabled = false;
      this.submit.textContent = 'Complete sale';
    }
  }

  refused(e) {
    if (e.status === 0) {
      this.say('The appliance did not answer, so the sale may or may not have gone through. Tap Complete sale again: '
        + 'the same sale is sent, and it is never charged twice.');
      return;
    }
    if (e.status === 409) {
      const serial = this.cart.serials().find((s) => new RegExp(`(^|[^\\w-])${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^\\w-]|$)`).test(e.message));
      this.say(sentence(e.message), serial ? h('button', { type: 'button', class: 'button remove-sold', onclick: () => {
        this.cart.remove(serial);
        this.say(`${serial} was taken off the sale.`, null, true);
        if (this.cart.isEmpty) this.dialog.close();
      } }, `Remove ${serial} from the sale`) : null);
      this.onRefused();
      return;
    }
    const errors = e.problem?.errors ?? [];
    const general = [];
    for (const error of errors) {
      const at = /^tenders\[(\d+)\]\.(.+)$/.exec(error.field);
      if (at && this.rows[Number(at[1])]?.refused(at[2], error.message)) continue;
      general.push(error.message);
    }
    if (errors.length && !general.length) return;
    this.say(general.length ? `${e.message}: ${general.join('; ')}.` : sentence(e.message));
  }

  /** Shows {@code message} (and an action beside it) above the buttons, or hides it with null. */
  say(message, action = null, done = false) {
    this.alert.hidden = !message;
    this.alert.className = `notice tender-alert ${done ? 'notice-done' : 'notice-error'}`;
    replace(this.alert, message ? h('p', {}, message) : null, action);
  }
}

/** The appliance's detail as a sentence, with its full stop. */
function sentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A new Idempotency-Key. {@code crypto.randomUUID} exists only in a secure context, and a register on the
 * store LAN may reach the appliance over plain HTTP: there the key is made from the same random source.
 */
function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
