import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { label, money } from '../lib/format.js';
import { statusChip } from './results.js';

const EPC = /^[0-9a-fA-F]{24}$/;
/** A serial is one word with a digit in it ("R-10234"); words of a description are not looked up. */
const SERIAL = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/**
 * Text search covers descriptions, designers and collections; a serial typed or scanned into the same
 * box is looked up exactly (and an RFID tag's EPC by its tag), and offered as the first answer.
 */
export class SerialLookup {
  constructor(onOpen) {
    this.onOpen = onOpen;
    this.element = h('div', { class: 'serial-match', hidden: true, 'aria-live': 'polite' });
    this.asked = null;
  }

  /** Looks {@code text} up; resolves to the piece it names exactly, or null. */
  async check(text) {
    this.asked = text;
    const piece = await this.find(text);
    if (this.asked !== text) return piece;
    this.show(piece, text);
    return piece;
  }

  async find(text) {
    try {
      if (EPC.test(text)) return await api.byEpc(text.toUpperCase());
      if (!SERIAL.test(text)) return null;
      return await api.item(text).catch((e) => {
        if (e.status === 404 && text !== text.toUpperCase()) return api.item(text.toUpperCase());
        throw e;
      });
    } catch (e) {
      if (e.status === 404 || e.status === 400) return null;
      throw e;
    }
  }

  show(piece, text) {
    this.element.hidden = !piece;
    if (!piece) return;
    replace(this.element,
      h('p', { class: 'serial-match-kicker' }, EPC.test(text) ? 'RFID tag match' : 'Serial match'),
      h('button', { type: 'button', class: 'serial-match-button', onclick: () => this.onOpen(piece.serial) },
        h('span', { class: 'serial-match-serial' }, piece.serial),
        h('span', { class: 'serial-match-title' }, piece.description || label(piece.category)),
        statusChip(piece.status),
        h('span', { class: 'serial-match-price' }, money(piece.retailPrice)),
        h('span', { class: 'serial-match-open' }, 'Open ›')));
  }
}
