import { h, replace, debounce } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { JournalWatch } from '../lib/journal-watch.js';
import { refusalPanel } from '../lib/refusal.js';
import { can } from '../lib/session.js';
import { LocationTree } from '../inventory/locations.js';
import { HqLink } from '../register/hq-link.js';
import { Arrivals } from './arrivals.js';
import { Market } from './market.js';
import { PriceChanges } from './price-changes.js';
import { Reservations } from './reservations.js';

/** How often the time left on each hold is drawn again. */
const TICK_MS = 30_000;

/**
 * From HQ ("#/from-hq"): what headquarters sent this boutique to act on. Online clients coming to collect
 * the pieces held for them; pieces on their way from the other stores, received here by scanning their tag;
 * prices that change soon; and the spot prices and exchange rates in force. The screen follows the change
 * feed, so a piece sold at the register or a command HQ just sent shows without a reload. See app.js for
 * the screen contract.
 */
export function mount(container) {
  return new FromHqScreen(container);
}

class FromHqScreen {
  constructor(container) {
    this.container = container;
    this.reservations = new Reservations();
    this.arrivals = new Arrivals(can('inventory-write'), () => this.refresh());
    this.prices = new PriceChanges();
    this.market = can('sales-read') ? new Market() : null;
    this.hq = can('hq-read') ? new HqLink().start() : null;
    this.notice = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    this.element = h('div', { class: 'back-office hq-screen' },
      h('header', { class: 'page-head' },
        h('div', {},
          h('h1', { class: 'page-title' }, 'From HQ'),
          h('p', { class: 'page-subtitle' }, 'Clients coming to collect, pieces on their way, prices ahead.')),
        this.hq?.element ?? null),
      this.notice,
      h('div', { class: 'hq-grid' },
        this.reservations.element,
        this.arrivals.element,
        this.prices.element,
        this.market?.element ?? null));
    replace(container, this.element);
    document.title = 'From HQ · Assay';
    this.refresh = debounce(() => this.load(), 250);
    this.watch = new JournalWatch(() => this.refresh(), () => {});
    this.ticker = setInterval(() => this.reservations.render(), TICK_MS);
    // A scanner types wherever the focus was left (a link just tapped): its keys go to the receiving field.
    this.keys = (e) => {
      const field = this.arrivals.scanField;
      if (!field || !/^\S$/.test(e.key) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target.closest?.('input, select, textarea, dialog')) return;
      field.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', this.keys);
    this.load().then((loaded) => {
      if (!loaded) return;
      this.watch.start();
      // On a touch screen the on-screen keyboard would cover the lists; a scanner's keys find the field anyway.
      if (!matchMedia('(pointer: coarse)').matches) this.arrivals.focus({ preventScroll: true });
    });
  }

  update() {}

  unmount() {
    this.watch.stop();
    this.hq?.stop();
    clearInterval(this.ticker);
    document.removeEventListener('keydown', this.keys);
    this.element.remove();
  }

  /** Asks for everything the screen shows at once; answers whether it could. */
  async load() {
    try {
      const [locations, reservations, expected, received, changes, market] = await Promise.all([api.locations(),
        api.reservations(), api.transfers('expected'), api.transfers('received'), api.priceChanges(),
        // A role that lost sales-read since the page loaded still gets the rest.
        this.market ? api.market().catch((e) => (e.status === 403 ? null : Promise.reject(e))) : null]);
      const places = new LocationTree(locations.locations);
      this.notice.hidden = true;
      this.reservations.show(reservations.reservations, places);
      this.arrivals.useShelves(places);
      this.arrivals.show(expected.transfers, received.transfers);
      this.prices.show(changes.priceChanges, places);
      if (market) this.market.show(market);
      return true;
    } catch (e) {
      if (e.status === 403) replace(this.container, refusalPanel('From HQ', e));
      else replace(this.notice, e.message).hidden = false;
      return false;
    }
  }
}
