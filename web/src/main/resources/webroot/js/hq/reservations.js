import { h, replace } from '../lib/dom.js';
import { dateTime, label, money } from '../lib/format.js';
import { hqSection } from './section.js';

/** A hold with less than this left is about to end: the card says so in the late colour. */
const SOON_MS = 2 * 3600 * 1000;

/**
 * Pieces held for online clients who come to collect them (click and collect): who they are and how to
 * reach them, which piece and where it rests, and how long it is still held. The client pays at the
 * register, which takes the piece although it is reserved.
 */
export class Reservations {
  constructor() {
    this.count = h('span', { class: 'hq-count' });
    this.list = h('div', { class: 'hq-body' });
    this.element = hqSection('hq-reservations', 'Click & collect', this.count, this.list);
    this.reservations = null;
  }

  /** @param places the boutique's LocationTree, for where each piece rests */
  show(reservations, places) {
    this.reservations = reservations;
    this.places = places;
    this.render();
  }

  /** Draws the time left again (the screen calls it every half minute). */
  render(now = Date.now()) {
    if (!this.reservations) return;
    const n = this.reservations.length;
    this.count.textContent = n ? `${n} held` : '';
    replace(this.list, n
      ? h('ul', { class: 'hq-cards', 'aria-label': 'Pieces held for online clients' },
        this.reservations.map((r) => h('li', {}, this.card(r, now))))
      : h('p', { class: 'muted hq-empty' }, 'No piece is held for an online client.'));
  }

  card(reservation, now) {
    const piece = reservation.piece ?? { serial: reservation.serial };
    const left = new Date(reservation.until).getTime() - now;
    const contact = [reservation.client.email && h('a', { href: `mailto:${reservation.client.email}` }, reservation.client.email),
      reservation.client.phone && h('a', { href: `tel:${reservation.client.phone.replace(/[^+\d]/g, '')}` }, reservation.client.phone)]
      .filter(Boolean);
    return h('article', { class: `hq-card reservation-card${left < SOON_MS ? ' is-soon' : ''}`, dataset: { serial: reservation.serial } },
      h('div', { class: 'hq-card-what' },
        h('p', { class: 'register-kicker' }, h('code', { class: 'hq-serial' }, piece.serial), piece.category ? ` · ${label(piece.category)}` : ''),
        h('h3', { class: 'hq-card-title' }, piece.description ?? piece.serial),
        h('p', { class: 'hq-card-meta' },
          h('span', { class: 'hq-price' }, money(piece.retailPrice)),
          piece.location ? h('span', { class: 'hq-place' }, this.places.path(piece.location)) : null)),
      h('div', { class: 'hold-time' },
        h('p', { class: 'hold-left' }, timeLeft(left)),
        h('p', { class: 'hold-until' }, `held until ${dateTime(reservation.until)}`)),
      h('div', { class: 'hq-client' },
        h('p', { class: 'hq-client-name' }, reservation.client.name),
        contact.length ? h('p', { class: 'hq-client-contact' }, contact) : null,
        h('a', { class: 'button button-quiet', href: `#/inventory?piece=${encodeURIComponent(reservation.serial)}` }, 'Piece details')));
  }
}

/** "21 h 14 min left", "45 min left"; the store's clock releases a hold whose time is up. */
export function timeLeft(ms) {
  if (ms <= 0) return 'Time is up';
  const minutes = Math.floor(ms / 60000);
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} min left`;
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min left`;
}
