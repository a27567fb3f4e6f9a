import { h } from '../lib/dom.js';
import { ago, date, dateTime, day, inDays, label, money, todayOnStoreClock } from '../lib/format.js';
import { hqSection } from '../hq/section.js';
import { shortList } from './short-list.js';
import { CHANNELS, RING_SYSTEMS, milestoneName, nextOccurrence, personName, yearsSaid } from './vocabulary.js';

/**
 * The parts of a client's profile page that only show what the appliance answered: how to reach her, her
 * sizes in every system, her people and their next dates, her own next dates, her tastes, what she bought
 * and what she is paying off. Each is a panel (see hq/section.js) that says so when it has nothing.
 */
const languageNames = new Intl.DisplayNames(undefined, { type: 'language' });
/** How many pieces to show her are listed before "Show all": the best come first. */
const FIRST_IDEAS = 4;

export function contactPanel(client) {
  const agreed = CHANNELS.filter(([channel]) => client.consents.some((c) => c.channel === channel && c.given));
  return hqSection('client-contact', 'Contact', null, h('dl', { class: 'client-facts' },
    fact('Phone', client.phones.length ? client.phones.map((p) => h('a', { href: `tel:${p.replace(/[^+\d]/g, '')}` }, p)) : '—'),
    fact('Email', client.emails.length ? client.emails.map((e) => h('a', { href: `mailto:${e}` }, e)) : '—'),
    fact('Language', client.language ? languageNames.of(client.language) : '—'),
    fact('May contact by', agreed.length ? agreed.map(([, text]) => text).join(', ') : 'Nothing agreed yet')));
}

/** Her ring sizes in all four systems (the one measured in bold), her wrist and her necklace. */
export function sizesPanel(client) {
  const measured = (size) => client.ringSizes.find((s) => s.hand === size.hand && s.finger === size.finger)?.system;
  const lengths = [['Wrist', client.wrist], ['Necklace', client.necklace]].filter(([, length]) => length);
  const body = [];
  if (client.ringSizesConverted.length) {
    body.push(h('table', { class: 'record-table size-table' },
      h('caption', { class: 'visually-hidden' }, 'Ring sizes in every system'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Finger'), RING_SYSTEMS.map((s) => h('th', { scope: 'col', class: 'num' }, s)))),
      h('tbody', {}, client.ringSizesConverted.map((size) => h('tr', {},
        h('th', { scope: 'row' }, `${label(size.hand)} ${size.finger}`),
        RING_SYSTEMS.map((s) => h('td', { class: `num${measured(size) === s ? ' is-measured' : ''}` }, size[s])))))));
  }
  if (lengths.length) body.push(h('dl', { class: 'client-facts' }, lengths.map(([name, l]) => fact(name, `${l.value} ${l.unit}`))));
  return hqSection('client-sizes', 'Sizes', null, body.length ? body : h('p', { class: 'muted' }, 'No size taken yet.'));
}

/** The people she buys for, each with their next date and their sizes as measured. */
export function peoplePanel(client, today) {
  const people = client.relations;
  return hqSection('client-people', 'People they buy for', null, people.length
    ? h('ul', { class: 'hq-rows people-list', 'aria-label': 'People they buy for' }, people.map((person) => {
      const next = person.milestones.filter((m) => m.date).map((m) => ({ m, ...nextOccurrence(m, today) })).sort((a, b) => a.inDays - b.inDays)[0];
      return h('li', { class: 'hq-row person-row' },
        h('div', { class: 'hq-row-what' },
          h('p', { class: 'hq-row-title' }, personName(person) || label(person.kind), ' ', h('span', { class: 'person-kind' }, label(person.kind))),
          next ? h('p', { class: 'hq-row-meta person-next' },
            [`${milestoneName(next.m)} on ${day(next.on)}`, inDays(next.inDays), yearsSaid(next.m.kind, next.years)].filter(Boolean).join(' · ')) : null,
          person.ringSizes.length ? h('p', { class: 'hq-row-meta' },
            person.ringSizes.map((s) => `${label(s.hand)} ${s.finger} ${s.system} ${s.value}`).join(' · ')) : null));
    }))
    : h('p', { class: 'muted' }, 'Nobody yet: a partner, a child, a parent the client buys for.'));
}

/** Her dates and her people's in the coming year, the soonest first, as the appliance counts them. */
export function datesPanel(client) {
  return hqSection('client-dates', 'Next dates', null, client.upcoming.length
    ? h('ul', { class: 'hq-rows', 'aria-label': 'Next dates' }, client.upcoming.map((u) => h('li', { class: 'hq-row date-ahead' },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, `${u.person}’s ${milestoneName(u).toLowerCase()}`),
        h('p', { class: 'hq-row-meta' }, [day(u.on), yearsSaid(u.kind, u.years)].filter(Boolean).join(' · '))),
      h('p', { class: `days-ahead${u.inDays <= 14 ? ' is-soon' : ''}` }, inDays(u.inDays)))))
    : h('p', { class: 'muted' }, 'No date to remember in the coming year.'));
}

export function tastesPanel(client) {
  const p = client.preferences;
  const kinds = [['Metals', p.metals], ['Colours', p.colours], ['Stones', p.stones], ['Designers', p.designers], ['Styles', p.styles]]
    .filter(([, words]) => words.length);
  const budget = p.budget?.min || p.budget?.max
    ? [p.budget.min ? `from ${money(p.budget.min)}` : null, p.budget.max ? `up to ${money(p.budget.max)}` : null].filter(Boolean).join(' ') : null;
  return hqSection('client-tastes', 'Tastes', null, kinds.length || budget
    ? h('dl', { class: 'client-facts' },
      kinds.map(([name, words]) => fact(name, h('span', { class: 'taste-words' }, words.map((w) => h('span', { class: 'taste-word' }, w))))),
      budget ? fact('Budget', budget) : null)
    : h('p', { class: 'muted' }, 'Nothing said yet.'));
}

/** What she bought, the latest first: each sale opens its receipt. */
export function purchasesPanel(client) {
  const purchases = client.purchases;
  return hqSection('client-purchases', 'Purchases', purchases.length ? h('span', { class: 'hq-count' }, `${purchases.length}`) : null,
    purchases.length ? h('ul', { class: 'hq-rows', 'aria-label': 'Purchases' }, purchases.map((sale) => h('li', { class: 'hq-row purchase-row' },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, sale.lines.map((l) => l.description).join(', ')),
        h('p', { class: 'hq-row-meta' }, h('a', { href: `#/register?sale=${encodeURIComponent(sale.id)}` }, `Sale ${sale.number}`),
          ` · ${dateTime(sale.time)}`, sale.returned ? h('span', { class: 'chip returned-chip' }, 'Returned') : null)),
      h('p', { class: 'hq-price' }, money(sale.total)))))
      : h('p', { class: 'muted' }, 'Nothing bought yet.'));
}

export function layawaysPanel(client) {
  const layaways = client.openLayaways;
  return hqSection('client-layaways', 'Open layaways', null, layaways.length
    ? h('ul', { class: 'hq-rows', 'aria-label': 'Open layaways' }, layaways.map((l) => h('li', { class: 'hq-row' },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, h('a', { href: `#/layaways?layaway=${encodeURIComponent(l.id)}` }, `Layaway ${l.number}`)),
        h('p', { class: 'hq-row-meta' }, `Serial ${l.serial}`)),
      h('p', { class: 'hq-price' }, `${money(l.balance, { exact: true })} left`))))
    : h('p', { class: 'muted' }, 'No layaway open.'));
}

/** Pieces in stock to show her, each with the reasons an associate can say out loud. */
export function recommendationsPanel(items) {
  return hqSection('client-ideas', 'To show', items.length ? h('span', { class: 'hq-count' }, String(items.length)) : null, items.length
    ? shortList(items, ({ piece, reasons }) => h('li', { class: 'hq-row idea-row', dataset: { serial: piece.serial } },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, h('a', { href: `#/inventory?piece=${encodeURIComponent(piece.serial)}` }, piece.description ?? piece.serial)),
        h('p', { class: 'hq-row-meta' }, h('code', { class: 'hq-serial' }, piece.serial), piece.category ? ` · ${label(piece.category)}` : ''),
        h('ul', { class: 'idea-reasons', 'aria-label': 'Why' }, reasons.map((r) => h('li', {}, r)))),
      h('p', { class: 'hq-price' }, money(piece.retailPrice))), { label: 'Pieces to show', first: FIRST_IDEAS })
    : h('p', { class: 'muted' }, 'Nothing in stock matches what is known of this client yet.'));
}

/** Her figures, large, for the five seconds before she reaches the counter. */
export function figures(value) {
  const last = value.lastPurchase;
  return h('dl', { class: 'client-figures' },
    fact('Lifetime value', money(value.lifetimeValue), 'client-figure figure-value'),
    fact('Visits', String(value.visits), 'client-figure figure-visits'),
    fact('Average ticket', value.sales ? money(value.averageTicket) : '—', 'client-figure'),
    fact('Last purchase', last ? [date(todayOnStoreClock(Date.parse(last))), h('span', { class: 'figure-note' }, ago(last))] : 'Never',
      'client-figure figure-last'));
}

function fact(term, value, cls = 'client-fact') {
  return h('div', { class: cls }, h('dt', {}, term), h('dd', {}, value));
}
