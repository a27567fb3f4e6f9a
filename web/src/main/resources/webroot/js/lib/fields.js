import { h } from './dom.js';

/**
 * The labelled fields of one form, each with room under it for what is wrong with it. The appliance's
 * refusals name fields ({@code {field, message}} in a 422 problem), and so do the checks a form makes
 * itself; {@link show} puts every message under the field it names.
 */
export class Fields {
  /** @param prefix the start of every field's id ({@code person} gives {@code person-user}, {@code person-user-error}) */
  constructor(prefix) {
    this.prefix = prefix;
    this.inputs = {};
    this.errors = {};
  }

  /** A field: its label, {@code input} (given its id and name here), a hint when there is one, and its error. */
  field(name, label, input, hint = null) {
    const id = `${this.prefix}-${name}`;
    Object.assign(input, { id, name });
    const hintText = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
    if (hintText) input.setAttribute('aria-describedby', hintText.id);
    return h('div', { class: 'field' },
      h('label', { for: id, class: 'field-label' }, label),
      input,
      hintText,
      this.watch(name, input));
  }

  /**
   * Makes room for the errors of {@code input}, labelled elsewhere (a PIN pad's field); answers the element
   * that shows them, for the caller to place.
   */
  watch(name, input) {
    const error = h('p', { class: 'field-error', id: `${input.id}-error`, hidden: true });
    const described = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', described ? `${error.id} ${described}` : error.id);
    this.inputs[name] = input;
    this.errors[name] = error;
    return error;
  }

  /**
   * Shows each of {@code errors} under the field it names ("/pin" and "pin" alike), first letter capitalised
   * (the appliance writes its messages to follow a field's name); hides what was shown before.
   *
   * @return the first field named, focused, or null when no error names a field of this form
   */
  show(errors) {
    for (const p of Object.values(this.errors)) p.hidden = true;
    let first = null;
    for (const error of errors) {
      const name = String(error.field).split('/').pop();
      const p = this.errors[name];
      if (!p) continue;
      p.hidden = false;
      p.textContent = error.message.charAt(0).toUpperCase() + error.message.slice(1);
      first ??= this.inputs[name];
    }
    first?.focus();
    return first;
  }
}

/**
 * A field for an amount of money: right-aligned like a ledger, the decimal keypad on a tablet. What is
 * typed is read by CurrencyUnits.typed.
 */
export function amountInput(attrs = {}) {
  return h('input', { class: 'text-field amount-field', inputmode: 'decimal', autocomplete: 'off', ...attrs });
}
