import { h, replace, debounce } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { tierBadge } from './vocabulary.js';

/** What a client book id looks like when it is typed in full ("C000123", or an older card's "C-1042"). */
const CLIENT_ID = /^[A-Za-z]{1,3}-?\d{3,}$/;
const MOST_OFFERED = 6;

/**
 * The client of a sale, found at the register as she is typed (name, phone or email) and picked from what
 * the client book answers; once picked she shows by name and tier, and the sale carries her id. An id typed
 * in full is taken as it is, whether or not the book knows it (a card from before the book, an id read out
 * over the phone), and the picker says which. A role that may sell but not read the client book types the
 * id, as before the book.
 */
export class ClientPicker {
  /**
   * @param id         the search field's id
   * @param searchable whether the signed-in role may read the client book
   */
  constructor(id, searchable) {
    this.searchable = searchable;
    this.picked = null;
    this.found = [];
    this.inflight = null;
    this.input = h('input', { type: 'search', id, name: 'client', class: 'text-field', autocomplete: 'off', spellcheck: 'false', maxlength: '64',
      placeholder: searchable ? 'Name, phone or email' : 'Client book id', 'aria-controls': `${id}-found`,
      oninput: () => this.search(), onkeydown: (e) => this.key(e) });
    this.options = h('ul', { class: 'client-options', id: `${id}-found`, 'aria-label': 'Clients found', hidden: true });
    this.note = h('p', { class: 'field-hint client-pick-note', 'aria-live': 'polite' });
    this.chosen = h('div', { class: 'client-chosen', hidden: true });
    this.search = debounce(() => this.find(), 200);
    // A tap outside closes the list; so does the focus moving on from the keyboard. A blur without a next
    // element is left alone: a tablet's browser may not focus the option being tapped.
    this.outside = (e) => {
      if (!this.element.contains(e.target)) this.close();
    };
    this.element = h('div', { class: 'field client-picker', onfocusout: (e) => {
      if (e.relatedTarget && !this.element.contains(e.relatedTarget)) this.close();
    } },
    h('label', { for: id, class: 'field-label' }, 'Client (optional)'), this.input, this.options, this.chosen, this.note);
  }

  /** The client the sale is for: the one picked, or an id typed in full; null for none. */
  get id() {
    if (this.picked) return this.picked.id;
    const typed = this.input.value.trim();
    if (!this.searchable) return typed || null;
    return CLIENT_ID.test(typed) ? typed : null;
  }

  /** Back to no client, for the next sale. */
  clear() {
    this.search.cancel();
    this.inflight?.abort();
    this.picked = null;
    this.found = [];
    this.input.value = '';
    this.input.hidden = false;
    this.close();
    this.chosen.hidden = true;
    this.note.textContent = '';
  }

  async find() {
    const typed = this.input.value.trim();
    this.inflight?.abort();
    this.note.textContent = '';
    if (!this.searchable || !typed) {
      this.close();
      return;
    }
    const asking = new AbortController();
    this.inflight = asking;
    try {
      const byId = CLIENT_ID.test(typed)
        ? api.client(typed.toUpperCase(), { signal: asking.signal }).catch((e) => (e.status === 404 ? null : Promise.reject(e))) : null;
      const [found, known] = await Promise.all([api.clients(typed, { signal: asking.signal }), byId]);
      const named = known ? [{ id: known.id, name: [known.givenName, known.familyName].filter(Boolean).join(' '), tier: known.value.tier,
        phones: known.phones, emails: known.emails }] : [];
      this.show([...named, ...found.items.filter((c) => c.id !== known?.id)].slice(0, MOST_OFFERED), typed, known);
    } catch (e) {
      if (e.name !== 'AbortError') this.note.textContent = e.message;
    }
  }

  show(clients, typed, known) {
    this.found = clients;
    if (clients.length) this.open();
    else this.close();
    replace(this.options, clients.map((client) => h('li', {}, h('button', { type: 'button', class: 'client-option', dataset: { client: client.id },
      onclick: () => this.pick(client), onkeydown: (e) => this.key(e) },
    h('span', { class: 'client-option-name' }, client.name || client.id),
    tierBadge(client.tier),
    h('span', { class: 'client-option-meta' }, [client.id, client.phones?.[0]].filter(Boolean).join(' · '))))));
    if (CLIENT_ID.test(typed) && !known) this.note.textContent = `No client ${typed} in the book: the sale carries the id as typed.`;
    else if (!clients.length) this.note.textContent = `No client found for “${typed}”.`;
  }

  pick(client) {
    this.picked = client;
    this.input.value = '';
    this.input.hidden = true;
    this.close();
    this.note.textContent = '';
    this.chosen.hidden = false;
    replace(this.chosen,
      h('div', { class: 'client-chosen-who' },
        h('p', { class: 'client-chosen-name' }, client.name || client.id, ' ', tierBadge(client.tier)),
        h('p', { class: 'client-option-meta' }, [client.id, client.phones?.[0]].filter(Boolean).join(' · '))),
      h('button', { type: 'button', class: 'button button-quiet', 'aria-label': `Change client (now ${client.name || client.id})`, onclick: () => {
        this.clear();
        this.input.focus();
      } }, 'Change'));
    this.chosen.querySelector('button').focus();
  }

  /** Down from the field goes to the clients found; Up and Down move among them; Enter in the field picks the first; Escape closes. */
  key(e) {
    const buttons = [...this.options.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.options.hidden || !buttons.length) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
      (next < 0 ? this.input : buttons[next]).focus();
    } else if (e.key === 'Enter' && e.target === this.input && this.found.length && !this.options.hidden) {
      e.preventDefault();
      this.pick(this.found[0]);
    } else if (e.key === 'Escape' && !this.options.hidden) {
      e.preventDefault();
      this.close();
      this.input.focus();
    }
  }

  open() {
    this.options.hidden = false;
    document.addEventListener('pointerdown', this.outside);
  }

  close() {
    this.options.hidden = true;
    document.removeEventListener('pointerdown', this.outside);
  }
}
