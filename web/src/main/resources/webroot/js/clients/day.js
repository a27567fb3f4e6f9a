import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { ago, date, day, inDays, label, money, todayOnStoreClock } from '../lib/format.js';
import { hqSection } from '../hq/section.js';
import { shortList } from './short-list.js';
import { milestoneName, tierBadge, yearsSaid } from './vocabulary.js';

/**
 * My day ("#/clients/day"): whom to call today and why. The dates of the next fourteen days (whose, which,
 * when, the years it makes, the number to call), the VIPs who have not come for a long while, the clients
 * spending more than before, the clients whose wish is in stock, and the layaways still open. Every row
 * opens the client's page.
 */
/** How many rows of each list the day shows before "Show all". */
const FIRST_ROWS = 8;

export class DayView {
  static async load() {
    return new DayView(await api.clienteling());
  }

  constructor(day) {
    this.element = h('div', { class: 'client-day' },
      h('header', { class: 'page-head' },
        h('div', {},
          h('h1', { class: 'page-title' }, 'My day'),
          h('p', { class: 'page-subtitle' }, 'Whom to call, and why.'))),
      h('div', { class: 'hq-grid day-grid' },
        section('day-dates', 'Dates ahead', 'Nothing to celebrate in the next two weeks.', day.upcoming, dateRow),
        section('day-lapsed', 'VIPs to win back', 'No VIP has stayed away.', day.lapsedVips, lapsedRow),
        day.rising ? section('day-rising', 'Rising', 'No client is spending more just now.', day.rising, risingRow) : null,
        section('day-wishes', 'Wishes in stock', 'No wish is in stock just now.', day.wishesInStock, wishRow),
        section('day-layaways', 'Open layaways', 'No layaway is open.', day.openLayaways, layawayRow)));
    document.title = 'My day · Assay';
  }

  update() {}

  unmount() {}
}

function section(id, title, none, rows, row) {
  return hqSection(id, title, rows.length ? h('span', { class: 'hq-count' }, String(rows.length)) : null, rows.length
    ? shortList(rows, (r) => h('li', { class: 'hq-row', dataset: { client: r.client ?? '' } }, row(r)), { label: title, first: FIRST_ROWS })
    : h('p', { class: 'muted hq-empty' }, none));
}

function clientHref(id) {
  return `#/clients/${encodeURIComponent(id)}`;
}

/** "Jules Durand’s birthday", whose partner, on which day, the years it makes, and her number. */
function dateRow(u) {
  return [
    h('div', { class: 'hq-row-what' },
      h('p', { class: 'hq-row-title' }, h('a', { href: clientHref(u.client) }, `${u.person}’s ${milestoneName(u).toLowerCase()}`)),
      h('p', { class: 'hq-row-meta' }, u.relation === 'self' ? 'Client’s own date' : `${label(u.relation)} of ${u.clientName}`,
        u.phone ? [' · ', h('a', { href: `tel:${u.phone.replace(/[^+\d]/g, '')}` }, u.phone)] : null),
      h('p', { class: 'hq-row-meta' }, [day(u.on), yearsSaid(u.kind, u.years)].filter(Boolean).join(' · '))),
    h('p', { class: `days-ahead${u.inDays <= 2 ? ' is-soon' : ''}` }, inDays(u.inDays))];
}

function lapsedRow(l) {
  return [
    h('div', { class: 'hq-row-what' },
      h('p', { class: 'hq-row-title' }, h('a', { href: clientHref(l.client) }, l.clientName)),
      h('p', { class: 'hq-row-meta' }, `Last bought ${date(todayOnStoreClock(Date.parse(l.lastPurchase)))}, ${ago(l.lastPurchase)}`)),
    h('p', { class: 'hq-price' }, money(l.lifetimeValue, { exact: true }))];
}

/** A client spending more, and coming more often, than before: worth a call. */
function risingRow(r) {
  return [
    h('div', { class: 'hq-row-what' },
      h('p', { class: 'hq-row-title' }, h('a', { href: clientHref(r.client) }, r.clientName), ' ', tierBadge(r.tier)),
      r.lastPurchase ? h('p', { class: 'hq-row-meta' }, `Last bought ${date(todayOnStoreClock(Date.parse(r.lastPurchase)))}, ${ago(r.lastPurchase)}`) : null),
    h('p', { class: 'hq-price' }, money(r.lifetimeValue, { exact: true }))];
}

function wishRow(w) {
  return h('div', { class: 'hq-row-what' },
    h('p', { class: 'hq-row-title' }, h('a', { href: clientHref(w.client) }, w.clientName)),
    h('p', { class: 'hq-row-meta' }, w.style ? `Wished for style ${w.style}, in stock: ` : 'Wished for piece ',
      w.inStock.map((serial, i) => [i ? ', ' : '', h('a', { href: `#/inventory?${new URLSearchParams({ piece: serial })}` }, serial)]),
      w.style ? '' : ', in stock'));
}

function layawayRow(l) {
  return [
    h('div', { class: 'hq-row-what' },
      h('p', { class: 'hq-row-title' }, l.client ? h('a', { href: clientHref(l.client) }, l.clientName || l.client) : 'No client'),
      h('p', { class: 'hq-row-meta' }, h('a', { href: `#/layaways?${new URLSearchParams({ layaway: l.id })}` }, `Layaway ${l.number}`),
        ` · serial ${l.serial}`, l.overdue ? h('span', { class: 'chip overdue-chip' }, 'Overdue') : null)),
    h('p', { class: 'hq-price' }, `${money({ amount: l.balance, currency: l.currency }, { exact: true })} left`)];
}
