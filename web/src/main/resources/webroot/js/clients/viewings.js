import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { day, label, plusDays, time, todayOnStoreClock } from '../lib/format.js';
import { can, signedIn } from '../lib/session.js';
import { confirmSheet } from './confirm-sheet.js';

/** How far ahead the calendar looks: today and the next thirteen days. */
const DAYS = 14;

/**
 * The viewings booked ("#/clients/viewings"): the next two weeks, day by day on the boutique's clock, each
 * with its time, the client, who sees her and the pieces pulled for her. A viewing not yet held can be
 * cancelled; its pieces go back in stock.
 */
export class ViewingsView {
  static async load() {
    const view = new ViewingsView();
    await view.reload();
    return view;
  }

  constructor() {
    this.days = h('div', { class: 'viewing-days' });
    this.element = h('div', { class: 'client-viewings' },
      h('header', { class: 'page-head' },
        h('div', {},
          h('h1', { class: 'page-title' }, 'Viewings'),
          h('p', { class: 'page-subtitle' }, 'The next two weeks: who comes, when, and the pieces pulled.'))),
      this.days);
    document.title = 'Viewings · Assay';
  }

  update() {}

  unmount() {}

  async reload() {
    const today = todayOnStoreClock();
    const { items } = await api.appointments(today, plusDays(today, DAYS - 1));
    const byDay = new Map();
    for (const a of items) {
      const on = todayOnStoreClock(Date.parse(a.start));
      byDay.set(on, [...(byDay.get(on) ?? []), a]);
    }
    replace(this.days, byDay.size
      ? [...byDay].map(([on, viewings]) => h('section', { class: 'panel viewing-day', 'aria-labelledby': `viewing-day-${on}` },
        h('h2', { class: 'panel-title viewing-day-title', id: `viewing-day-${on}` }, dayName(on, today)),
        viewingList(viewings, { onCancelled: () => this.reload() })))
      : h('p', { class: 'muted' }, 'No viewing booked in the next two weeks. A viewing is booked from the client’s page.'));
  }
}

/** "Today", "Tomorrow", or "Wednesday, December 2". */
function dayName(on, today) {
  if (on === today) return `Today, ${day(on)}`;
  if (on === plusDays(today, 1)) return `Tomorrow, ${day(on)}`;
  return day(on);
}

/**
 * Viewings as rows. {@code withDay} says the day too (a client's page, which looks further ahead);
 * {@code withClient} names the client and opens her page (the calendar).
 */
export function viewingList(viewings, { withDay = false, withClient = true, onCancelled }) {
  return h('ul', { class: `hq-rows viewing-list${withDay ? ' is-stacked' : ''}`, 'aria-label': 'Viewings' }, viewings.map((a) => h('li', {
    class: `viewing-row is-${a.state}`, dataset: { appointment: a.id } },
  h('p', { class: 'viewing-time' }, withDay ? h('span', { class: 'viewing-day-name' }, day(todayOnStoreClock(Date.parse(a.start)))) : null,
    `${time(a.start)} – ${time(a.end)}`),
  h('div', { class: 'hq-row-what' },
    withClient ? h('p', { class: 'hq-row-title' }, h('a', { href: `#/clients/${encodeURIComponent(a.client)}` }, a.clientName || a.client)) : null,
    h('p', { class: 'hq-row-meta' }, `With ${who(a.associate)}`, a.note ? ` · ${a.note}` : ''),
    a.pulled.length ? h('ul', { class: 'viewing-pieces', 'aria-label': 'Pieces pulled' }, a.pulled.map((p) => h('li', {},
      h('code', { class: 'hq-serial' }, p.serial), ` ${p.description ?? ''}`))) : h('p', { class: 'hq-row-meta' }, 'No piece pulled.')),
  a.state === 'booked'
    ? can('clients-write') ? h('button', { type: 'button', class: 'button button-quiet', onclick: () => askCancel(a, onCancelled) }, 'Cancel') : null
    : h('span', { class: `chip viewing-state state-${a.state}` }, label(a.state)))));
}

function who(user) {
  const me = signedIn();
  return me?.user === user ? `${me.name} (you)` : user;
}

function askCancel(appointment, onCancelled) {
  const pieces = appointment.pieces.length;
  confirmSheet({
    kicker: `${appointment.clientName || appointment.client}, ${time(appointment.start)}`, title: 'Cancel this viewing?',
    body: h('p', {}, pieces ? `The ${pieces === 1 ? 'piece' : `${pieces} pieces`} pulled for it go${pieces === 1 ? 'es' : ''} back in stock.`
      : 'No piece was pulled for it.'),
    action: 'Cancel viewing', keep: 'Keep it', run: () => api.cancelAppointment(appointment.id), done: onCancelled,
  });
}
