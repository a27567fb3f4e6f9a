/**
 * What the client is buying, before it is rung up: pieces by serial, counter items by quantity and the
 * bench's services at the price quoted. Amounts are minor units (see currency-units.js); the running
 * subtotal is the list prices before tax, a guide only: the appliance prices and taxes the sale.
 *
 * Each line has a {@code key}: the serial, the SKU, or a number for a service (two engravings are two lines),
 * and may carry a {@code discount}; the sale may carry one too (see {@link Cart#setDiscount}).
 */
export class Cart {
  /** @param units the store's CurrencyUnits */
  constructor(units) {
    this.units = units;
    this.lines = [];
    this.listeners = [];
    this.services = 0;
    /** A discount on the whole sale ({percent} or {amount} in minor units, and a reason), or null. */
    this.saleDiscount = null;
    this.giftCards = 0;
    /**
     * Goods of an earlier sale coming back toward this one, or null: {sale (its id), number, lines (as a
     * return takes them), reason, credit (what the client paid for them, in minor units: a guide; the
     * appliance works out the exchange tender)}.
     */
    this.exchange = null;
  }

  /** Calls {@code listener} after every change; answers what stops it. */
  onChange(listener) {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  get isEmpty() {
    return this.lines.length === 0;
  }

  has(key) {
    return this.lines.some((line) => line.key === key);
  }

  /**
   * Adds a piece from the inventory. Refused (with what to tell the associate) when it is already in the
   * sale, is not in stock, or carries no price in the store's currency: the appliance would refuse it too.
   * A piece reserved for an online client who came to collect it is sold like one in stock: the sale ends
   * the reservation.
   *
   * @param held the click-and-collect reservation holding the piece, or null
   * @return null when added, or why not
   */
  addPiece(piece, held = null) {
    if (this.has(piece.serial)) return `${piece.serial} is already in this sale.`;
    const collected = piece.status === 'reserved' && held?.serial === piece.serial;
    if (piece.status !== 'in stock' && !collected) return `${piece.serial} is ${piece.status}: only a piece in stock can be sold.`;
    if (!piece.retailPrice) return `${piece.serial} has no retail price: ask a manager to price it first.`;
    if (piece.retailPrice.currency !== this.units.currency) {
      return `${piece.serial} is priced in ${piece.retailPrice.currency}; this register sells in ${this.units.currency}.`;
    }
    this.lines.push({ kind: 'piece', key: piece.serial, serial: piece.serial, description: piece.description || piece.category,
      certificates: (piece.certificates ?? []).map((c) => `${c.lab} ${c.number}`), quantity: 1, unit: this.units.of(piece.retailPrice),
      collectFor: collected ? held.client.name : null });
    this.changed();
    return null;
  }

  /** One more of a counter item (a new line for the first). @return null, or why not (none left on hand) */
  addItem(item) {
    const line = this.lines.find((l) => l.key === item.sku);
    const quantity = (line?.quantity ?? 0) + 1;
    if (quantity > item.quantity) return `Only ${item.quantity} ${item.name} on hand.`;
    if (line) line.quantity = quantity;
    else {
      this.lines.push({ kind: 'item', key: item.sku, sku: item.sku, description: item.name, quantity, onHand: item.quantity,
        unit: this.units.of(item.price) });
    }
    this.changed();
    return null;
  }

  /** A service at the price quoted (minor units); {@code text} is an engraving's words. */
  addService(service, name, unit, text = null) {
    this.services += 1;
    this.lines.push({ kind: 'service', key: `service-${this.services}`, service, description: name, text, quantity: 1, unit });
    this.changed();
  }

  /** A gift card of {@code unit} minor units; the appliance makes up its code when the sale completes. */
  addGiftCard(unit) {
    this.giftCards += 1;
    this.lines.push({ kind: 'gift-card', key: `gift-card-${this.giftCards}`, description: 'Gift card', quantity: 1, unit });
    this.changed();
  }

  /** Takes {@code exchange} (see the field) toward this sale, or with null drops it. */
  setExchange(exchange) {
    this.exchange = exchange;
    this.changed();
  }

  /** The exchange as {@code POST /api/v1/sales} takes it, or null. */
  exchangeBody() {
    const x = this.exchange;
    return x ? { sale: x.sale, lines: x.lines, ...(x.reason ? { reason: x.reason } : {}) } : null;
  }

  /** Sets a counter item's quantity, from 1 to what is on hand. */
  setQuantity(key, quantity) {
    const line = this.lines.find((l) => l.key === key);
    if (!line || line.kind !== 'item' || quantity < 1 || quantity > line.onHand) return;
    line.quantity = quantity;
    this.changed();
  }

  remove(key) {
    this.lines = this.lines.filter((line) => line.key !== key);
    this.changed();
  }

  clear() {
    this.lines = [];
    this.saleDiscount = null;
    this.exchange = null;
    this.changed();
  }

  /**
   * Sets or (with null) takes off a discount: on the line {@code key}, or on the whole sale when
   * {@code key} is null. A discount is {percent: "15"} or {amount: minor units}, with an optional reason;
   * the appliance works out what it takes off and whether a manager must approve it.
   */
  setDiscount(key, discount) {
    if (key === null) this.saleDiscount = discount;
    else {
      const line = this.lines.find((l) => l.key === key);
      if (!line) return;
      line.discount = discount;
    }
    this.changed();
  }

  /** The discounts as {@code POST /api/v1/sales} takes them: a line's by its index, the sale's without one. */
  saleDiscounts() {
    const body = (d) => ({ ...(d.percent ? { percent: d.percent } : { amount: this.units.money(d.amount) }),
      ...(d.reason ? { reason: d.reason } : {}) });
    const discounts = this.lines.flatMap((line, i) => (line.discount ? [{ line: i, ...body(line.discount) }] : []));
    if (this.saleDiscount) discounts.push(body(this.saleDiscount));
    return discounts;
  }

  /** The lines at their list prices, before tax, in minor units. */
  subtotal() {
    return this.lines.reduce((sum, line) => sum + line.unit * BigInt(line.quantity), 0n);
  }

  /** The piece lines' serials: what a "not in stock" refusal may name. */
  serials() {
    return this.lines.filter((line) => line.kind === 'piece').map((line) => line.serial);
  }

  /** The lines as {@code POST /api/v1/sales} takes them. */
  saleLines() {
    return this.lines.map((line) => {
      if (line.kind === 'piece') return { serial: line.serial };
      if (line.kind === 'item') return { sku: line.sku, quantity: line.quantity };
      if (line.kind === 'gift-card') return { giftCard: '', price: this.units.money(line.unit) };
      return { service: line.service, ...(line.text ? { text: line.text } : {}), price: this.units.money(line.unit) };
    });
  }

  changed() {
    for (const listener of this.listeners) listener(this);
  }
}
