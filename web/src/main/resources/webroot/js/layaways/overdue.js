import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { date, todayOnStoreClock } from '../lib/format.js';

/**
 * The layaways behind their schedule, for those who answer for the register's takings (managers, owner,
 * auditor): each with what its schedule asked by today and is still unpaid, the oldest due date missed,
 * and a link that opens it. The section fills itself once the appliance answers; a refusal (a role that
 * lost the permission since the page was loaded) leaves it out.
 */
export function overdueSection(units) {
  const list = h('div', { class: 'overdue-body' }, h('p', { class: 'muted' }, 'Looking for layaways behind their schedule…'));
  const section = h('section', { class: 'layaway-overdue', 'aria-labelledby': 'layaways-overdue-title' },
    h('h2', { class: 'quick-title', id: 'layaways-overdue-title' }, 'Overdue'),
    list);
  api.overdueLayaways().then(({ layaways }) => {
    const today = todayOnStoreClock();
    replace(list, layaways.length
      ? h('ul', { class: 'overdue-list', 'aria-label': 'Overdue layaways' }, layaways.map((l) => h('li', {}, row(l, arrears(l, units, today), units))))
      : h('p', { class: 'muted' }, 'No layaway is behind its schedule.'));
  }).catch((e) => {
    if (e.status === 403) section.remove();
    else replace(list, h('p', { class: 'notice notice-error', role: 'alert' }, e.message));
  });
  return section;
}

function row(layaway, { owed, since }, units) {
  return h('article', { class: 'overdue-row', dataset: { layaway: layaway.id } },
    h('div', { class: 'overdue-piece' },
      h('p', { class: 'register-kicker' }, `Layaway ${layaway.number} · client ${layaway.client}`),
      h('p', { class: 'overdue-title' }, layaway.line?.description ?? layaway.serial),
      h('p', { class: 'layaway-meta' }, `Serial ${layaway.serial}`)),
    h('dl', { class: 'layaway-figures' },
      figure('Owed now', units.format(owed), 'overdue-owed'),
      figure('Due since', date(since), 'overdue-since'),
      figure('Balance', units.format(units.of(layaway.balance)), 'overdue-balance')),
    h('a', { class: 'button', href: `#/layaways?layaway=${encodeURIComponent(layaway.id)}` }, 'Open'));
}

/**
 * What the schedule asked before {@code today} and is still unpaid, in minor units, and the due date of
 * the oldest instalment not yet covered. The deposit is what the schedule leaves out of the price; what
 * was paid beyond it covers the instalments oldest first.
 */
export function arrears(layaway, units, today) {
  const schedule = [...(layaway.schedule ?? [])].sort((a, b) => a.due.localeCompare(b.due));
  const scheduled = schedule.reduce((sum, i) => sum + units.of(i.amount), 0n);
  let covered = units.of(layaway.paid) - (units.of(layaway.price) - scheduled);
  let owed = 0n;
  let since = null;
  for (const instalment of schedule.filter((i) => i.due < today)) {
    const amount = units.of(instalment.amount);
    const short = amount > covered ? amount - (covered > 0n ? covered : 0n) : 0n;
    covered -= amount;
    if (short > 0n) {
      owed += short;
      since ??= instalment.due;
    }
  }
  return { owed, since };
}

function figure(term, value, cls) {
  return h('div', { class: cls }, h('dt', {}, term), h('dd', {}, value));
}
