import { h, replace, debounce } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { navigate } from '../lib/route.js';
import { can } from '../lib/session.js';
import { tierBadge } from './vocabulary.js';

/**
 * Finding a client ("#/clients?q=…"): a name, a phone written any way, or an email, answered as it is typed;
 * with nothing typed, the clients changed last. Enter opens the first found. Each client shows her name,
 * her tier and how to reach her, and opens her profile page.
 */
export class FindView {
  constructor(route) {
    this.asked = null;
    this.inflight = null;
    this.input = h('input', { type: 'search', id: 'client-search', name: 'q', autocomplete: 'off', spellcheck: 'false',
      enterkeyhint: 'search', placeholder: 'Name, phone or email', value: route.params.get('q') ?? '', oninput: () => this.typed() });
    this.search = debounce(() => {
      const q = this.input.value.trim();
      navigate('/clients', new URLSearchParams(q ? { q } : {}));
      this.load(q);
    }, 250);
    this.results = h('div', { class: 'client-results', 'aria-live': 'polite' });
    this.element = h('div', { class: 'client-find' },
      h('header', { class: 'page-head' },
        h('div', {},
          h('h1', { class: 'page-title' }, 'Clients'),
          h('p', { class: 'page-subtitle' }, 'Find a client by name, phone or email.')),
        can('clients-write') ? h('a', { class: 'button button-primary', href: '#/clients/new' }, 'New client') : null),
      h('form', { role: 'search', class: 'search-form client-search', onsubmit: (e) => {
        e.preventDefault();
        this.openFirst();
      } },
      h('label', { for: 'client-search', class: 'visually-hidden' }, 'Find a client'),
      h('span', { class: 'search-icon', 'aria-hidden': 'true' }),
      this.input),
      this.results);
    document.title = 'Clients · Assay';
    this.load(this.input.value.trim());
  }

  mounted() {
    if (!matchMedia('(pointer: coarse)').matches) this.input.focus();
  }

  update(route) {
    const q = route.params.get('q') ?? '';
    if (q === this.asked) return;
    if (document.activeElement !== this.input) this.input.value = q;
    this.load(q);
  }

  unmount() {
    this.search.cancel();
    this.inflight?.abort();
  }

  typed() {
    this.search();
  }

  async load(q) {
    this.asked = q;
    this.inflight?.abort();
    this.inflight = new AbortController();
    try {
      const found = await api.clients(q, { signal: this.inflight.signal });
      this.show(q, found.items);
    } catch (e) {
      if (e.name === 'AbortError') return;
      replace(this.results, h('p', { class: 'notice notice-error', role: 'alert' }, e.message));
    }
  }

  show(q, clients) {
    this.first = clients[0] ?? null;
    const title = q ? (clients.length ? `${clients.length} found for “${q}”` : `No client found for “${q}”`) : 'Changed lately';
    replace(this.results,
      h('h2', { class: 'quick-title client-results-title' }, title),
      clients.length ? h('ul', { class: 'client-list', 'aria-label': 'Clients found' }, clients.map((c) => h('li', {}, clientLink(c))))
        : q && can('clients-write') ? h('a', { class: 'button', href: `#/clients/new?${new URLSearchParams({ name: q })}` }, `New client “${q}”`)
          : !q ? h('p', { class: 'muted' }, 'The client book is empty: add the first client.') : null);
  }

  openFirst() {
    this.search.cancel();
    if (this.first && this.asked === this.input.value.trim()) navigate(`/clients/${this.first.id}`, new URLSearchParams(), { push: true });
    else this.load(this.input.value.trim()).then(() => this.first && this.openFirst());
  }
}

/** A client as a list shows her: name, tier, first phone and email; the whole row opens her page. */
export function clientLink(client) {
  return h('a', { class: 'client-result', href: `#/clients/${encodeURIComponent(client.id)}`, dataset: { client: client.id } },
    h('span', { class: 'client-result-name' }, client.name || client.id),
    tierBadge(client.tier),
    h('span', { class: 'client-result-contact' }, [client.phones?.[0], client.emails?.[0]].filter(Boolean).map((c) => h('span', {}, c))),
    h('span', { class: 'client-result-id' }, client.id));
}
