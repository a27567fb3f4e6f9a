import { h, debounce } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { errorRoom } from './field-paths.js';
import { Rows, cell, choice, removeButton, rowErrors } from './form-parts.js';
import { FINGERS, HANDS, RING_SYSTEMS } from './vocabulary.js';

/**
 * Ring sizes, one row a finger: the hand, the finger, the sizing system and the size as measured. While the
 * size is typed the row shows the same ring in the other systems, as the appliance converts it, so a UK
 * client's "L" is read as a US 6 before it is saved; a size the system does not have says what it expects.
 */
export function ringSizeRows(values, listLabel = 'Ring sizes') {
  return new Rows({ label: listLabel, add: '+ Ring size', values, cls: 'size-rows', make: (size, remove) => sizeRow(size, remove) });
}

function sizeRow(size, remove) {
  const hand = choice(HANDS, size?.hand ?? 'left');
  const finger = choice(FINGERS, size?.finger ?? 'ring');
  const system = choice(RING_SYSTEMS.map((s) => [s, s]), size?.system ?? 'US');
  const value = h('input', { class: 'text-field size-value', autocomplete: 'off', spellcheck: 'false', value: size?.value ?? '' });
  const errors = { hand: errorRoom(hand), finger: errorRoom(finger), system: errorRoom(system), value: errorRoom(value) };
  const converted = h('output', { class: 'size-conversion', 'aria-live': 'polite' });
  let asking = null;
  const convert = debounce(async () => {
    asking?.abort();
    const typed = value.value.trim();
    converted.classList.remove('is-unknown');
    if (!typed) {
      converted.textContent = '';
      return;
    }
    asking = new AbortController();
    try {
      const sizes = await api.ringSize(typed, system.value, { signal: asking.signal });
      converted.textContent = RING_SYSTEMS.filter((s) => s !== system.value).map((s) => `${s} ${sizes[s]}`).join(' · ');
    } catch (e) {
      if (e.name === 'AbortError') return;
      converted.classList.add('is-unknown');
      converted.textContent = e.status === 400 ? `Not a ${system.value} size` : '';
    }
  }, 250);
  value.addEventListener('input', convert);
  system.addEventListener('change', convert);
  if (size?.value) convert();
  return {
    element: h('li', { class: 'client-row size-row' },
      cell('Hand', hand, null, 'size-hand'),
      cell('Finger', finger, null, 'size-finger'),
      cell('System', system, null, 'size-system'),
      cell('Size', value, null, 'size-figure'),
      converted,
      removeButton('this ring size', remove),
      rowErrors(errors)),
    focus: () => value.focus(),
    collect(path, paths) {
      if (!value.value.trim()) return null;
      paths.put(path, value, errors.value);
      paths.put(`${path}.hand`, hand, errors.hand);
      paths.put(`${path}.finger`, finger, errors.finger);
      paths.put(`${path}.system`, system, errors.system);
      paths.put(`${path}.value`, value, errors.value);
      return { hand: hand.value, finger: finger.value, value: value.value.trim(), system: system.value };
    },
  };
}
