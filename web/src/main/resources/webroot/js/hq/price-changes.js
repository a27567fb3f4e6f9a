import { h, replace } from '../lib/dom.js';
import { ago, dateTime, money } from '../lib/format.js';
import { hqSection } from './section.js';

/**
 * HQ's new prices waiting for their time: the store applies each by its own clock when it comes, so
 * staff know today which tags to change before tomorrow's opening.
 */
export class PriceChanges {
  constructor() {
    this.count = h('span', { class: 'hq-count' });
    this.list = h('div', { class: 'hq-body' });
    this.element = hqSection('hq-prices', 'Prices ahead', this.count, this.list);
  }

  /** @param places the boutique's LocationTree, for where each piece rests */
  show(changes, places) {
    this.count.textContent = changes.length ? `${changes.length} waiting` : '';
    replace(this.list, changes.length
      ? h('ul', { class: 'hq-rows', 'aria-label': 'Price changes waiting' }, changes.map((c) => h('li', {}, row(c, places))))
      : h('p', { class: 'muted hq-empty' }, 'No price change is waiting.'));
  }
}

function row(change, places) {
  const piece = change.piece;
  const what = piece
    ? [h('p', { class: 'hq-row-title' }, h('code', { class: 'hq-serial' }, change.serial), ' ', piece.description ?? ''),
      h('p', { class: 'hq-row-meta' }, piece.location ? places.path(piece.location) : '')]
    : [h('p', { class: 'hq-row-title' }, `Style ${change.style ?? change.target}`),
      h('p', { class: 'hq-row-meta' }, `${change.pieces ?? 0} ${change.pieces === 1 ? 'piece' : 'pieces'} of it here`)];
  return h('article', { class: 'hq-row price-row', dataset: { change: change.id } },
    h('div', { class: 'hq-row-what' }, what),
    h('dl', { class: 'price-figures' },
      piece?.retailPrice ? figure('Now', money(piece.retailPrice, { exact: true }), 'price-now') : null,
      figure('New', money(change.price, { exact: true }), 'price-new'),
      figure('From', h('time', { datetime: change.effectiveAt }, dateTime(change.effectiveAt)), 'price-from',
        h('span', { class: 'price-when' }, ago(change.effectiveAt)))));
}

function figure(term, value, cls, note = null) {
  return h('div', { class: cls }, h('dt', {}, term), h('dd', {}, value, note));
}
