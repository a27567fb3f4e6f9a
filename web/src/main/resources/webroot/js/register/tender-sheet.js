import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { openSheet, sheetHead } from './sheet.js';
import { TenderRow } from './tender-row.js';

/**
 * Charge: the payments that settle the sale, then the sale itself. The appliance prices and taxes it, so
 * the total is known only from its answer: the sheet guides with the subtotal before tax, and once the
 * appliance has said what is due (a refusal names it) guides with that.
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
    this.due = null;
    this.attempt = null;
    this.unanswered = null;
    this.busy = false;

    this.guide = h('dl', { class: 'tender-guide', 'aria-live': 'polite' });
    this.taxNote = h('p', { class: 'field-hint tender-tax-note' },
      'Tax is added by the appliance. If the payments fall short, Complete sale says what is due, and + Cash or + Card fills in the rest.');
    this.list = h('ol', { class: 'tender-rows', 'aria-label': 'Payments' });
    this.alert = h('div', { class: 'notice notice-error tender-alert', role: 'alert', hidden: true });
    this.submit = h('button', { type: 'submit', class: 'button button-primary complete-sale' }, 'Complete sale');
    const form = h('form', { class: 'sheet-form tender-form', onsubmit: (e) => { e.preventDefault(); this.complete(); } },
      sheetHead('Charge', 'tender-title', 'Take payment', () => this.dialog),
      this.guide,
      this.taxNote,
      this.list,
      h('div', { class: 'tender-add', role: 'group', 'aria-label': 'Add a payment' },
        h('button', { type: 'button', class: 'button tender-add-cash', onclick: () => this.add('cash') }, '+ Cash'),
        h('button', { type: 'button', class: 'button tender-add-card', onclick: () => this.add('card') }, '+ Card'),
        h('p', { class: 'field-hint' }, 'Each payment starts at what is left to pay. Split: add another.')),
      this.alert,
      h('div', { class: 'sheet-actions' },
        h('button', { type: 'button', class: 'button', onclick: () => this.dialog.close() }, 'Cancel'),
        this.submit));
    const unwatch = cart.onChange(() => {
      // Lines taken off after a refusal: what was due is no longer known.
      this.due = null;
      this.update();
    });
    this.dialog = openSheet({ className: 'tender-sheet', labelledBy: 'tender-title', content: form, canCancel: () => !this.busy,
      onClose: unwatch });
    this.update();
    this.dialog.querySelector('.tender-add-card').focus();
  }

  /** What the sale is guided by: the appliance's total once known, else the subtotal before tax. */
  target() {
    return this.due ?? this.cart.subtotal();
  }

  entered() {
    return this.rows.reduce((sum, row) => sum + (row.minor ?? 0n), 0n);
  }

  add(type) {
    const left = this.target() - this.entered();
    const row = new TenderRow(type, this.units, left > 0n ? left : null, {
      onChange: () => this.update(),
      onRemove: (gone) => {
        this.rows = this.rows.filter((r) => r !== gone);
        gone.element.remove();
        this.update();
      },
    });
    this.rows.push(row);
    this.list.append(row.element);
    this.update();
    row.focus();
  }

  update() {
    const units = this.units;
    const entered = this.entered();
    const left = this.target() - entered;
    const cash = this.rows.some((row) => row.type === 'cash');
    const figure = (term, value, cls = '') => h('div', { class: `tender-figure ${cls}` }, h('dt', {}, term), h('dd', {}, value));
    // Against the subtotal before tax, what is left or over is only a guide: no change, no warning.
    const last = this.due === null
      ? figure(left >= 0n ? 'Left before tax' : 'Above subtotal', units.format(left >= 0n ? left : -left))
      : left >= 0n ? figure('Left to pay', units.format(left), left > 0n ? 'is-open' : 'is-settled')
        : figure(cash ? 'Change' : 'Over', units.format(-left), cash ? 'is-change' : 'is-over');
    replace(this.guide,
      this.due === null ? figure('Before tax', units.format(this.cart.subtotal())) : figure('Total due', units.format(this.due), 'is-due'),
      figure('Entered', units.format(entered)),
      last);
    this.taxNote.hidden = this.due !== null;
    this.list.hidden = this.rows.length === 0;
  }

  /** The request for the appliance, or null after showing what is missing. */
  sale() {
    if (this.rows.length === 0) {
      this.say('Add a payment: + Cash or + Card.');
      return null;
    }
    const tenders = this.rows.map((row) => row.tender());
    if (tenders.includes(null)) return null;
    return { ...this.request(), lines: this.cart.saleLines(), discounts: [], tenders };
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
      if (error.field === 'tenders') this.learnDue(error.message);
      general.push(error.message);
    }
    if (errors.length && !general.length) return;
    this.say(general.length ? `${e.message}: ${general.join('; ')}.` : sentence(e.message));
  }

  /**
   * The appliance's refusal of short (or card-over) payments names what is due, tax included ("… short of
   * the 2721.19 due"): from then on the sheet guides with it, so + Cash or + Card fills in the rest exactly.
   */
  learnDue(message) {
    const named = / the (\d+(?:\.\d+)?) due/.exec(message);
    const due = named ? this.units.parse(named[1]) : null;
    if (due !== null) {
      this.due = due;
      this.update();
    }
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
