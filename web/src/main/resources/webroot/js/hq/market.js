import { h, replace } from '../lib/dom.js';
import { dateTime, label } from '../lib/format.js';
import { hqSection } from './section.js';

/**
 * The spot prices and exchange rates the store values trade-ins and foreign notes at right now, and where
 * each comes from: HQ's latest quote (with its time), or the store's configuration where HQ sent none.
 * For those who sell; a role that may not see it (the bench) does not get the panel.
 */
export class Market {
  constructor() {
    this.body = h('div', { class: 'hq-body market-body' });
    this.element = hqSection('hq-market', 'Market in force', null, this.body);
  }

  show(market) {
    const spot = Object.entries(market.spotPerOunce);
    const rates = Object.entries(market.exchangeRates);
    replace(this.body,
      spot.length ? [table('Spot prices per troy ounce', ['Metal', 'Per troy ounce', 'Source'],
        spot.map(([metal, p]) => [label(metal), price(p.amount, market.currency), source(p)]), 'spot-table'), quoted(spot)]
        : h('p', { class: 'muted hq-empty' }, 'No spot price: the store takes no old metal in trade.'),
      rates.length ? [table('Exchange rates', ['Currency', `${market.currency} per unit`, 'Source'],
        rates.map(([code, r]) => [code, price(r.perUnit, market.currency, 4), source(r)]), 'rate-table'), quoted(rates)]
        : h('p', { class: 'muted hq-empty' }, 'The store takes no foreign notes.'));
  }
}

function table(caption, headings, rows, cls) {
  return h('table', { class: `record-table market-table ${cls}` },
    h('caption', { class: 'quick-title' }, caption),
    h('thead', {}, h('tr', {}, headings.map((text, i) => h('th', { scope: 'col', class: i === 1 ? 'num' : null }, text)))),
    h('tbody', {}, rows.map(([name, value, from]) => h('tr', { dataset: { key: name.toLowerCase() } },
      h('th', { scope: 'row' }, name), h('td', { class: 'num' }, value), h('td', {}, from)))));
}

/** When HQ quoted the figures it sent: one broadcast sets them all, so one time under the table. */
function quoted(entries) {
  const at = entries.map(([, e]) => e.at).find(Boolean);
  return at ? h('p', { class: 'market-note' }, 'HQ’s quote of ', h('time', { datetime: at }, dateTime(at))) : null;
}

/**
 * An amount in the store's currency with the decimals its figure carries (at least the currency's own), or
 * with {@code places}: a rate reads to four, as a bureau de change shows it.
 */
function price(value, currency, places = null) {
  const own = new Intl.NumberFormat(undefined, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const carried = (String(value).split('.')[1] ?? '').length;
  const digits = places ?? Math.min(Math.max(own, carried), 6);
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(value);
}

function source(entry) {
  return entry.source === 'hq' ? h('span', { class: 'chip source-hq' }, 'HQ') : h('span', { class: 'chip source-config' }, 'Configured');
}
