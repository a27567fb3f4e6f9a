import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { dateTime } from '../lib/format.js';
import { can, signedIn } from '../lib/session.js';
import { hqSection } from '../hq/section.js';
import { errorRoom } from './field-paths.js';
import { inlineForm } from './form-parts.js';

/**
 * The two lists an associate adds to from her profile page: her wish list (a style she asked about, or
 * one particular piece; taken off when it is no longer wanted) and the notes (added, never edited: each
 * dated and signed by whoever wrote it). Both answer through {@code onChanged} with her profile as the
 * appliance now has it.
 */
export function wishPanel(client, onChanged) {
  const wishes = client.wishList;
  const style = h('input', { class: 'text-field', id: 'wish-style', autocomplete: 'off', spellcheck: 'false', maxlength: '64' });
  const error = errorRoom(style);
  const add = async (e) => {
    e.preventDefault();
    if (!style.value.trim()) return;
    try {
      const changed = await api.addWish(client.id, { style: style.value.trim() });
      style.value = '';
      onChanged(changed);
    } catch (e2) {
      say(error, e2);
    }
  };
  const remove = async (wish) => {
    try {
      onChanged(await api.removeWish(client.id, wish.style ? { style: wish.style } : { serial: wish.serial }));
    } catch (e) {
      say(error, e);
    }
  };
  return hqSection('client-wishes', 'Wish list', wishes.length ? h('span', { class: 'hq-count' }, `${wishes.length}`) : null, [
    wishes.length ? h('ul', { class: 'hq-rows', 'aria-label': 'Wish list' }, wishes.map((wish) => h('li', { class: 'hq-row wish-row' },
      h('div', { class: 'hq-row-what' },
        h('p', { class: 'hq-row-title' }, wish.style
          ? h('a', { href: `#/inventory?${new URLSearchParams({ q: wish.style })}` }, `Style ${wish.style}`)
          : h('a', { href: `#/inventory?${new URLSearchParams({ piece: wish.serial })}` }, `Piece ${wish.serial}`)),
        h('p', { class: 'hq-row-meta' }, `${wish.source === 'online' ? 'Online' : 'In store'}, ${dateTime(wish.at)}`)),
      can('clients-write') ? h('button', { type: 'button', class: 'icon-button', 'aria-label': `Remove ${wish.style ?? wish.serial}`,
        onclick: () => remove(wish) }, '×') : null)))
      : h('p', { class: 'muted' }, 'Nothing wished for yet.'),
    can('clients-write') ? inlineForm('Add a style', style, error, h('button', { type: 'submit', class: 'button' }, 'Add'), add) : null]);
}

export function notesPanel(client, onChanged) {
  const text = h('textarea', { class: 'text-field note-text', id: 'client-note', rows: '3', maxlength: '4000' });
  const error = errorRoom(text);
  const add = async (e) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    try {
      await api.addClientNote(client.id, text.value.trim());
      text.value = '';
      onChanged(await api.client(client.id));
    } catch (e2) {
      say(error, e2);
    }
  };
  const notes = [...client.notes].reverse();
  return hqSection('client-notes', 'Notes', null, [
    can('clients-write') ? h('form', { class: 'note-form', onsubmit: add },
      h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'client-note' }, 'Add a note'), text, error),
      h('button', { type: 'submit', class: 'button' }, 'Add note')) : null,
    notes.length ? h('ul', { class: 'note-list', 'aria-label': 'Notes' }, notes.map((note) => h('li', { class: 'note' },
      h('p', { class: 'note-body' }, note.text),
      h('p', { class: 'note-meta' }, `${author(note.author)}, ${dateTime(note.at)}`))))
      : h('p', { class: 'muted' }, 'No note yet.')]);
}

/** Whoever signed a note: the person signed in by their name, others by their user name. */
function author(user) {
  const me = signedIn();
  return me?.user === user ? me.name : user;
}

function say(error, e) {
  error.hidden = false;
  error.textContent = e.problem?.errors?.[0]?.message ?? e.message;
}
