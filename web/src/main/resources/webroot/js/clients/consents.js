import { h } from '../lib/dom.js';
import { dateTime } from '../lib/format.js';
import { errorRoom } from './field-paths.js';
import { CHANNELS } from './vocabulary.js';

/**
 * Whether she agreed to be contacted, channel by channel. Ticking a box records the moment she said yes,
 * untying it the moment she said no: what marketing may rely on is when, not only whether. A channel
 * never asked about is not written at all.
 */
export class Consents {
  constructor(consents = []) {
    this.records = new Map(consents.map((c) => [c.channel, c]));
    this.boxes = new Map();
    this.element = h('fieldset', { class: 'consents' },
      h('legend', { class: 'field-label' }, 'Agrees to be contacted by'),
      h('div', { class: 'consent-options' }, CHANNELS.map(([channel, text]) => this.option(channel, text))));
  }

  option(channel, text) {
    const record = this.records.get(channel);
    const when = h('span', { class: 'consent-when' }, said(record));
    const box = h('input', { type: 'checkbox', class: 'consent-box', name: `consent-${channel}`, checked: Boolean(record?.given),
      onchange: () => {
        const now = { channel, given: box.checked, at: new Date().toISOString() };
        this.records.set(channel, now);
        when.textContent = said(now);
      } });
    const error = errorRoom(box);
    this.boxes.set(channel, { box, error });
    return h('div', { class: 'consent' }, h('label', { class: 'consent-option' }, box, h('span', { class: 'consent-channel' }, text), when), error);
  }

  collect(path, paths) {
    const written = CHANNELS.map(([channel]) => this.records.get(channel)).filter(Boolean);
    written.forEach((consent, i) => {
      const { box, error } = this.boxes.get(consent.channel);
      for (const field of ['', '.channel', '.given', '.at']) paths.put(`${path}[${i}]${field}`, box, error);
    });
    return written.map(({ channel, given, at }) => ({ channel, given, at }));
  }
}

function said(record) {
  if (!record) return 'not asked';
  return `${record.given ? 'yes' : 'no'} since ${dateTime(record.at)}`;
}
