import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { count, dateTime, money } from '../lib/format.js';
import { fact, tenderTable } from './close-register.js';
import { openSheet, sheetHead } from './sheet.js';

/**
 * The X report, for a manager mid-shift: what the register should hold now, per tender, without closing
 * it. The associate who will count the drawer blind is not shown it (the appliance refuses their role).
 *
 * @param names {registerName, person(user)}: how to show the register and the people
 */
export function showXReport(register, { registerName, person }) {
  const body = h('div', { class: 'x-report-body', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Asking the appliance…'));
  const dialog = openSheet({ className: 'x-report-sheet', labelledBy: 'x-report-title',
    content: h('div', { class: 'sheet-form' },
      sheetHead('X report', 'x-report-title', registerName, () => dialog),
      body,
      h('div', { class: 'sheet-actions' }, h('button', { type: 'button', class: 'button button-primary', onclick: () => dialog.close() }, 'Done'))) });
  api.xReport(register.id).then((report) => replace(body,
    h('p', { class: 'register-lede' }, `What ${registerName} should hold at ${dateTime(new Date().toISOString())}, before the count.`),
    h('dl', { class: 'shift-facts' },
      fact('Opened', `${dateTime(report.openedAt)} by ${person(report.openedBy)}`),
      fact('Opening float', money(report.float, { exact: true })),
      fact('Sales', count(report.sales))),
    tenderTable(report.tenders, false)),
  (e) => replace(body, h('p', { class: 'notice notice-error', role: 'alert' }, e.message)));
}
