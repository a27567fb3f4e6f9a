import { h, replace, debounce } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { count, label, money, token } from '../lib/format.js';
import { href, navigate } from '../lib/route.js';
import { JournalWatch } from '../lib/journal-watch.js';
import { store } from '../lib/store.js';
import { activeFilterCount, filterParams, fromParams, toParams, toggled, withChange, LIST_FILTERS } from './filters.js';
import { FacetPanel } from './facet-panel.js';
import { ResultsView } from './results.js';
import { PieceDrawer } from './piece-drawer.js';
import { LocationTree } from './locations.js';
import { SerialLookup } from './serial-lookup.js';
import { STATUSES } from './statuses.js';

const PATH = '/inventory';
const RANGE_LABELS = { priceMin: 'Price from', priceMax: 'Price to', weightMin: 'Weight from', weightMax: 'Weight to' };

/** Mounts the inventory screen; see app.js for the screen contract. */
export function mount(container, route) {
  const screen = new InventoryScreen(container);
  screen.update(route);
  return screen;
}

class InventoryScreen {
  constructor(container) {
    this.state = null;
    this.tree = new LocationTree([]);
    this.currency = null;
    this.inflight = null;

    this.search = h('input', { type: 'search', id: 'inventory-search', name: 'q', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search',
      placeholder: 'Search or scan', oninput: () => this.typed() });
    this.applySearch = debounce(() => this.go(withChange(this.state, { q: this.search.value.trim() })), 300);
    this.lookup = new SerialLookup((serial) => this.openPiece(serial));
    this.filterToggle = h('button', { type: 'button', class: 'button filters-toggle', 'aria-controls': 'inventory-filters', 'aria-expanded': 'false',
      onclick: () => this.toggleFilters() }, 'Filters');
    this.live = h('p', { class: 'live-state', role: 'status' });
    this.showPieces = h('button', { type: 'button', class: 'button button-primary', onclick: () => this.toggleFilters(false) }, 'Show pieces');
    this.panel = new FacetPanel({
      onToggle: (name, value) => this.go(toggled(this.state, name, value)),
      onRanges: (ranges) => this.go(withChange(this.state, { ranges })),
    });
    this.results = new ResultsView({
      onSort: (sort) => this.go(withChange(this.state, { sort })),
      onPage: (page) => { this.go(withChange(this.state, { page })); this.resultsTop.scrollIntoView({ block: 'start' }); },
      onSize: (size) => this.go(withChange(this.state, { size })),
      pieceHref: (serial) => href(PATH, toParams({ ...this.state, piece: serial })),
    });
    this.drawer = new PieceDrawer(() => this.closePiece());
    this.resultCount = h('span', { class: 'result-count' });
    this.statusBar = h('div', { class: 'status-bar', role: 'group', 'aria-label': 'Filter by status' });
    this.activeFilters = h('div', { class: 'active-filters', 'aria-label': 'Active filters' });
    this.notice = h('div', { class: 'notice notice-error', role: 'alert', hidden: true });
    this.filters = h('aside', { class: 'filters', id: 'inventory-filters', 'aria-label': 'Filters' },
      h('div', { class: 'filters-head' },
        h('h2', {}, 'Refine'),
        h('button', { type: 'button', class: 'link-button', onclick: () => this.clearFilters() }, 'Clear all')),
      this.panel.element,
      h('div', { class: 'filters-foot' }, this.showPieces));
    this.scrim = h('div', { class: 'filters-scrim', onclick: () => this.toggleFilters(false) });
    this.resultsTop = h('div', { class: 'summary' },
      h('h1', { class: 'summary-title', id: 'result-summary', 'aria-live': 'polite' }, this.resultCount),
      this.statusBar);

    this.element = h('div', { class: 'inventory' },
      h('div', { class: 'inventory-bar' },
        h('form', { role: 'search', class: 'search-form', onsubmit: (e) => { e.preventDefault(); this.submitSearch(); } },
          h('label', { for: 'inventory-search', class: 'visually-hidden' }, 'Search pieces'),
          h('span', { class: 'search-icon', 'aria-hidden': 'true' }),
          this.search),
        this.filterToggle,
        this.live),
      h('div', { class: 'inventory-layout', onkeydown: (e) => {
        if (e.key === 'Escape' && this.filters.classList.contains('is-open')) this.toggleFilters(false);
      } },
        this.scrim,
        this.filters,
        h('div', { class: 'inventory-main' }, this.resultsTop, this.activeFilters, this.lookup.element, this.notice, this.results.element)),
      this.drawer.element);
    replace(container, this.element);

    this.watch = new JournalWatch((events) => this.journalEvents(events), (s) => this.liveState(s));
    this.keys = (e) => {
      if (e.key === '/' && !e.target.closest('input, select, textarea') && !this.drawer.isOpen) {
        e.preventDefault();
        this.search.focus();
      }
    };
    document.addEventListener('keydown', this.keys);
    this.ready = Promise.all([this.loadLocations(), this.loadCurrency()]).then(() => this.watch.start());
  }

  /** Applies the URL: a link, the back button, or this screen's own navigate(). */
  async update(route) {
    const next = fromParams(route.params);
    const previous = this.state;
    this.state = next;
    if (document.activeElement !== this.search) this.search.value = next.q;
    await this.ready;
    const listChanged = !previous || filterParams(previous).toString() !== filterParams(next).toString()
      || previous.sort !== next.sort || previous.page !== next.page || previous.size !== next.size;
    if (listChanged) await this.refresh();
    else this.markOpenRow();
    if (next.piece) this.drawer.open(next.piece, this.tree);
    else this.drawer.close();
    document.title = next.piece ? `${next.piece} · Assay` : 'Inventory · Assay';
  }

  unmount() {
    this.watch.stop();
    this.inflight?.abort();
    document.removeEventListener('keydown', this.keys);
    this.element.remove();
  }

  go(state, options) {
    navigate(PATH, toParams(state), options);
  }

  openPiece(serial) {
    this.go({ ...this.state, piece: serial }, { push: true });
  }

  closePiece() {
    this.go({ ...this.state, piece: null });
  }

  typed() {
    this.lookup.check(this.search.value.trim());
    this.applySearch();
  }

  /** Enter: a scanned or typed serial opens its piece; anything else searches at once. */
  async submitSearch() {
    this.applySearch.cancel();
    const text = this.search.value.trim();
    const exact = await this.lookup.check(text);
    if (exact) {
      this.openPiece(exact.serial);
    } else {
      this.go(withChange(this.state, { q: text }));
    }
  }

  clearFilters() {
    const lists = Object.fromEntries(LIST_FILTERS.map((n) => [n, []]));
    this.go(withChange(this.state, { lists, ranges: {} }));
  }

  toggleFilters(force) {
    const open = force ?? !this.filters.classList.contains('is-open');
    this.filters.classList.toggle('is-open', open);
    this.filterToggle.setAttribute('aria-expanded', String(open));
    if (open) this.filters.querySelector('summary')?.focus();
    else this.filterToggle.focus();
  }

  async loadLocations() {
    try {
      this.tree = new LocationTree((await api.locations()).locations);
    } catch (e) {
      this.showError(e);
    }
  }

  /** Price filters are in the boutique's currency, whatever currency a consigned piece is priced in. */
  async loadCurrency() {
    try {
      this.currency = (await store()).currency;
    } catch (e) {
      this.showError(e);
    }
  }

  /** Asks the API for this page, the counts for every filter, and redraws. A newer refresh cancels an older one. */
  async refresh() {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    const state = this.state;
    const { signal } = controller;
    const listParams = filterParams(state);
    listParams.set('sort', state.sort);
    listParams.set('page', String(state.page));
    listParams.set('size', String(state.size));
    // A group's own selection must not hide its alternatives: its counts are asked without it.
    const selfExcluded = LIST_FILTERS.filter((name) => state.lists[name].length);
    this.element.classList.add('is-loading');
    try {
      const [page, facets, ...rest] = await Promise.all([
        api.items(listParams, { signal }),
        api.facets(filterParams(state), { signal }),
        ...selfExcluded.map((name) => api.facets(filterParams(state, { without: name }), { signal })),
      ]);
      if (signal.aborted) return;
      const counts = {};
      // /items/facets counts every list filter under the filter's own name.
      for (const name of LIST_FILTERS) counts[name] = facets[name];
      selfExcluded.forEach((name, i) => { counts[name] = rest[i][name]; });
      if (page.items.length === 0 && page.total > 0 && state.page > 0) {
        this.go(withChange(state, { page: Math.ceil(page.total / state.size) - 1 }));
        return;
      }
      this.notice.hidden = true;
      this.render(state, page, facets.total, counts);
    } catch (e) {
      if (e.name !== 'AbortError') this.showError(e);
    } finally {
      if (this.inflight === controller) this.element.classList.remove('is-loading');
    }
  }

  render(state, page, total, counts) {
    replace(this.resultCount, h('span', { class: 'result-number' }, count(total)), ` ${total === 1 ? 'piece' : 'pieces'}`);
    this.renderStatusBar(state, counts.status || {});
    this.renderActiveFilters(state);
    this.panel.render(state, counts, this.tree, this.currency);
    this.results.render(state, page, this.tree);
    const active = activeFilterCount(state);
    this.filterToggle.textContent = active ? `Filters (${active})` : 'Filters';
    this.showPieces.textContent = `Show ${count(total)} ${total === 1 ? 'piece' : 'pieces'}`;
  }

  renderStatusBar(state, counts) {
    const selected = state.lists.status;
    const shown = STATUSES.filter((s) => counts[s] || selected.includes(s));
    replace(this.statusBar, shown.map((status) => h('button', {
      type: 'button', class: `status-toggle status-${token(status)}`, 'aria-pressed': String(selected.includes(status)),
      onclick: () => this.go(toggled(this.state, 'status', status)),
    }, h('span', { class: 'status-dot', 'aria-hidden': 'true' }), h('span', { class: 'status-name' }, label(status)),
    h('span', { class: 'status-count' }, count(counts[status] || 0)))));
  }

  renderActiveFilters(state) {
    const pills = [];
    if (state.q) pills.push(this.pill(`“${state.q}”`, withChange(state, { q: '' })));
    for (const name of LIST_FILTERS) {
      if (name === 'status') continue;
      for (const value of state.lists[name]) {
        const text = name === 'location' ? this.tree.path(value) : label(value);
        pills.push(this.pill(text, toggled(state, name, value)));
      }
    }
    for (const [name, value] of Object.entries(state.ranges)) {
      const ranges = { ...state.ranges };
      delete ranges[name];
      const shown = name.startsWith('price') && this.currency ? money({ amount: value, currency: this.currency }) : `${value} g`;
      pills.push(this.pill(`${RANGE_LABELS[name]} ${shown}`, withChange(state, { ranges })));
    }
    this.activeFilters.hidden = pills.length === 0;
    replace(this.activeFilters, pills);
  }

  pill(text, without) {
    return h('button', { type: 'button', class: 'pill', onclick: () => this.go(without) },
      h('span', {}, text), h('span', { class: 'pill-x', 'aria-hidden': 'true' }, '×'), h('span', { class: 'visually-hidden' }, ' (remove filter)'));
  }

  markOpenRow() {
    this.results.table.querySelectorAll('tbody tr').forEach((tr) => tr.classList.toggle('is-open', tr.dataset.serial === this.state.piece));
  }

  showError(e) {
    this.notice.hidden = false;
    replace(this.notice, h('strong', {}, 'The inventory could not be loaded. '), e.message, ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => this.refresh() }, 'Try again'));
  }

  async journalEvents(events) {
    const about = (prefix) => events.some((e) => e.type.startsWith(prefix));
    if (about('io.assay.location.')) await this.loadLocations();
    if (about('io.assay.piece.') || about('io.assay.location.')) await this.refresh();
    if (this.drawer.isOpen && events.some((e) => e.subject === this.drawer.serial)) {
      this.drawer.open(this.drawer.serial, this.tree, { refresh: true });
    }
  }

  liveState({ connected, head }) {
    this.live.className = `live-state ${connected ? 'is-live' : 'is-offline'}`;
    this.live.title = head === null ? '' : `Journal at #${head}`;
    this.live.textContent = connected ? 'Live' : 'Offline — retrying';
  }
}
