import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { ago, dateTime, label, money } from '../lib/format.js';
import { hqSection } from './section.js';

/** How many of the pieces received lately stay listed under those expected: enough to check a delivery. */
const RECEIVED_SHOWN = 3;

/**
 * Pieces on their way from the tenant's other stores, and the field that takes one into stock: the
 * scanner types the tag's serial or EPC and Enter, and the piece is received onto the shelf chosen (kept
 * between scans: a delivery usually goes into one tray). What the appliance answers is said next to the
 * field, in words: the piece and its shelf, or why not.
 */
export class Arrivals {
  /**
   * @param mayReceive whether the signed-in role may take pieces into stock (inventory-write)
   * @param onReceived called after a piece is received, to refresh the screen
   */
  constructor(mayReceive, onReceived) {
    this.onReceived = onReceived;
    this.places = null;
    this.count = h('span', { class: 'hq-count' });
    this.input = h('input', { type: 'search', id: 'receive-scan', name: 'scan', class: 'scan-field', autocomplete: 'off',
      spellcheck: 'false', autocapitalize: 'characters', enterkeyhint: 'enter', maxlength: '64',
      placeholder: 'Scan the tag, or type the serial', 'aria-describedby': 'receive-note' });
    this.shelf = h('select', { id: 'receive-location', name: 'location', class: 'receive-location' });
    this.note = h('p', { class: 'scan-note receive-note', id: 'receive-note', role: 'status' });
    this.button = h('button', { type: 'submit', class: 'button button-primary scan-add' }, 'Receive');
    this.form = mayReceive ? h('form', { class: 'receive-form', onsubmit: (e) => { e.preventDefault(); this.receive(); } },
      h('label', { for: 'receive-scan', class: 'scan-label' }, 'Receive by scan'),
      h('div', { class: 'scan-row' }, h('span', { class: 'search-icon', 'aria-hidden': 'true' }), this.input, this.button),
      h('div', { class: 'receive-shelf' },
        h('label', { for: 'receive-location', class: 'field-label' }, 'Put it in'),
        this.shelf),
      this.note) : null;
    this.list = h('div', { class: 'hq-body' });
    this.element = hqSection('hq-arrivals', 'Arriving from other stores', this.count,
      h('div', { class: 'hq-section-body' }, this.form, this.list));
  }

  focus(options) {
    this.input.focus(options);
  }

  get scanField() {
    return this.form ? this.input : null;
  }

  /** @param places the boutique's LocationTree: the shelves offered, and where pieces rest */
  useShelves(places) {
    this.places = places;
    const chosen = this.shelf.value;
    // Each case followed by its trays, as the boutique is laid out.
    const walk = (l) => [l, ...places.childrenOf(l.id).flatMap(walk)];
    replace(this.shelf, h('option', { value: '' }, 'Keep it where it waits'),
      places.roots.flatMap(walk).map((l) => h('option', { value: l.id, selected: l.id === chosen }, places.path(l.id))));
  }

  show(expected, received) {
    this.count.textContent = expected.length ? `${expected.length} expected` : '';
    const recent = received.slice(0, RECEIVED_SHOWN);
    replace(this.list,
      expected.length
        ? h('ul', { class: 'hq-rows arrival-list', 'aria-label': 'Pieces expected' }, expected.map((t) => h('li', {}, this.expectedRow(t))))
        : h('p', { class: 'muted hq-empty' }, 'No piece is on its way here.'),
      recent.length ? h('h3', { class: 'quick-title hq-subtitle' }, 'Received lately') : null,
      recent.length ? h('ul', { class: 'hq-rows arrival-list is-received', 'aria-label': 'Pieces received lately' },
        recent.map((t) => h('li', {}, this.receivedRow(t)))) : null);
  }

  expectedRow(transfer) {
    const piece = transfer.piece ?? { serial: transfer.serial };
    return h('article', { class: 'hq-row arrival-row', dataset: { serial: transfer.serial } },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, h('code', { class: 'hq-serial' }, transfer.serial), ' ', piece.description ?? label(piece.category)),
        h('p', { class: 'hq-row-meta' }, `From ${transfer.fromStore ?? 'another store'} · sent `,
          h('time', { datetime: transfer.at, title: dateTime(transfer.at) }, ago(transfer.at)))),
      h('p', { class: 'hq-price' }, money(piece.retailPrice)));
  }

  receivedRow(transfer) {
    return h('article', { class: 'hq-row arrival-row', dataset: { serial: transfer.serial } },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, h('code', { class: 'hq-serial' }, transfer.serial), ' ',
          transfer.piece?.description ?? ''),
        h('p', { class: 'hq-row-meta' }, `Received ${dateTime(transfer.receivedAt)} by ${transfer.receivedBy}`,
          transfer.location ? ` into ${this.places.path(transfer.location)}` : '')),
      h('span', { class: 'chip status-in-stock' }, 'In stock'));
  }

  async receive() {
    const scan = this.input.value.trim();
    if (!scan) return this.say('Scan the tag, or type the serial.', 'is-refused');
    this.button.disabled = true;
    try {
      const { piece } = await api.receiveTransfer({ scan, ...(this.shelf.value ? { location: this.shelf.value } : {}) });
      this.input.value = '';
      this.say(`Received ${piece.serial}: ${piece.description ?? label(piece.category)}, now in stock`
        + `${piece.location ? ` in ${this.places.path(piece.location)}` : ''}.`, 'is-added');
      this.onReceived(piece);
    } catch (e) {
      const fields = (e.problem?.errors ?? []).map((x) => x.message).filter(Boolean);
      this.say(fields.length ? `${e.message}: ${fields.join('; ')}` : e.message, 'is-refused');
      this.input.select();
    } finally {
      this.button.disabled = false;
      this.input.focus({ preventScroll: true });
      // A scanner's user looks at the tag, then up: the answer must be where they look.
      this.note.scrollIntoView({ block: 'nearest' });
    }
    return null;
  }

  say(message, kind) {
    this.note.textContent = /[.!?]$/.test(message) ? message : `${message}.`;
    this.note.className = `scan-note receive-note ${kind}`;
  }
}
