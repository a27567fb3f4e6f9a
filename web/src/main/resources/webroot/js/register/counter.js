import { h } from '../lib/dom.js';
import { askLayaway } from '../layaways/layaway-sheet.js';
import { Cart } from './cart.js';
import { CartPanel } from './cart-panel.js';
import { heldForCollection } from './click-and-collect.js';
import { QuickAdd } from './quick-add.js';
import { ScanBox } from './scan-box.js';
import { TenderSheet } from './tender-sheet.js';

/**
 * Selling at an open register: the scanner and the quick-add buttons on one side, the sale being built on
 * the other, and Charge. The sale in progress survives a trip to the receipt or the X report.
 */
export class Counter {
  /**
   * @param units      the store's CurrencyUnits
   * @param registerId answers the id of the register selling
   * @param onSold     called with the sale the appliance made
   * @param onRefused  called when a refusal may mean the screen is out of date
   * @param onLaidAway called with a layaway made of the sale's one piece
   */
  constructor(units, { registerId, onSold, onRefused, onLaidAway }) {
    this.cart = new Cart(units);
    this.items = [];
    this.registerId = registerId;
    this.onSold = onSold;
    this.onRefused = onRefused;
    this.scan = new ScanBox(async (piece) => {
      const held = piece.status === 'reserved' ? await heldForCollection(piece.serial) : null;
      return this.cart.addPiece(piece, held);
    }, (serial) => this.cart.has(serial));
    this.quick = new QuickAdd(units, {
      onItem: (item) => this.cart.addItem(item),
      onService: (service, name, price, text) => this.cart.addService(service, name, price, text),
      onGiftCard: (value) => this.cart.addGiftCard(value),
      say: (message, kind) => this.scan.say(message, kind),
    });
    this.panel = new CartPanel(this.cart, () => this.charge(), () => askLayaway(this.cart.lines[0], units, {
      register: registerId,
      client: this.panel.clientId,
      onLaidAway: (layaway) => {
        this.cart.clear();
        this.panel.client.clear();
        this.scan.say('');
        onLaidAway(layaway);
      },
    }));
    this.cart.onChange(() => this.showItems(this.items));
    this.element = h('div', { class: 'counter' },
      h('div', { class: 'counter-main' }, this.scan.element, this.quick.element),
      this.panel.element);
  }

  /** The counter items as the appliance holds them; what the sale takes is shown as no longer left. */
  showItems(items) {
    this.items = [...items].sort((a, b) => a.name.localeCompare(b.name));
    this.quick.showItems(this.items, (sku) => this.cart.lines.find((line) => line.key === sku)?.quantity ?? 0);
  }

  focus() {
    this.scan.focus();
  }

  charge() {
    if (this.cart.isEmpty) return;
    return new TenderSheet(this.cart, {
      request: () => ({ register: this.registerId(), client: this.panel.clientId }),
      onSold: (sale) => {
        this.cart.clear();
        this.panel.client.clear();
        this.scan.say('');
        this.onSold(sale);
      },
      onRefused: this.onRefused,
    });
  }
}
