import { h, replace } from '../lib/dom.js';
import { can } from '../lib/session.js';
import { ClientPicker } from '../clients/client-picker.js';
import { askDiscount, discountLabel } from './discount-sheet.js';

/**
 * The sale being built, beside the scanner: one line per piece, counter item or service, with its serial
 * and certificate numbers, a quantity for counter items, its price, a discount and a way to take it off;
 * the subtotal before tax, a discount on the whole sale, the client, and Charge.
 */
export class CartPanel {
  /**
   * @param cart     the Cart shown
   * @param onCharge  called when the associate asks to take payment
   * @param onLayaway called when the associate lays the sale's one piece away
   */
  constructor(cart, onCharge, onLayaway) {
    this.cart = cart;
    this.units = cart.units;
    this.list = h('ul', { class: 'cart-lines', 'aria-label': 'Lines of the sale' });
    this.count = h('span', { class: 'cart-count' });
    this.subtotal = h('output', { class: 'cart-subtotal-amount', id: 'cart-subtotal', 'aria-live': 'polite' });
    this.client = new ClientPicker('sale-client', can('clients-read'));
    this.charge = h('button', { type: 'button', class: 'button button-primary charge-button', onclick: () => onCharge() }, 'Charge');
    this.layaway = h('button', { type: 'button', class: 'button layaway-button', onclick: () => onLayaway() }, 'Lay away');
    this.clearButton = h('button', { type: 'button', class: 'link-button', onclick: () => this.cart.clear() }, 'Clear');
    this.saleDiscount = h('div', { class: 'cart-sale-discount' });
    this.exchange = h('div', { class: 'cart-exchange', 'aria-live': 'polite' });
    this.element = h('section', { class: 'cart-panel', 'aria-labelledby': 'cart-title' },
      h('header', { class: 'cart-head' },
        h('h2', { id: 'cart-title', class: 'cart-title' }, 'Sale'), this.count, this.clearButton),
      this.exchange,
      this.list,
      h('footer', { class: 'cart-foot' },
        this.client.element,
        this.saleDiscount,
        h('p', { class: 'cart-subtotal' },
          h('span', { class: 'cart-subtotal-label' }, 'Subtotal',
            h('span', { class: 'cart-subtotal-note' }, 'list prices, before discounts and tax')), this.subtotal),
        this.charge,
        this.layaway));
    cart.onChange(() => this.render());
    this.render();
  }

  /** The client picked from the client book (or her id typed in full), or null. */
  get clientId() {
    return this.client.id;
  }

  render() {
    const lines = this.cart.lines;
    const pieces = lines.reduce((n, line) => n + line.quantity, 0);
    this.count.textContent = lines.length ? `${pieces} ${pieces === 1 ? 'article' : 'articles'}` : '';
    this.clearButton.hidden = !lines.length;
    this.subtotal.textContent = this.units.format(this.cart.subtotal());
    this.charge.disabled = !lines.length;
    // A layaway holds one piece for a client; one an online client collects is theirs already.
    this.layaway.hidden = !(lines.length === 1 && lines[0].kind === 'piece' && !lines[0].collectFor);
    const x = this.cart.exchange;
    this.exchange.hidden = !x;
    replace(this.exchange, x ? [
      h('p', { class: 'cart-exchange-title' }, `Exchange from ${x.number} (credit ${this.units.format(x.credit)})`),
      h('p', { class: 'cart-line-meta' }, `${x.descriptions.join(', ')} coming back; add what the client takes instead.`),
      h('button', { type: 'button', class: 'link-button', onclick: () => this.cart.setExchange(null) }, 'Cancel exchange')] : null);
    const whole = this.cart.saleDiscount;
    replace(this.saleDiscount, lines.length ? [
      whole ? h('span', { class: 'discount-mark' }, `Sale ${discountLabel(whole, this.units)}`) : null,
      h('button', { type: 'button', class: 'link-button discount-sale', onclick: () => askDiscount(this.units, 'The whole sale', whole,
        (d) => this.cart.setDiscount(null, d)) }, whole ? 'Change sale discount' : 'Discount the sale')] : null);
    // A quantity step pressed from the keyboard keeps the focus, though its line is drawn again.
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const again = focused?.dataset.step && `[data-key="${CSS.escape(focused.closest('[data-key]').dataset.key)}"] [data-step="${focused.dataset.step}"]`;
    replace(this.list, lines.length ? lines.map((line) => this.line(line))
      : h('li', { class: 'cart-empty' }, h('p', { class: 'cart-empty-title' }, 'No lines yet'),
        h('p', {}, 'Scan a piece’s tag, type its serial, or tap a counter item or a service.')));
    if (again) this.list.querySelector(again)?.focus();
  }

  line(line) {
    const amount = line.unit * BigInt(line.quantity);
    return h('li', { class: `cart-line cart-line-${line.kind}`, dataset: { key: line.key } },
      h('div', { class: 'cart-line-what' },
        h('p', { class: 'cart-line-title' }, line.description),
        line.serial ? h('p', { class: 'cart-line-meta' }, h('code', { class: 'cart-line-serial' }, line.serial),
          line.certificates.map((c) => h('span', { class: 'certificate-mark' }, c))) : null,
        line.collectFor ? h('p', { class: 'cart-line-meta cart-line-collect' }, `Click & collect for ${line.collectFor}`) : null,
        line.text ? h('p', { class: 'cart-line-meta engraving-text' }, `“${line.text}”`) : null,
        line.kind === 'item' && line.quantity > 1 ? h('p', { class: 'cart-line-meta' }, `${this.units.format(line.unit)} each`) : null,
        h('p', { class: 'cart-line-meta cart-line-discount' },
          line.discount ? h('span', { class: 'discount-mark' }, discountLabel(line.discount, this.units)) : null,
          line.discount?.reason ? h('span', {}, line.discount.reason) : null,
          // A gift card is never discounted: the appliance refuses it.
          line.kind === 'gift-card' ? null : h('button', { type: 'button', class: 'link-button discount-line',
            'aria-label': `Discount ${line.serial ?? line.description}`,
            onclick: () => askDiscount(this.units, line.description, line.discount ?? null, (d) => this.cart.setDiscount(line.key, d)) },
          line.discount ? 'Change' : 'Discount'))),
      line.kind === 'item' ? this.quantity(line) : null,
      h('p', { class: 'cart-line-price' }, this.units.format(amount)),
      h('button', { type: 'button', class: 'icon-button cart-remove', 'aria-label': `Remove ${line.serial ?? line.description}`,
        onclick: () => this.cart.remove(line.key) }, '×'));
  }

  quantity(line) {
    const step = (by, text, name) => h('button', { type: 'button', class: 'quantity-step', 'aria-label': `${name} ${line.description}`,
      dataset: { step: String(by) },
      disabled: line.quantity + by < 1 || line.quantity + by > line.onHand,
      onclick: () => this.cart.setQuantity(line.key, line.quantity + by) }, text);
    return h('div', { class: 'cart-quantity', role: 'group', 'aria-label': `Quantity of ${line.description}` },
      step(-1, '−', 'One fewer'),
      h('output', { class: 'quantity-value', 'aria-label': 'Quantity' }, String(line.quantity)),
      step(1, '+', 'One more'));
  }
}
