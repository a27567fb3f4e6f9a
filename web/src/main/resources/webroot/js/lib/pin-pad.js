import { h } from './dom.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'];

/**
 * A PIN field with a large keypad, for a finger on a counter tablet and a keyboard alike. The field is a
 * real password input, so the digits show as dots, typing and Backspace work, Enter submits the form it
 * sits in, and a screen reader announces it; {@code inputmode="none"} keeps a tablet's own keyboard from
 * covering the pad. Pressing a key of the pad leaves the focus in the field, so typing can go on.
 */
export class PinPad {
  /** @param id the field's id, for its label */
  constructor(id, label) {
    this.input = h('input', { id, name: 'pin', type: 'password', class: 'pin-field', inputmode: 'none', autocomplete: 'off',
      spellcheck: 'false', maxlength: '12', 'aria-describedby': `${id}-hint`,
      oninput: () => { this.input.value = this.input.value.replace(/\D/g, ''); } });
    const keys = KEYS.map((key) => h('button', {
      type: 'button', class: `pin-key pin-key-${/\d/.test(key) ? 'digit' : key}`, tabindex: '-1', dataset: { key },
      'aria-label': key === 'back' ? 'Delete last digit' : key === 'clear' ? 'Clear PIN' : null,
      // A press (mouse or touch, which also fires mousedown) would move the focus to the key; the field
      // keeps it so the keyboard still types.
      onmousedown: (e) => e.preventDefault(),
      onclick: () => this.press(key),
    }, key === 'back' ? '⌫' : key === 'clear' ? 'Clear' : key));
    this.element = h('div', { class: 'pin-pad' },
      h('label', { for: id, class: 'field-label' }, label),
      this.input,
      h('p', { id: `${id}-hint`, class: 'visually-hidden' }, 'Type the digits or use the keypad below.'),
      h('div', { class: 'pin-keys', role: 'group', 'aria-label': 'Keypad' }, keys));
  }

  get value() {
    return this.input.value;
  }

  clear() {
    this.input.value = '';
  }

  focus() {
    this.input.focus();
  }

  press(key) {
    const value = this.input.value;
    if (key === 'clear') this.input.value = '';
    else if (key === 'back') this.input.value = value.slice(0, -1);
    else if (value.length < 12) this.input.value = value + key;
    this.input.focus();
  }
}
