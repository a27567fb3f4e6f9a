import { h, replace } from '../lib/dom.js';
import { Fields } from '../lib/fields.js';

/** The finenesses a buyer commonly sees, by metal, as the appliance reads them. */
const FINENESS = {
  gold: ['24k', '22k', '18k', '14k', '10k', '9k'],
  silver: ['999', '925', '900', '800'],
  platinum: ['950', '900', '850'],
  palladium: ['950', '500'],
};
const UNITS = [['g', 'grams'], ['dwt', 'pennyweight'], ['ozt', 'troy ounces']];
const WEIGHT = /^\d+(\.\d{1,3})?$/;

let made = 0;

/**
 * Old gold (or silver, platinum, palladium) the client hands over toward the sale: its metal, fineness,
 * weight and the seller's name as their papers say it. It carries no amount: the appliance values it at
 * today's spot price and the store's payout when the sale completes, so the register never guesses a
 * price. It has the shape of a TenderRow (element, minor, focus, tender, refused).
 */
export class TradeInRow {
  /**
   * @param type     always trade-in
   * @param units    the store's CurrencyUnits (unused: the row has no amount)
   * @param amount   unused
   * @param onRemove called when the associate takes the trade-in off
   */
  constructor(type, units, amount, { onRemove }) {
    this.type = type;
    made += 1;
    this.fields = new Fields(`trade-in-${made}`);
    this.metal = h('select', { onchange: () => this.finenesses() },
      Object.keys(FINENESS).map((m) => h('option', { value: m }, m.charAt(0).toUpperCase() + m.slice(1))));
    this.fineness = h('select', {});
    this.weight = h('input', { class: 'text-field amount-field', inputmode: 'decimal', autocomplete: 'off', placeholder: '10.00' });
    this.unit = h('select', { 'aria-label': 'Weight unit' }, UNITS.map(([value, text]) => h('option', { value }, text)));
    this.seller = h('input', { class: 'text-field', maxlength: '120', autocomplete: 'off', spellcheck: 'false' });
    this.description = h('input', { class: 'text-field', maxlength: '200', autocomplete: 'off', placeholder: 'Broken chain, odd earring' });
    this.finenesses();
    this.element = h('li', { class: 'tender-row tender-trade-in', dataset: { type } },
      h('div', { class: 'tender-row-head' },
        h('span', { class: 'tender-row-name' }, 'Trade-in'),
        h('button', { type: 'button', class: 'link-button', 'aria-label': 'Remove this trade-in', onclick: () => onRemove(this) }, 'Remove')),
      h('div', { class: 'tender-row-fields' },
        this.fields.field('metal', 'Metal', this.metal),
        this.fields.field('fineness', 'Fineness', this.fineness),
        h('div', { class: 'trade-in-weight' },
          this.fields.field('weight', 'Weight', this.weight),
          this.unit),
        this.fields.field('seller', 'Seller', this.seller, 'Full name, as on their ID'),
        this.fields.field('description', 'What it is (optional)', this.description)),
      h('p', { class: 'field-hint trade-in-note' },
        'Valued by the appliance at today’s spot price when the sale completes. Put what you expect is left on cash or card; '
        + 'if it falls short, the appliance says by how much.'));
  }

  /** The fineness choices of the metal chosen. */
  finenesses() {
    const choices = FINENESS[this.metal.value];
    replace(this.fineness, choices.map((f) => h('option', { value: f }, f)));
    if (this.metal.value === 'gold') this.fineness.value = '18k';
  }

  /** A trade-in adds nothing the register can count before the appliance values it. */
  get minor() {
    return null;
  }

  focus() {
    this.weight.focus();
  }

  /** The tender as the appliance takes it (no amount), or null after showing what is missing. */
  tender() {
    const errors = [];
    const weight = this.weight.value.trim();
    if (!WEIGHT.test(weight) || Number(weight) === 0) errors.push({ field: 'weight', message: 'type the weight on the scale, such as 10.00' });
    if (!this.seller.value.trim()) errors.push({ field: 'seller', message: 'the seller’s name, as their ID says it' });
    this.fields.show(errors);
    if (errors.length) return null;
    const description = this.description.value.trim();
    return { type: 'trade-in', metal: this.metal.value, fineness: this.fineness.value, weight: { value: weight, unit: this.unit.value },
      seller: this.seller.value.trim(), ...(description ? { description } : {}) };
  }

  /** Shows the appliance's word on one of its fields ("metal", "weight.value"…). */
  refused(field, message) {
    return this.fields.show([{ field: field.split('.')[0], message }]);
  }
}
