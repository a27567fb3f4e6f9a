import { h, replace } from '../lib/dom.js';
import { attachmentUrl } from '../lib/api.js';
import { count, label, metal, money, token, weight } from '../lib/format.js';
import { PAGE_SIZES } from './filters.js';

/** Sort keys of the API; price and last change read best highest first. */
const SORTS = [
  { key: 'serial', text: 'Serial' },
  { key: 'price', text: 'Price', descendingFirst: true },
  { key: 'weight', text: 'Weight', descendingFirst: true },
  { key: 'category', text: 'Category' },
  { key: 'location', text: 'Location' },
  { key: 'status', text: 'Status' },
  { key: 'updatedAt', text: 'Last change', descendingFirst: true },
];

const COLUMNS = [
  { id: 'thumb', text: '', cls: 'col-thumb' },
  { id: 'serial', text: 'Serial', sort: 'serial', cls: 'col-serial' },
  { id: 'piece', text: 'Piece', cls: 'col-piece' },
  { id: 'metal', text: 'Metal', cls: 'col-metal' },
  { id: 'weight', text: 'Weight', sort: 'weight', cls: 'col-weight num' },
  { id: 'location', text: 'Location', sort: 'location', cls: 'col-location' },
  { id: 'status', text: 'Status', sort: 'status', cls: 'col-status' },
  { id: 'price', text: 'Retail', sort: 'price', cls: 'col-price num' },
];

export function statusChip(status) {
  return h('span', { class: `chip status-${token(status)}` }, label(status));
}

export function parseSort(sort) {
  const descending = sort.startsWith('-');
  return { key: descending ? sort.slice(1) : sort, descending };
}

/**
 * The list of pieces: a table on wide screens, cards on a phone (same markup, restyled), with sort and
 * paging. Selecting a piece goes through a real link, so it works by keyboard and can open in a new tab.
 */
export class ResultsView {
  /** @param handlers {onSort(sort), onPage(page), onSize(size), pieceHref(serial), onOpen(serial)} */
  constructor(handlers) {
    this.handlers = handlers;
    this.sortSelect = h('select', { id: 'sort-select', onchange: () => handlers.onSort(this.sortSelect.value) },
      SORTS.flatMap((s) => [
        h('option', { value: s.descendingFirst ? `-${s.key}` : s.key }, `${s.text}${s.descendingFirst ? ', highest first' : ''}`),
        h('option', { value: s.descendingFirst ? s.key : `-${s.key}` }, `${s.text}${s.descendingFirst ? ', lowest first' : ', descending'}`),
      ]));
    this.sizeSelect = h('select', { id: 'size-select', onchange: () => handlers.onSize(Number(this.sizeSelect.value)) },
      PAGE_SIZES.map((n) => h('option', { value: n }, `${n} per page`)));
    this.table = h('table', { class: 'results-table', 'aria-describedby': 'result-summary' });
    this.pager = h('nav', { class: 'pager', 'aria-label': 'Pages of results' });
    this.element = h('section', { class: 'results', 'aria-label': 'Pieces' },
      h('div', { class: 'results-toolbar' },
        h('label', { class: 'inline-field', for: 'sort-select' }, h('span', {}, 'Sort'), this.sortSelect)),
      h('div', { class: 'table-frame' }, this.table),
      this.pager);
  }

  render(state, page, tree) {
    this.sortSelect.value = state.sort;
    this.sizeSelect.value = String(state.size);
    const sort = parseSort(state.sort);
    replace(this.table,
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => this.header(c, sort)))),
      h('tbody', {}, page.items.length
        ? page.items.map((p) => this.row(p, tree, p.serial === state.piece))
        : h('tr', { class: 'empty-row' }, h('td', { colspan: COLUMNS.length },
          h('p', { class: 'empty-title' }, 'No pieces match'),
          h('p', {}, 'Loosen a filter or search for fewer words.')))));
    this.renderPager(state, page);
  }

  header(column, sort) {
    if (!column.sort) {
      return h('th', { scope: 'col', class: column.cls }, column.text ? column.text : h('span', { class: 'visually-hidden' }, 'Photo'));
    }
    const active = sort.key === column.sort;
    const spec = SORTS.find((s) => s.key === column.sort);
    const next = active ? (sort.descending ? column.sort : `-${column.sort}`) : (spec.descendingFirst ? `-${column.sort}` : column.sort);
    return h('th', { scope: 'col', class: column.cls, 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : null },
      h('button', { type: 'button', class: 'sort-button', onclick: () => this.handlers.onSort(next) },
        column.text, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (sort.descending ? '↓' : '↑') : '↕')));
  }

  row(piece, tree, open) {
    const link = h('a', { href: this.handlers.pieceHref(piece.serial), class: 'serial-link', dataset: { serial: piece.serial } }, piece.serial);
    const meta = [label(piece.category), piece.designer, piece.collection].filter(Boolean).join(' · ');
    return h('tr', { class: open ? 'is-open' : null, dataset: { serial: piece.serial },
      onclick: (e) => { if (!e.target.closest('a')) link.click(); } },
    h('td', { class: 'col-thumb' }, thumbnail(piece)),
    h('td', { class: 'col-serial' }, link, piece.epc ? h('span', { class: 'tag-mark', title: `RFID ${piece.epc}` }, 'RFID') : null),
    h('td', { class: 'col-piece' }, h('span', { class: 'piece-title' }, piece.description || label(piece.category)),
      meta ? h('span', { class: 'piece-meta' }, meta) : null,
      h('span', { class: 'piece-meta meta-metal' }, metal(piece)),
      h('span', { class: 'piece-meta meta-location' }, tree.path(piece.location))),
    h('td', { class: 'col-metal' }, metal(piece)),
    h('td', { class: 'col-weight num' }, weight(piece.weight)),
    h('td', { class: 'col-location' }, locationCell(piece.location, tree)),
    h('td', { class: 'col-status' }, statusChip(piece.status)),
    h('td', { class: 'col-price num' }, money(piece.retailPrice)));
  }

  renderPager(state, page) {
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    const first = page.total === 0 ? 0 : page.page * page.size + 1;
    const last = Math.min(page.total, (page.page + 1) * page.size);
    replace(this.pager,
      h('p', { class: 'pager-range', 'aria-live': 'polite' }, page.total === 0 ? 'No pieces' : `${count(first)}–${count(last)} of ${count(page.total)}`),
      h('div', { class: 'pager-buttons' },
        h('button', { type: 'button', class: 'button', disabled: page.page === 0, onclick: () => this.handlers.onPage(page.page - 1) },
          h('span', { 'aria-hidden': 'true' }, '‹ '), 'Previous'),
        h('span', { class: 'pager-page' }, `Page ${count(page.page + 1)} of ${count(pages)}`),
        h('button', { type: 'button', class: 'button', disabled: page.page + 1 >= pages, onclick: () => this.handlers.onPage(page.page + 1) },
          'Next', h('span', { 'aria-hidden': 'true' }, ' ›'))),
      h('label', { class: 'inline-field', for: 'size-select' }, h('span', { class: 'visually-hidden' }, 'Pieces per page'), this.sizeSelect));
  }
}

/** The place itself, with what holds it (a tray's case) above it in small type. */
function locationCell(id, tree) {
  const place = tree.byId.get(id);
  const holder = place?.parent ? tree.path(place.parent) : null;
  return [holder ? h('span', { class: 'location-holder' }, holder) : null, h('span', { class: 'location-name' }, tree.name(id))];
}

/** A photo when the piece has one, otherwise the category's initial on a quiet tile. */
export function thumbnail(piece, size = 'small') {
  if (piece.photos?.length) {
    return h('img', { class: `thumb thumb-${size}`, src: attachmentUrl(piece.photos[0]), alt: '', loading: 'lazy', decoding: 'async' });
  }
  return h('span', { class: `thumb thumb-${size} thumb-empty`, 'aria-hidden': 'true' }, (piece.category || '?').charAt(0).toUpperCase());
}
