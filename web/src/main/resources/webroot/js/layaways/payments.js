import { h, replace } from '../lib/dom.js';
import { addTenderRow } from '../register/tender-row.js';

/**
 * The payments of one go at a layaway (its deposit, or a payment toward its balance): cash or cards as at
 * the counter, each starting at what is left of {@code goal}, and a guide of what is entered.
 */
export class Payments {
  /**
   * @param units the store's CurrencyUnits
   * @param goal  answers what the payments aim at in minor units (null when not known yet)
   * @param goalName what that is called in the guide ("Balance", "Price with tax")
   */
  constructor(units, goal, goalName) {
    this.units = units;
    this.goal = goal;
    this.goalName = goalName;
    this.rows = [];
    this.guide = h('dl', { class: 'tender-guide', 'aria-live': 'polite' });
    this.list = h('ol', { class: 'tender-rows', 'aria-label': 'Payments', hidden: true });
    this.element = h('div', { class: 'payments' },
      this.guide,
      this.list,
      h('div', { class: 'tender-add', role: 'group', 'aria-label': 'Add a payment' },
        h('button', { type: 'button', class: 'button tender-add-cash', onclick: () => this.add('cash') }, '+ Cash'),
        h('button', { type: 'button', class: 'button tender-add-card', onclick: () => this.add('card') }, '+ Card')));
    this.update();
  }

  entered() {
    return this.rows.reduce((sum, row) => sum + (row.minor ?? 0n), 0n);
  }

  add(type) {
    const goal = this.goal();
    const left = goal === null ? 0n : goal - this.entered();
    const row = addTenderRow(this.rows, this.list, type, this.units, left > 0n ? left : null, () => this.update());
    this.update();
    row.focus();
  }

  update() {
    const units = this.units;
    const goal = this.goal();
    const entered = this.entered();
    const figure = (term, value, cls = '') => h('div', { class: `tender-figure ${cls}` }, h('dt', {}, term), h('dd', {}, value));
    replace(this.guide,
      figure(this.goalName, goal === null ? '…' : units.format(goal), 'is-due'),
      figure('Entered', units.format(entered)),
      figure('Left after', goal === null ? '…' : units.format(goal - entered > 0n ? goal - entered : 0n)));
    this.list.hidden = this.rows.length === 0;
  }

  /** The tenders as the appliance takes them, or null after showing what is missing (none entered included). */
  tenders() {
    if (!this.rows.length) return null;
    const tenders = this.rows.map((row) => row.tender());
    return tenders.includes(null) ? null : tenders;
  }

  /** Shows the appliance's word on a payment's field ("tenders[0].last4"); answers whether one was named. */
  refused(field, message) {
    const at = /^tenders\[(\d+)\]\.(.+)$/.exec(field);
    return Boolean(at && this.rows[Number(at[1])]?.refused(at[2], message));
  }
}
