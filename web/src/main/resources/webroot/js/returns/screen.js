import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { CurrencyUnits } from '../lib/currency-units.js';
import { Fields } from '../lib/fields.js';
import { dateTime, money } from '../lib/format.js';
import { refusalPanel } from '../lib/refusal.js';
import { navigate } from '../lib/route.js';
import { store } from '../lib/store.js';
import { handOverExchange } from '../register/exchange.js';
import { openRegisterPicker } from '../register/this-register.js';
import { returnSlip } from './return-slip.js';

/**
 * Returns ("#/returns"): with the receipt, the associate scans or types its sale number, picks the lines
 * coming back and says why; the appliance refunds them on the sale's own tenders. Without one, a piece's
 * serial and a reason; a manager approves (the api layer asks) and the client gets store credit. Either
 * way the screen ends on the return slip. See app.js for the screen contract.
 */
export function mount(container) {
  const screen = new ReturnsScreen(container);
  return { update: () => {}, unmount: () => screen.element.remove() };
}

class ReturnsScreen {
  constructor(container) {
    this.body = h('div', { class: 'returns-body' });
    this.picker = null;
    this.element = h('div', { class: 'register-screen returns-screen' },
      h('header', { class: 'register-bar' }, h('h1', { class: 'register-name' }, 'Returns')),
      this.body);
    replace(container, this.element);
    document.title = 'Returns · Assay';
    this.load();
  }

  async load() {
    try {
      const [identity, registers] = await Promise.all([store(), api.registers()]);
      this.storeName = identity.name;
      this.units = new CurrencyUnits(identity);
      this.picker = openRegisterPicker(registers.registers, 'return-register');
      this.withReceipt();
    } catch (e) {
      if (e.status === 403) replace(this.element, refusalPanel('Returns', e));
      else replace(this.body, h('p', { class: 'notice notice-error', role: 'alert' }, e.message));
    }
  }

  /** The way in: the receipt's sale number (a scanner types it and presses Enter), or "No receipt". */
  withReceipt() {
    const fields = new Fields('find');
    const number = h('input', { class: 'text-field scan-like', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters',
      placeholder: 'S000123' });
    this.found = h('div', { class: 'return-sale' });
    const form = h('form', { class: 'panel register-panel return-find', 'aria-labelledby': 'return-find-title', onsubmit: async (e) => {
      e.preventDefault();
      const typed = number.value.trim().toUpperCase();
      if (!typed) return fields.show([{ field: 'number', message: 'scan the receipt’s barcode or type its sale number' }]);
      fields.show([]);
      try {
        const sale = await api.saleByNumber(typed);
        if (!sale) return fields.show([{ field: 'number', message: `there is no sale ${typed} on this appliance` }]);
        this.showSale(sale);
      } catch (e2) {
        fields.show([{ field: 'number', message: e2.message }]);
      }
    } },
    h('p', { class: 'register-kicker' }, 'With a receipt'),
    h('h2', { id: 'return-find-title', class: 'panel-title' }, 'Find the sale'),
    h('div', { class: 'return-find-row' },
      fields.field('number', 'Sale number on the receipt', number),
      h('button', { type: 'submit', class: 'button button-primary' }, 'Find sale')),
    h('p', { class: 'register-lede' }, 'No receipt? ',
      h('button', { type: 'button', class: 'link-button', onclick: () => this.withoutReceipt() }, 'Take a piece back without one')));
    replace(this.body, this.picker.element, form, this.found);
    number.focus();
  }

  /** The sale's lines to tick; services and gift cards are final and cannot be ticked. */
  showSale(sale) {
    const fields = new Fields('return');
    const picks = [];
    const reason = h('input', { class: 'text-field', maxlength: '200', autocomplete: 'off' });
    const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Take back');
    const exchange = h('button', { type: 'button', class: 'button exchange-button', onclick: () => {
      const ticked = chosen();
      error.hidden = true;
      if (!ticked.length) return this.say(error, 'Tick what the client brings back to exchange.');
      handOverExchange(this.exchange(sale, ticked, reason.value.trim()));
      navigate('/register', new URLSearchParams(), { push: true });
    } }, 'Exchange for other pieces');
    const chosen = () => picks.filter((p) => p.box.checked);
    const lines = sale.lines.map((line, i) => {
      const returnable = line.kind === 'piece' || line.kind === 'item';
      const box = h('input', { type: 'checkbox', id: `return-line-${i}`, class: 'return-check', disabled: !returnable });
      const quantity = line.kind === 'item' && line.quantity > 1
        ? h('input', { type: 'number', class: 'text-field return-quantity', min: '1', max: String(line.quantity), value: String(line.quantity),
          'aria-label': `How many ${line.description}` }) : null;
      if (returnable) picks.push({ line, box, quantity });
      return h('li', { class: `return-line${returnable ? '' : ' is-final'}` },
        box,
        h('label', { for: box.id, class: 'return-line-what' },
          h('span', { class: 'return-line-title' }, line.description),
          h('span', { class: 'return-line-meta' }, line.serial ?? line.sku ?? '', line.quantity > 1 ? ` · ${line.quantity} bought` : '',
            returnable ? '' : ' · final, not returnable')),
        quantity,
        h('span', { class: 'return-line-amount' }, money(line.total, { exact: true })));
    });
    const form = h('form', { class: 'panel register-panel return-form', 'aria-labelledby': 'return-sale-title', onsubmit: async (e) => {
      e.preventDefault();
      const lines = chosen().map(backLine);
      error.hidden = true;
      if (!lines.length) return this.say(error, 'Tick what the client brings back.');
      submit.disabled = true;
      try {
        const done = await api.returnSale(sale.id, { register: this.picker.value, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}),
          lines });
        this.showSlip(done, sale.number);
      } catch (e2) {
        // The appliance names a line already returned ("lines[0]"): said with the line's name.
        const named = (e2.problem?.errors ?? []).map((x) => {
          const at = /^lines\[(\d+)\]/.exec(x.field);
          const pick = at ? picks.filter((p) => p.box.checked)[Number(at[1])] : null;
          return pick ? `${pick.line.serial ?? pick.line.description}: ${x.message}` : x.message;
        });
        this.say(error, named.length ? `${e2.message}: ${named.join('; ')}.` : e2.message);
      } finally {
        submit.disabled = false;
      }
    } },
    h('p', { class: 'register-kicker' }, `Sale ${sale.number}`),
    h('h2', { id: 'return-sale-title', class: 'panel-title' }, 'What comes back?'),
    h('p', { class: 'register-lede' }, `${dateTime(sale.time)} · ${money(sale.total, { exact: true })}${sale.client ? ` · Client ${sale.client}` : ''}`),
    h('ul', { class: 'return-lines', 'aria-label': 'Lines of the sale' }, lines),
    fields.field('reason', 'Reason (optional)', reason),
    error,
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => this.withReceipt() }, 'Another sale'),
      exchange,
      submit));
    replace(this.found, form);
  }

  /**
   * The ticked lines as an exchange for the register: what they are worth is what the client paid for
   * them (an item's share by quantity), a guide the sale shows; the appliance works out the exchange.
   */
  exchange(sale, ticked, reason) {
    const credit = ticked.reduce((sum, { line, quantity }) => {
      const paid = this.units.of(line.total);
      return sum + (quantity ? paid * BigInt(quantity.value) / BigInt(line.quantity) : paid);
    }, 0n);
    return { sale: sale.id, number: sale.number, lines: ticked.map(backLine), descriptions: ticked.map(({ line }) => line.description),
      reason: reason || null, credit: this.units.money(credit) };
  }

  /** A piece back without its receipt: refunded as store credit, once a manager approves. */
  withoutReceipt() {
    const fields = new Fields('no-receipt');
    const serial = h('input', { class: 'text-field', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters' });
    const reason = h('input', { class: 'text-field', maxlength: '200', autocomplete: 'off' });
    const client = h('input', { class: 'text-field', maxlength: '64', autocomplete: 'off', spellcheck: 'false' });
    const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Take back for store credit');
    const form = h('form', { class: 'panel register-panel return-form', 'aria-labelledby': 'no-receipt-title', onsubmit: async (e) => {
      e.preventDefault();
      const errors = [];
      if (!serial.value.trim()) errors.push({ field: 'serial', message: 'scan the piece’s tag or type its serial' });
      if (!reason.value.trim()) errors.push({ field: 'reason', message: 'say why the piece comes back' });
      error.hidden = true;
      if (fields.show(errors)) return;
      submit.disabled = true;
      try {
        const done = await api.returnWithoutReceipt({ register: this.picker.value, reason: reason.value.trim(),
          client: client.value.trim() || null, lines: [{ serial: serial.value.trim().toUpperCase() }] });
        this.showSlip(done, null);
      } catch (e2) {
        const named = (e2.problem?.errors ?? []).map((x) => x.message);
        this.say(error, named.length ? `${e2.message}: ${named.join('; ')}.` : e2.message);
      } finally {
        submit.disabled = false;
      }
    } },
    h('p', { class: 'register-kicker' }, 'Without a receipt'),
    h('h2', { id: 'no-receipt-title', class: 'panel-title' }, 'Take a piece back'),
    h('p', { class: 'register-lede' }, 'The piece comes back at today’s price with its tax, as store credit. A manager approves it.'),
    h('div', { class: 'field-grid' },
      fields.field('serial', 'Serial', serial),
      fields.field('client', 'Client (optional)', client)),
    fields.field('reason', 'Reason', reason),
    error,
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => this.withReceipt() }, 'With a receipt'),
      submit));
    replace(this.body, this.picker.element, form);
    serial.focus();
  }

  showSlip(saleReturn, saleNumber) {
    replace(this.body, h('div', { class: 'receipt-view' },
      returnSlip(saleReturn, { storeName: this.storeName, saleNumber }),
      h('div', { class: 'receipt-actions' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print'),
        h('button', { type: 'button', class: 'button button-primary', onclick: () => this.withReceipt() }, 'Another return'))));
    document.title = `Return ${saleReturn.number} · Assay`;
  }

  say(element, message) {
    element.hidden = false;
    element.textContent = /[.!?]$/.test(message) ? message : `${message}.`;
  }
}

/** A ticked line as a return or an exchange takes it: a piece by serial, an item by SKU and how many. */
function backLine({ line, quantity }) {
  return line.serial ? { serial: line.serial } : { sku: line.sku, quantity: quantity ? Number(quantity.value) : line.quantity };
}
