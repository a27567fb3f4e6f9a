import { h } from './dom.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'];

/**
 * A PIN field with a large keypad, for a finger on a counter tablet and a keyboard alike. The field is a
 * real password input, so the digits show as dots, typing and Backspace work, Enter submits the form it
 * sits in, and a screen reader announces it; {@code inputmode="none"} keeps a tablet's own keyboard from
 * covering the pad. Pressing a key of the pad leaves the focus in the field, so typing can go on.
 *
 * A new PIN is typed twice: with {@code repeat}, a second field sits under the first, and the keypad types
 * into whichever of the two was focused last.
 */
export class PinPad {
  /**
   * @param id             the field's id, for its label; the second field's is {@code <id>-repeat}
   * @param options.repeat the second field's label, or null for one field
   */
  constructor(id, label, { repeat = null } = {}) {
    const hint = `${id}-hint`;
    this.input = this.field(id, 'pin', hint);
    this.repeat = repeat ? this.field(`${id}-repeat`, 'pin-repeat', hint) : null;
    this.target = this.input;
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
      repeat ? [h('label', { for: this.repeat.id, class: 'field-label' }, repeat), this.repeat] : null,
      h('p', { id: hint, class: 'visually-hidden' }, 'Type the digits or use the keypad below.'),
      h('div', { class: 'pin-keys', role: 'group', 'aria-label': 'Keypad' }, keys));
  }

  field(id, name, hint) {
    const input = h('input', { id, name, type: 'password', class: 'pin-field', inputmode: 'none', autocomplete: 'off',
      spellcheck: 'false', maxlength: '12', 'aria-describedby': hint,
      oninput: () => { input.value = input.value.replace(/\D/g, ''); },
      onfocus: () => { this.target = input; } });
    return input;
  }

  get value() {
    return this.input.value;
  }

  /** What the second field holds ("" without one). */
  get repeated() {
    return this.repeat?.value ?? '';
  }

  clear() {
    this.input.value = '';
    if (this.repeat) this.repeat.value = '';
  }

  focus() {
    this.input.focus();
  }

  press(key) {
    const field = this.target;
    const value = field.value;
    if (key === 'clear') field.value = '';
    else if (key === 'back') field.value = value.slice(0, -1);
    else if (value.length < 12) field.value = value + key;
    field.focus();
  }
}
