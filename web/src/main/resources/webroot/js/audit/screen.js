import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { count, instantOnStoreClock } from '../lib/format.js';
import { refusalPanel } from '../lib/refusal.js';
import { navigate } from '../lib/route.js';
import { can } from '../lib/session.js';
import { AuditTable } from './audit-table.js';

const PATH = '/audit';
const PAGE_SIZE = 50;
const TEXT_FILTERS = [
  { name: 'actor', label: 'By', placeholder: 'user name' },
  { name: 'subject', label: 'About', placeholder: 'serial or user name' },
  { name: 'type', label: 'Event', placeholder: 'io.assay.piece.*', list: 'audit-types' },
];
const TIME_FILTERS = [{ name: 'from', label: 'From' }, { name: 'to', label: 'To' }];
const KNOWN_TYPES = ['io.assay.piece.*', 'io.assay.piece.created', 'io.assay.piece.updated', 'io.assay.piece.status-changed',
  'io.assay.location.*', 'io.assay.attachment.*', 'io.assay.staff.*', 'io.assay.staff.signed-in', 'io.assay.staff.sign-in-failed',
  'io.assay.staff.locked', 'io.assay.staff.approval-refused'];

/**
 * The audit trail for the auditor and the owner: every journal event, newest first, narrowed by who, what
 * and when (on the boutique's clock), each opening onto its data; the same selection as a CSV or JSON
 * lines file; and a check of the journal's hash chain. The filters live in the address, so a finding can
 * be bookmarked and sent.
 */
export function mount(container, route) {
  const screen = new AuditScreen(container);
  screen.update(route);
  return screen;
}

class AuditScreen {
  constructor(container) {
    this.container = container;
    this.inputs = {};
    this.table = new AuditTable((page) => this.go({ ...this.filters, page }));
    this.total = h('p', { class: 'page-subtitle', 'aria-live': 'polite' });
    this.notice = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    this.exports = ['csv', 'jsonl'].map((format) => h('a', { class: 'button', download: true }, format === 'csv' ? 'Export CSV' : 'Export JSON lines'));
    this.chain = h('p', { class: 'chain-result', role: 'status' });
    const verify = can('audit-verify')
      ? h('button', { type: 'button', class: 'button', onclick: () => this.verify(verify) }, 'Verify chain') : null;
    this.element = h('div', { class: 'back-office audit-screen' },
      h('header', { class: 'page-head' },
        h('div', {}, h('h1', { class: 'page-title' }, 'Audit trail'), this.total),
        h('div', { class: 'page-actions' }, this.exports, verify)),
      this.chain,
      this.filterForm(),
      this.notice,
      this.table.element);
    replace(container, this.element);
    document.title = 'Audit · Assay';
  }

  filterForm() {
    const text = TEXT_FILTERS.map((f) => this.filterField(f, h('input', { type: 'search', placeholder: f.placeholder,
      autocapitalize: 'none', spellcheck: 'false', list: f.list })));
    const times = TIME_FILTERS.map((f) => this.filterField(f, h('input', { type: 'datetime-local' })));
    return h('form', { class: 'panel audit-filters', role: 'search', 'aria-label': 'Filter the audit trail',
      onsubmit: (e) => { e.preventDefault(); this.go({ ...this.read(), page: 0 }); } },
    text, times,
    h('datalist', { id: 'audit-types' }, KNOWN_TYPES.map((t) => h('option', { value: t }))),
    h('p', { class: 'filter-note' }, 'Times are the boutique’s.'),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => this.go({ page: 0 }) }, 'Clear'),
      h('button', { type: 'submit', class: 'button button-primary' }, 'Show events')));
  }

  filterField({ name, label }, input) {
    Object.assign(input, { id: `audit-${name}`, name });
    this.inputs[name] = input;
    return h('div', { class: 'field' }, h('label', { for: input.id, class: 'field-label' }, label), input);
  }

  /** The filters as typed: text as is, times as the datetime-local fields give them (store clock). */
  read() {
    return Object.fromEntries(Object.entries(this.inputs).map(([name, input]) => [name, input.value.trim()]).filter(([, v]) => v));
  }

  go({ page = 0, ...filters }) {
    const params = new URLSearchParams(filters);
    if (page) params.set('page', String(page));
    navigate(PATH, params, { push: true });
  }

  async update(route) {
    const page = Number(route.params.get('page')) || 0;
    this.filters = {};
    for (const [name, input] of Object.entries(this.inputs)) {
      input.value = route.params.get(name) ?? '';
      if (input.value) this.filters[name] = input.value;
    }
    const query = this.query();
    for (const [i, format] of ['csv', 'jsonl'].entries()) {
      this.exports[i].href = `/api/v1/audit/export?${new URLSearchParams({ format, ...query })}`;
    }
    try {
      const answer = await api.audit({ ...query, page, size: PAGE_SIZE });
      this.notice.hidden = true;
      this.total.textContent = `${count(answer.total)} ${answer.total === 1 ? 'event' : 'events'}, newest first`;
      this.table.render(answer);
    } catch (e) {
      if (e.status === 403) replace(this.container, refusalPanel('Audit trail', e));
      else this.fail(e);
    }
  }

  /** The API's question: the same filters, with the times turned into UTC instants. */
  query() {
    const query = { ...this.filters };
    for (const { name } of TIME_FILTERS) {
      if (query[name]) query[name] = instantOnStoreClock(query[name]);
    }
    return query;
  }

  async verify(button) {
    button.disabled = true;
    this.chain.className = 'chain-result';
    this.chain.textContent = 'Checking every event of the journal…';
    try {
      const v = await api.verifyJournal();
      this.chain.classList.add(v.ok ? 'is-ok' : 'is-broken');
      this.chain.textContent = v.ok
        ? `The chain holds: ${count(v.count)} events, each sealing the one before. Last hash ${String(v.head).slice(0, 12)}…`
        : `The chain breaks at event #${v.brokenAt}: ${v.reason}. Events from there on cannot be trusted as recorded.`;
    } catch (e) {
      this.chain.classList.add('is-broken');
      this.chain.textContent = e.message;
    } finally {
      button.disabled = false;
    }
  }

  fail(e) {
    this.notice.hidden = false;
    this.notice.textContent = e.message;
  }

  unmount() {
    this.element.remove();
  }
}
