import { h, replace } from '../lib/dom.js';
import { label } from '../lib/format.js';
import { errorRoom } from './field-paths.js';

/**
 * The pieces the client form is built of: a labelled cell of a row, a choice, a list of rows that grows and
 * shrinks (phones, ring sizes, people, dates), words entered as chips (her metals, stones...), and a length
 * with its unit. Each part writes its share of the client document and says which input each path came
 * from (see FieldPaths), leaving out what was left empty.
 */

/** A select of {@code options}, each a value (shown as its label) or a [value, text] pair. */
export function choice(options, value, attrs = {}) {
  return h('select', attrs, options.map((option) => {
    const [v, text] = Array.isArray(option) ? option : [option, label(option)];
    return h('option', { value: v, selected: v === value }, text);
  }));
}

/** A control of a row with its small label above it; the control carries the label for a screen reader. */
export function cell(text, control, error, cls = '') {
  control.setAttribute('aria-label', text);
  return h('div', { class: `field ${cls}`.trim() }, h('span', { class: 'field-label', 'aria-hidden': 'true' }, text), control, error);
}

/**
 * What is wrong with a row's fields, under the whole row: a cell is too narrow for a sentence. Each
 * message still describes its own control (see errorRoom).
 */
export function rowErrors(errors) {
  return h('div', { class: 'row-errors' }, Object.values(errors));
}

/** A form of one field: its label, the field with its button beside it, and what is wrong under both. */
export function inlineForm(text, control, error, button, onsubmit) {
  return h('form', { class: 'inline-add', onsubmit },
    h('label', { class: 'field-label', for: control.id }, text),
    h('div', { class: 'inline-row' }, control, button),
    error);
}

/** The × that takes a row away. */
export function removeButton(what, onRemove) {
  return h('button', { type: 'button', class: 'icon-button row-remove', 'aria-label': `Remove ${what}`, onclick: onRemove }, '×');
}

/**
 * Rows of one kind with a button that adds one. {@code make(value, remove)} answers a row:
 * {element, focus(), collect(path, paths)}, whose collect answers null for a row left empty, before it
 * names any path.
 */
export class Rows {
  constructor({ label: listLabel, add, make, values = [], cls = '' }) {
    this.make = make;
    this.rows = [];
    this.list = h('ul', { class: `client-rows ${cls}`.trim(), 'aria-label': listLabel });
    this.addButton = h('button', { type: 'button', class: 'button button-quiet add-row', onclick: () => this.add(null, true) }, add);
    this.element = h('div', { class: 'client-row-list' }, this.list, this.addButton);
    for (const value of values) this.add(value);
  }

  add(value, focus = false) {
    const row = this.make(value, () => this.remove(row));
    this.rows.push(row);
    this.list.append(row.element);
    if (focus) row.focus();
    return row;
  }

  remove(row) {
    this.rows = this.rows.filter((r) => r !== row);
    row.element.remove();
    this.addButton.focus();
  }

  /** The rows' items, the empty ones left out; the n-th item's fields are {@code base[n]...}. */
  collect(base, paths) {
    const items = [];
    for (const row of this.rows) {
      const item = row.collect(`${base}[${items.length}]`, paths);
      if (item !== null) items.push(item);
    }
    return items;
  }
}

/** Texts one per row: her phones, her emails. */
export function textRows({ label: listLabel, one, add, type, values, attrs = {} }) {
  return new Rows({ label: listLabel, add, values, cls: 'text-rows', make: (value, remove) => {
    const input = h('input', { type, class: 'text-field', autocomplete: 'off', spellcheck: 'false', value: value ?? '', 'aria-label': one, ...attrs });
    const error = errorRoom(input);
    return {
      element: h('li', { class: 'client-row text-row' }, h('div', { class: 'text-row-input' }, input, error), removeButton(one.toLowerCase(), remove)),
      focus: () => input.focus(),
      collect(path, paths) {
        if (!input.value.trim()) return null;
        paths.put(path, input, error);
        return input.value.trim();
      },
    };
  } });
}

let lists = 0;

/**
 * Words entered one by one and shown as chips (her metals, her stones...): Enter or a comma adds the word
 * typed, × takes one off, Backspace in the empty field the last. Suggestions come from {@code suggestions}.
 */
export class ChipInput {
  constructor(id, text, words = [], suggestions = []) {
    this.words = [...words];
    const list = suggestions.length ? h('datalist', { id: `chip-words-${++lists}` }, suggestions.map((s) => h('option', { value: s }))) : null;
    this.input = h('input', { id, class: 'chip-entry', autocomplete: 'off', enterkeyhint: 'done', list: list?.id,
      placeholder: 'Type, then Enter',
      onkeydown: (e) => {
        if (e.key === 'Enter' || e.key === ',') {
          e.preventDefault();
          this.commit();
        } else if (e.key === 'Backspace' && !this.input.value && this.words.length) {
          this.words.pop();
          this.render();
        }
      },
      onchange: () => this.commit() });
    this.error = errorRoom(this.input);
    this.chips = h('ul', { class: 'chips', 'aria-label': `${text} chosen` });
    this.element = h('div', { class: 'field chip-field' },
      h('label', { class: 'field-label', for: id }, text),
      h('div', { class: 'chip-box' }, this.chips, this.input),
      list, this.error);
    this.render();
  }

  /** Takes what is typed as one word or more (separated by commas). */
  commit() {
    for (const word of this.input.value.split(',').map((w) => w.trim()).filter(Boolean)) {
      if (!this.words.some((w) => w.toLowerCase() === word.toLowerCase())) this.words.push(word);
    }
    this.input.value = '';
    this.render();
  }

  render() {
    replace(this.chips, this.words.map((word, i) => h('li', { class: 'chip-word' }, word,
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${word}`, onclick: () => {
        this.words.splice(i, 1);
        this.render();
        this.input.focus();
      } }, '×'))));
  }

  collect(path, paths) {
    this.commit();
    paths.put(path, this.input, this.error);
    this.words.forEach((_, i) => paths.put(`${path}[${i}]`, this.input, this.error));
    return [...this.words];
  }
}

/** A wrist or necklace length: the figure measured and its unit; null when left empty. */
export class LengthInput {
  constructor(id, text, length) {
    this.value = h('input', { id, class: 'text-field', inputmode: 'decimal', autocomplete: 'off', value: length?.value ?? '' });
    this.unit = choice(['cm', 'mm', 'in'].map((u) => [u, u]), length?.unit ?? 'cm', { 'aria-label': `${text}, unit` });
    this.error = errorRoom(this.value);
    this.element = h('div', { class: 'field length-field' },
      h('label', { class: 'field-label', for: id }, text),
      h('div', { class: 'length-inputs' }, this.value, this.unit),
      this.error);
  }

  collect(path, paths) {
    const value = this.value.value.trim().replace(',', '.');
    if (!value) return null;
    paths.put(path, this.value, this.error);
    paths.put(`${path}.value`, this.value, this.error);
    paths.put(`${path}.unit`, this.unit, this.error);
    return { value, unit: this.unit.value };
  }
}

/**
 * {@code kept}, an object of the profile page the form does not edit (a person's wrist, her tastes), as the
 * appliance takes it back: without empty fields, nor an empty budget.
 */
export function writable(kept) {
  const out = {};
  for (const [key, value] of Object.entries(kept ?? {})) {
    if (value === null || value === undefined) continue;
    out[key] = key === 'preferences' ? writablePreferences(value) : value;
  }
  return out;
}

function writablePreferences({ budget, ...words }) {
  return budget && (budget.min || budget.max) ? { ...words, budget: writable(budget) } : words;
}
