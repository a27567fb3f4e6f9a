import { h } from '../lib/dom.js';
import { Fields } from '../lib/fields.js';
import { milestoneRows } from './date-rows.js';
import { Rows, choice, writable } from './form-parts.js';
import { ringSizeRows } from './size-rows.js';
import { RELATION_KINDS } from './vocabulary.js';

let people = 0;

/**
 * The people she buys for (most pieces are bought for someone else), a card each: who they are to her,
 * their name, their own ring sizes and their own dates. What the form does not edit of a person (their
 * tastes, a wrist written elsewhere) is kept as it was.
 */
export function peopleRows(values) {
  return new Rows({ label: 'People they buy for', add: '+ Person', values, cls: 'people-rows', make: (person, remove) => personCard(person, remove) });
}

function personCard(person, remove) {
  const fields = new Fields(`person-${++people}`);
  const kind = choice(RELATION_KINDS, person?.kind ?? 'partner');
  const given = h('input', { class: 'text-field', autocomplete: 'off', autocapitalize: 'words', value: person?.givenName ?? '' });
  const family = h('input', { class: 'text-field', autocomplete: 'off', autocapitalize: 'words', value: person?.familyName ?? '' });
  const sizes = ringSizeRows(person?.ringSizes ?? [], 'Their ring sizes');
  const dates = milestoneRows(person?.milestones ?? [], 'Their dates');
  const element = h('li', { class: 'person-card' },
    h('div', { class: 'person-card-head' },
      h('h3', { class: 'person-card-title' }, 'A person they buy for'),
      h('button', { type: 'button', class: 'button button-quiet', onclick: remove }, 'Remove this person')),
    h('div', { class: 'field-grid person-fields' },
      fields.field('kind', 'Who they are to the client', kind),
      fields.field('givenName', 'Given name', given),
      fields.field('familyName', 'Family name', family)),
    h('h4', { class: 'client-subtitle' }, 'Their ring sizes'), sizes.element,
    h('h4', { class: 'client-subtitle' }, 'Their dates'), dates.element);
  return {
    element,
    focus: () => given.focus(),
    collect(path, paths) {
      if (!given.value.trim() && !family.value.trim() && !sizes.rows.length && !dates.rows.length) return null;
      for (const name of ['kind', 'givenName', 'familyName']) paths.put(`${path}.${name}`, fields.inputs[name], fields.errors[name]);
      paths.put(path, given, fields.errors.givenName);
      const written = { ...writable(person), kind: kind.value, givenName: given.value.trim() };
      if (family.value.trim()) written.familyName = family.value.trim();
      else delete written.familyName;
      written.ringSizes = sizes.collect(`${path}.ringSizes`, paths);
      written.milestones = dates.collect(`${path}.milestones`, paths);
      return written;
    },
  };
}
