import { h, replace } from '../lib/dom.js';
import { count, dateTime, eventName } from '../lib/format.js';

const COLUMNS = [['', 'col-toggle'], ['When', 'col-when'], ['Event', 'col-event'], ['About', 'col-subject'], ['By', 'col-actor'],
  ['Journal', 'col-seq num']];

/**
 * One page of the audit trail: a row per event, each opening onto everything the journal holds of it
 * (its data, its hash), and a pager. The person who approved an action stands beside the one who did it.
 */
export class AuditTable {
  /** @param onPage called with the page number (from 0) staff move to */
  constructor(onPage) {
    this.onPage = onPage;
    this.rows = h('tbody');
    this.range = h('span', { class: 'pager-range' });
    this.previous = h('button', { type: 'button', class: 'button', onclick: () => this.onPage(this.page - 1) }, 'Previous');
    this.next = h('button', { type: 'button', class: 'button', onclick: () => this.onPage(this.page + 1) }, 'Next');
    this.element = h('div', { class: 'panel' },
      h('div', { class: 'table-frame' },
        h('table', { class: 'record-table audit-table' },
          h('thead', {}, h('tr', {}, COLUMNS.map(([text, cls]) => h('th', { scope: 'col', class: cls }, text)))),
          this.rows)),
      h('div', { class: 'pager' }, this.range, h('div', { class: 'pager-buttons' }, this.previous, this.next)));
  }

  render({ items, total, page, size }) {
    this.page = page;
    const first = page * size;
    this.range.textContent = total ? `${count(first + 1)}–${count(first + items.length)} of ${count(total)}` : '';
    this.previous.disabled = page === 0;
    this.next.disabled = first + items.length >= total;
    replace(this.rows, items.length ? items.map((event) => rows(event))
      : h('tr', { class: 'empty-row' }, h('td', { colspan: COLUMNS.length }, 'No event matches these filters.')));
  }
}

function rows(event) {
  const detailId = `event-${event.seq}`;
  const detail = h('tr', { class: 'audit-detail', id: detailId, hidden: true },
    h('td', { colspan: COLUMNS.length }, details(event)));
  const toggle = h('button', { type: 'button', class: 'icon-button row-toggle', 'aria-expanded': 'false', 'aria-controls': detailId,
    'aria-label': `Details of event ${event.seq}`, onclick: () => {
      detail.hidden = !detail.hidden;
      toggle.setAttribute('aria-expanded', String(!detail.hidden));
    } }, '›');
  return [
    h('tr', { class: 'audit-row', dataset: { seq: event.seq } },
      h('td', { class: 'col-toggle' }, toggle),
      h('td', { class: 'col-when' }, h('time', { datetime: event.time }, dateTime(event.time))),
      h('td', { class: 'col-event' }, h('span', { class: 'event-name' }, eventName(event.type)), h('code', { class: 'event-type' }, event.type)),
      h('td', { class: 'col-subject' }, event.subject || '—'),
      h('td', { class: 'col-actor' }, h('span', {}, event.actor || '—'),
        event.approver ? h('span', { class: 'approver' }, `approved by ${event.approver}`) : null),
      h('td', { class: 'col-seq num' }, `#${event.seq}`)),
    detail,
  ];
}

function details(event) {
  return h('div', { class: 'event-details' },
    h('dl', { class: 'facts' },
      [['Type', event.type], ['Time (UTC)', event.time], ['Actor', event.actor], ['Approved by', event.approver], ['Hash', event.hash]]
        .filter(([, value]) => value)
        .map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, h('code', {}, value))))),
    h('pre', { class: 'event-data' }, JSON.stringify(event.data ?? null, null, 2)));
}
