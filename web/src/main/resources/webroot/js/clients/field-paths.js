import { h } from '../lib/dom.js';

let rooms = 0;

/**
 * Room under {@code input} for what is wrong with it: answers the element to place after the input, which
 * the input names as its description so that a screen reader reads the message with it.
 */
export function errorRoom(input) {
  const error = h('p', { class: 'field-error', id: `client-error-${++rooms}`, hidden: true });
  const described = input.getAttribute('aria-describedby');
  input.setAttribute('aria-describedby', described ? `${error.id} ${described}` : error.id);
  return error;
}

/**
 * Where each field of the document a form sends came from. The appliance names a wrong field by its path
 * in that document ("relations[0].milestones[1].date"), and a form leaves out its empty rows, so the form
 * says, as it writes the document, which input each path was read from; {@link show} then puts every
 * message under its input.
 */
export class FieldPaths {
  constructor() {
    this.places = new Map();
    this.shown = new Set();
  }

  /** Forgets the paths of the last document written, and hides the messages shown for it. */
  clear() {
    this.places.clear();
    this.hide();
  }

  hide() {
    for (const error of this.shown) {
      error.hidden = true;
      error.textContent = '';
    }
    this.shown.clear();
  }

  /** {@code path} of the document was read from {@code input}; its messages go in {@code error} (see errorRoom). */
  put(path, input, error) {
    this.places.set(path, { input, error });
  }

  /**
   * Shows each of {@code errors} ({field, message}) under the input its path came from, and focuses the
   * first. A message about a list or an object whose own items are named too ("relations": "Items did not
   * match schema") says nothing more and is dropped.
   *
   * @return the messages that name no input of the form, for the form to show above its buttons
   */
  show(errors) {
    this.hide();
    const unplaced = [];
    let first = null;
    for (const { field = '', message } of errors) {
      const place = this.places.get(field);
      if (!place) {
        const inner = errors.some((other) => other.field !== field && other.field?.startsWith(field) && /^[.[]/.test(other.field.slice(field.length)));
        if (!inner) unplaced.push(field ? `${field} ${message}` : message);
        continue;
      }
      const said = place.error.textContent;
      const text = message.charAt(0).toUpperCase() + message.slice(1);
      place.error.textContent = said ? `${said}; ${message}` : text;
      place.error.hidden = false;
      this.shown.add(place.error);
      first ??= place.input;
    }
    if (first) {
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: 'center' });
    }
    return unplaced;
  }
}
