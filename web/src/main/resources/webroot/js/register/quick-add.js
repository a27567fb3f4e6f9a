import { h, replace } from '../lib/dom.js';
import { Fields, amountInput } from '../lib/fields.js';
import { money } from '../lib/format.js';
import { openSheet, sheetHead } from './sheet.js';

/** The bench's services: an engraving needs its words; every service is priced by the associate. */
export const SERVICES = [
  { service: 'engraving', name: 'Engraving', hint: 'Words to engrave' },
  { service: 'sizing', name: 'Sizing', hint: 'Resize a ring' },
  { service: 'cleaning', name: 'Cleaning', hint: 'Clean and polish' },
];

/**
 * One tap for what the counter sells most: the boutique's counter items (cloths, boxes, batteries), each
 * with its price and how many are left, and the bench's services, whose price the associate types.
 */
export class QuickAdd {
  /**
   * @param units     the store's CurrencyUnits
   * @param onItem    called with a stock item tapped; answers null, or why it could not be added
   * @param onService called with (service, name, price in minor units, text or null)
   * @param onGiftCard called with a gift card's value in minor units
   * @param say       shows what happened beside the scanner
   */
  constructor(units, { onItem, onService, onGiftCard, say }) {
    this.units = units;
    this.onItem = onItem;
    this.onService = onService;
    this.onGiftCard = onGiftCard;
    this.say = say;
    this.items = h('div', { class: 'quick-grid', role: 'group', 'aria-labelledby': 'quick-items-title' });
    this.element = h('section', { class: 'quick-add', 'aria-label': 'Quick add' },
      h('h2', { id: 'quick-items-title', class: 'quick-title' }, 'Counter items'),
      this.items,
      h('h2', { id: 'quick-services-title', class: 'quick-title' }, 'Services'),
      h('div', { class: 'quick-grid', role: 'group', 'aria-labelledby': 'quick-services-title' },
        SERVICES.map((s) => h('button', { type: 'button', class: 'quick-button quick-service', dataset: { service: s.service },
          onclick: () => this.askService(s) },
        h('span', { class: 'quick-name' }, s.name), h('span', { class: 'quick-detail' }, s.hint))),
        h('button', { type: 'button', class: 'quick-button quick-service quick-gift-card', onclick: () => this.askGiftCard() },
          h('span', { class: 'quick-name' }, 'Gift card'), h('span', { class: 'quick-detail' }, 'Code made on the receipt'))));
  }

  /** Shows the counter items; {@code reserved} answers how many of a SKU are in the sale already. */
  showItems(items, reserved) {
    replace(this.items, items.length ? items.map((item) => {
      const left = item.quantity - reserved(item.sku);
      return h('button', { type: 'button', class: 'quick-button', dataset: { sku: item.sku }, disabled: left <= 0,
        onclick: () => {
          const refused = this.onItem(item);
          if (refused) this.say(refused, 'is-refused');
        } },
      h('span', { class: 'quick-name' }, item.name),
      h('span', { class: 'quick-detail' }, h('span', { class: 'quick-price' }, money(item.price)), ` · ${left} left`));
    }) : h('p', { class: 'muted' }, 'No counter items: they are added in the back office.'));
  }

  /** A gift card's value; its code is made up by the appliance and printed on the receipt. */
  askGiftCard() {
    const fields = new Fields('gift-card');
    const value = amountInput();
    const form = h('form', { class: 'sheet-form', onsubmit: (e) => {
      e.preventDefault();
      const minor = this.units.typed(value.value);
      if (minor === null || minor === 0n) {
        return fields.show([{ field: 'value', message: `type the card's value, such as 500 (${this.units.currency})` }]);
      }
      this.onGiftCard(minor);
      dialog.close();
    } },
    sheetHead('Gift card', 'gift-card-title', 'Sell a gift card', () => dialog),
    fields.field('value', `Value (${this.units.currency})`, value, 'No tax on a gift card; its code is printed on the receipt'),
    h('div', { class: 'sheet-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
      h('button', { type: 'submit', class: 'button button-primary' }, 'Add to sale')));
    const dialog = openSheet({ className: 'service-sheet', labelledBy: 'gift-card-title', content: form });
    value.focus();
  }

  askService(service) {
    const fields = new Fields('service');
    const text = service.service === 'engraving'
      ? h('input', { class: 'text-field', maxlength: '200', autocomplete: 'off', spellcheck: 'false' }) : null;
    const price = amountInput();
    const form = h('form', { class: 'sheet-form', onsubmit: (e) => {
      e.preventDefault();
      const errors = [];
      const words = text?.value.trim() ?? null;
      if (text && !words) errors.push({ field: 'text', message: 'type the words to engrave' });
      const minor = this.units.typed(price.value);
      if (minor === null) errors.push({ field: 'price', message: `type the price quoted, such as 45 or 45.00 (${this.units.currency})` });
      if (fields.show(errors)) return;
      this.onService(service.service, service.name, minor, words);
      dialog.close();
    } },
    sheetHead('Service', 'service-title', service.name, () => dialog),
    text ? fields.field('text', 'Text to engrave', text, 'As the client spelled it; up to 200 characters') : null,
    fields.field('price', `Price quoted (${this.units.currency})`, price, 'As quoted to the client'),
    h('div', { class: 'sheet-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
      h('button', { type: 'submit', class: 'button button-primary' }, 'Add to sale')));
    const dialog = openSheet({ className: 'service-sheet', labelledBy: 'service-title', content: form });
    (text ?? price).focus();
  }
}
