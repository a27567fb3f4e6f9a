import { h, replace } from '../lib/dom.js';
import { findPiece, isEpc } from '../lib/piece-lookup.js';
import { label, money } from '../lib/format.js';
import { statusChip } from './results.js';

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
    const piece = await findPiece(text);
    if (this.asked !== text) return piece;
    this.show(piece, text);
    return piece;
  }

  show(piece, text) {
    this.element.hidden = !piece;
    if (!piece) return;
    replace(this.element,
      h('p', { class: 'serial-match-kicker' }, isEpc(text) ? 'RFID tag match' : 'Serial match'),
      h('button', { type: 'button', class: 'serial-match-button', onclick: () => this.onOpen(piece.serial) },
        h('span', { class: 'serial-match-serial' }, piece.serial),
        h('span', { class: 'serial-match-title' }, piece.description || label(piece.category)),
        statusChip(piece.status),
        h('span', { class: 'serial-match-price' }, money(piece.retailPrice)),
        h('span', { class: 'serial-match-open' }, 'Open ›')));
  }
}
