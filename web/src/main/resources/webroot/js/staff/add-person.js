import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields } from '../lib/fields.js';
import { roleName } from '../lib/format.js';

export const ROLES = ['owner', 'manager', 'associate', 'bench', 'auditor'];

const FIELDS = [
  { name: 'user', label: 'User name', hint: '2 to 32 of a–z, 0–9, “.”, “-”, “_”', attrs: { autocapitalize: 'none', spellcheck: 'false' } },
  { name: 'name', label: 'Full name', attrs: { autocomplete: 'off' } },
  { name: 'pin', label: 'PIN', hint: '6 digits or more', attrs: { type: 'password', inputmode: 'numeric', autocomplete: 'new-password' } },
  { name: 'password', label: 'Password (optional)', hint: '10 characters or more, for the back office',
    attrs: { type: 'password', autocomplete: 'new-password' } },
];

/**
 * The owner's form for a new person: user name, name, role and a PIN (or a password). The appliance
 * checks every field; what it refuses is shown under the field it names.
 */
export class AddPersonForm {
  /** @param onAdded called with the person the appliance added */
  constructor(onAdded) {
    this.onAdded = onAdded;
    this.fields = new Fields('person');
    this.inputs = this.fields.inputs;
    const fields = FIELDS.map((f) => this.fields.field(f.name, f.label, h('input', { class: 'text-field', ...f.attrs }), f.hint));
    const role = h('select', {}, ROLES.map((r) => h('option', { value: r, selected: r === 'associate' }, roleName(r))));
    fields.splice(2, 0, this.fields.field('role', 'Role', role));
    this.general = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    this.submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Add person');
    this.element = h('form', { class: 'panel add-person', id: 'add-person', hidden: true, 'aria-labelledby': 'add-person-title',
      onsubmit: (e) => { e.preventDefault(); this.send(); } },
    h('h2', { id: 'add-person-title', class: 'panel-title' }, 'Add a person'),
    h('div', { class: 'field-grid' }, fields),
    this.general,
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => this.toggle(false) }, 'Cancel'),
      this.submit));
  }

  get isOpen() {
    return !this.element.hidden;
  }

  toggle(open = !this.isOpen) {
    this.element.hidden = !open;
    if (open) this.inputs.user.focus();
    this.element.dispatchEvent(new Event('toggle'));
  }

  async send() {
    const value = (name) => this.inputs[name].value.trim();
    const person = { user: value('user'), name: value('name'), role: value('role') };
    // A secret left empty is not sent: an empty password is "none", not a password too short.
    if (this.inputs.pin.value) person.pin = this.inputs.pin.value;
    if (this.inputs.password.value) person.password = this.inputs.password.value;
    this.showErrors([]);
    this.submit.disabled = true;
    try {
      const added = await api.addStaff(person);
      this.element.reset();
      this.toggle(false);
      this.onAdded(added);
    } catch (e) {
      const errors = e.problem?.errors ?? [];
      // A taken user name is a conflict of the whole request; it belongs beside the user name all the same.
      this.showErrors(errors.length ? errors : e.status === 409 ? [{ field: 'user', message: e.message }] : [], e.message);
    } finally {
      this.submit.disabled = false;
    }
  }

  /** Shows each error under its field; one naming no field of the form, above the buttons. */
  showErrors(errors, summary) {
    this.general.hidden = true;
    if (this.fields.show(errors) || !summary) return;
    this.general.hidden = false;
    this.general.textContent = summary;
  }
}
