import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields, amountInput } from '../lib/fields.js';
import { dateTime } from '../lib/format.js';

/**
 * Which register this tablet is: asked once, then remembered by the browser (see screen.js). Each is
 * shown open or closed, so the one at this counter is easy to tell.
 *
 * @param onChoose called with the register chosen
 */
export function registerChoice(registers, onChoose) {
  return h('section', { class: 'panel register-panel register-choice', 'aria-labelledby': 'choice-title' },
    h('p', { class: 'register-kicker' }, 'This tablet'),
    h('h2', { id: 'choice-title', class: 'panel-title' }, 'Which register is this?'),
    h('p', { class: 'register-lede' }, 'Chosen once: this browser remembers it. Each register has its own drawer, float and close.'),
    h('div', { class: 'choice-grid' }, registers.map((register) => h('button', { type: 'button', class: 'choice-button',
      dataset: { register: register.id }, onclick: () => onChoose(register) },
    h('span', { class: 'choice-name' }, register.name),
    h('span', { class: `chip ${register.open ? 'state-open' : 'state-closed'}` }, register.open ? 'Open' : 'Closed')))));
}

/**
 * A closed register is opened with its float: the cash counted into the drawer, which the close will
 * expect back on top of the day's cash takings.
 */
export class OpenRegisterForm {
  /**
   * @param register as GET /api/v1/registers lists it
   * @param units    the store's CurrencyUnits
   * @param person   shows a user name as a name where it can
   * @param onOpened called with the register's state once open
   * @param mayOpen  false for a role without register-operate: the form says whom to ask instead
   */
  constructor(register, units, { person, onOpened, mayOpen }) {
    this.register = register;
    this.units = units;
    this.onOpened = onOpened;
    this.fields = new Fields('open');
    this.float = amountInput();
    this.error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    this.submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Open register');
    const last = register.lastClosedAt ? `Last closed ${dateTime(register.lastClosedAt)} by ${person(register.lastClosedBy)}.` : 'Not opened yet.';
    this.element = h('form', { class: 'panel register-panel open-form', 'aria-labelledby': 'open-title',
      onsubmit: (e) => { e.preventDefault(); this.send(); } },
    h('p', { class: 'register-kicker' }, 'Start of shift'),
    h('h2', { id: 'open-title', class: 'panel-title' }, `Open ${register.name}`),
    h('p', { class: 'register-lede' }, `${last} Count the cash going into the drawer: that is the float.`),
    mayOpen ? [
      h('div', { class: 'field-grid' }, this.fields.field('float', `Float (${units.currency})`, this.float, 'Notes and coins counted in, such as 200.00')),
      this.error,
      h('div', { class: 'form-actions' }, this.submit),
    ] : h('p', { class: 'notice' }, 'Your role cannot open a register — ask a manager.'));
  }

  focus() {
    this.float.focus();
  }

  async send() {
    const minor = this.units.typed(this.float.value);
    this.error.hidden = true;
    if (this.fields.show(minor === null ? [{ field: 'float', message: `type the cash counted in, such as 200.00 (${this.units.currency})` }] : [])) return;
    this.submit.disabled = true;
    try {
      this.onOpened(await api.openRegister(this.register.id, this.units.money(minor)));
    } catch (e) {
      if (!this.fields.show(e.problem?.errors ?? [])) {
        this.error.hidden = false;
        this.error.textContent = e.message;
      }
      // Opened meanwhile at another tablet: the screen shows it open.
      if (e.status === 409) this.onOpened(null);
    } finally {
      this.submit.disabled = false;
    }
  }
}
