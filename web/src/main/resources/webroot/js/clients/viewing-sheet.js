import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields } from '../lib/fields.js';
import { instantOnStoreClock, label, plusDays, timeOnStoreClock, todayOnStoreClock } from '../lib/format.js';
import { findPiece } from '../lib/piece-lookup.js';
import { signedIn } from '../lib/session.js';
import { openSheet, sheetHead } from '../register/sheet.js';
import { FieldPaths } from './field-paths.js';
import { choice } from './form-parts.js';

const LENGTHS = [['30', '30 minutes'], ['45', '45 minutes'], ['60', '1 hour'], ['90', '1 hour 30'], ['120', '2 hours']];
/** The last hour a viewing is offered to start today; later, the sheet offers tomorrow morning. */
const LAST_START = 19;

/**
 * Book a viewing for a client: the day and time on the boutique's clock, how long, who sees her (the
 * person booking, unless another user name is given), a note, and the pieces to pull, by serial or from
 * the pieces suggested for her. The appliance holds the pieces (reserved) until the viewing ends.
 *
 * @param ideas    her recommendations ({piece, reasons}), offered as pieces to pull
 * @param onBooked called with the viewing booked
 */
export function askViewing(client, ideas, onBooked) {
  const fields = new Fields('viewing');
  const paths = new FieldPaths();
  const { day, at } = firstFreeStart();
  const on = h('input', { type: 'date', class: 'text-field', value: day, min: todayOnStoreClock() });
  const start = h('input', { type: 'time', class: 'text-field', value: at, step: '900' });
  const length = choice(LENGTHS, '60');
  const associate = h('input', { class: 'text-field', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', placeholder: signedIn()?.user ?? '' });
  const note = h('textarea', { class: 'text-field note-text', rows: '2', maxlength: '1000' });
  const serial = h('input', { class: 'text-field', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'done' });
  const pulled = [];
  const list = h('ul', { class: 'hq-rows pulled-list', 'aria-label': 'Pieces to pull' });
  const offered = h('div', { class: 'pulled-ideas' });
  const general = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Book viewing');

  const render = () => {
    replace(list, pulled.map((piece) => h('li', { class: 'hq-row', dataset: { serial: piece.serial } },
      h('div', { class: 'hq-row-what' }, h('p', { class: 'hq-row-title' }, piece.description ?? piece.serial),
        h('p', { class: 'hq-row-meta' }, h('code', { class: 'hq-serial' }, piece.serial), ` · ${label(piece.status)}`)),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': `Do not pull ${piece.serial}`, onclick: () => {
        pulled.splice(pulled.indexOf(piece), 1);
        render();
      } }, '×'))));
    const left = ideas.map((i) => i.piece).filter((p) => !pulled.some((q) => q.serial === p.serial)).slice(0, 4);
    replace(offered, left.length ? [h('p', { class: 'field-hint' }, 'Suggested'), left.map((piece) => h('button', {
      type: 'button', class: 'button button-quiet pulled-idea', onclick: () => pull(piece) }, `+ ${piece.serial}`))] : null);
  };
  const pull = (piece) => {
    if (!pulled.some((p) => p.serial === piece.serial)) pulled.push(piece);
    render();
  };
  const addSerial = async () => {
    const typed = serial.value.trim();
    if (!typed) return;
    fields.show([]);
    const piece = await findPiece(typed).catch(() => null);
    if (!piece) return fields.show([{ field: 'serial', message: `no piece here has the serial ${typed}` }]);
    if (piece.status !== 'in stock') return fields.show([{ field: 'serial', message: `${piece.serial} is ${piece.status}: only a piece in stock can be pulled` }]);
    pull(piece);
    serial.value = '';
    serial.focus();
  };
  serial.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addSerial();
    }
  });

  const book = async (e) => {
    e.preventDefault();
    general.hidden = true;
    paths.clear();
    for (const [path, name] of [['start', 'start'], ['end', 'length'], ['associate', 'associate'], ['note', 'note']]) {
      paths.put(path, fields.inputs[name], fields.errors[name]);
    }
    pulled.forEach((piece, i) => paths.put(`pieces[${i}]`, serial, fields.errors.serial));
    paths.put('pieces', serial, fields.errors.serial);
    if (!on.value || !start.value) return paths.show([{ field: 'start', message: 'give the day and the time' }]);
    const begins = instantOnStoreClock(`${on.value}T${start.value}`);
    const body = { client: client.id, start: begins, end: new Date(Date.parse(begins) + Number(length.value) * 60_000).toISOString(),
      pieces: pulled.map((p) => p.serial) };
    if (associate.value.trim()) body.associate = associate.value.trim();
    if (note.value.trim()) body.note = note.value.trim();
    submit.disabled = true;
    try {
      const booked = await api.bookAppointment(body);
      dialog.close();
      onBooked(booked);
    } catch (e2) {
      const unplaced = paths.show(e2.problem?.errors ?? []);
      if (unplaced.length || !e2.problem?.errors?.length) {
        general.hidden = false;
        general.textContent = [e2.message, ...unplaced].join(' — ');
      }
    } finally {
      submit.disabled = false;
    }
  };

  const form = h('form', { class: 'sheet-form viewing-form', novalidate: true, onsubmit: book },
    sheetHead(client.givenName || client.familyName ? `${client.givenName ?? ''} ${client.familyName ?? ''}`.trim() : client.id,
      'viewing-title', 'Book a viewing', () => dialog),
    h('div', { class: 'field-grid viewing-when' },
      fields.field('day', 'Day', on),
      fields.field('start', 'Time', start),
      fields.field('length', 'Length', length)),
    h('div', { class: 'pull-add' },
      fields.field('serial', 'Pull a piece (serial)', serial),
      h('button', { type: 'button', class: 'button', onclick: addSerial }, 'Add')),
    offered,
    list,
    fields.field('associate', 'With (user name)', associate, 'Leave empty for yourself'),
    fields.field('note', 'Note', note),
    general,
    h('div', { class: 'sheet-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
      submit));
  render();
  const dialog = openSheet({ className: 'viewing-sheet', labelledBy: 'viewing-title', content: form });
  start.focus();
}

/** The next whole hour on the boutique's clock, or tomorrow at eleven once the day is over. */
function firstFreeStart() {
  const today = todayOnStoreClock();
  const hour = Number(timeOnStoreClock().slice(0, 2)) + 1;
  return hour > LAST_START ? { day: plusDays(today, 1), at: '11:00' } : { day: today, at: `${String(Math.max(hour, 10)).padStart(2, '0')}:00` };
}
