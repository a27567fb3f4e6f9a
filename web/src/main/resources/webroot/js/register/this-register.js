import { h } from '../lib/dom.js';

/** Which register this tablet is, kept by the browser across sign-ins and restarts (the register screen sets it). */
export const THIS_REGISTER = 'assay.register';

/**
 * A choice of the open register money goes in and out of, for a screen away from the counter (returns,
 * layaways): this tablet's own register when it is open, else the first open one.
 *
 * @param registers the registers as GET /api/v1/registers lists them
 * @return {element, value}: the labelled select, and the id chosen (null when no register is open)
 */
export function openRegisterPicker(registers, id) {
  const open = registers.filter((r) => r.open);
  const select = h('select', { id, name: 'register' }, open.map((r) => h('option', { value: r.id }, r.name)));
  const mine = localStorage.getItem(THIS_REGISTER);
  if (open.some((r) => r.id === mine)) select.value = mine;
  const element = open.length
    ? h('div', { class: 'field register-picker' }, h('label', { for: id, class: 'field-label' }, 'Register'), select)
    : h('p', { class: 'notice register-picker' }, 'No register is open: open one at the counter first.');
  return { element, get value() { return open.length ? select.value : null; } };
}
