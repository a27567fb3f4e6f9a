import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { CurrencyUnits } from '../lib/currency-units.js';
import { Fields } from '../lib/fields.js';
import { date, label, money, token } from '../lib/format.js';
import { refusalPanel } from '../lib/refusal.js';
import { navigate } from '../lib/route.js';
import { can } from '../lib/session.js';
import { store } from '../lib/store.js';
import { openRegisterPicker } from '../register/this-register.js';
import { openSheet, sheetHead } from '../register/sheet.js';
import { refundName } from '../returns/return-slip.js';
import { overdueSection } from './overdue.js';
import { Payments } from './payments.js';

const PATH = '/layaways';

/**
 * Layaways ("#/layaways?client=<id>", "#/layaways?layaway=<id>"): a client's layaways with what is paid
 * and what is left; a payment toward one (the last completes it into a sale, whose receipt the register
 * shows); a cancel, which keeps the store's fee and gives the rest as store credit. A piece is laid away
 * from the register's sale (see layaway-sheet.js). Those who may read the register's reports also see the
 * layaways behind their schedule (see overdue.js). See app.js for the screen contract.
 */
export function mount(container, route) {
  const screen = new LayawaysScreen(container);
  screen.update(route);
  return screen;
}

class LayawaysScreen {
  constructor(container) {
    this.body = h('div', { class: 'layaways-body' });
    this.element = h('div', { class: 'register-screen layaways-screen' },
      h('header', { class: 'register-bar' }, h('h1', { class: 'register-name' }, 'Layaways')),
      this.body);
    replace(container, this.element);
    document.title = 'Layaways · Assay';
    this.ready = Promise.all([store(), api.registers()]).then(([identity, registers]) => {
      this.units = new CurrencyUnits(identity);
      this.picker = openRegisterPicker(registers.registers, 'layaway-register');
    });
  }

  async update(route) {
    this.route = route;
    try {
      await this.ready;
      const id = route.params.get('layaway');
      const client = route.params.get('client') ?? '';
      if (id) this.showOne(await api.layaway(id));
      else this.showClient(client, client ? (await api.layaways({ client })).layaways : null);
    } catch (e) {
      if (e.status === 403) replace(this.element, refusalPanel('Layaways', e));
      else replace(this.body, h('p', { class: 'notice notice-error', role: 'alert' }, e.message));
    }
  }

  unmount() {
    this.element.remove();
  }

  /** The search by client, and their layaways once asked. */
  showClient(client, layaways) {
    const fields = new Fields('layaways');
    const input = h('input', { class: 'text-field', autocomplete: 'off', spellcheck: 'false', maxlength: '64', value: client });
    const form = h('form', { class: 'layaway-find', onsubmit: (e) => {
      e.preventDefault();
      if (!input.value.trim()) return fields.show([{ field: 'client', message: 'type the client book id' }]);
      navigate(PATH, new URLSearchParams({ client: input.value.trim() }));
    } },
    fields.field('client', 'Client', input),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Show layaways'));
    replace(this.body, this.picker.element, form, layaways === null
      ? h('p', { class: 'register-lede' }, 'A piece is laid away from the register: a sale of that one piece, then Lay away.')
      : layaways.length ? h('ul', { class: 'layaway-list', 'aria-label': `Layaways of ${client}` }, layaways.map((l) => h('li', {}, this.card(l))))
        : h('p', { class: 'muted' }, `No layaways for ${client}.`),
    can('register-report') ? overdueSection(this.units) : null);
    if (!client) input.focus();
  }

  /** One layaway after it was made or opened by its id. */
  showOne(layaway) {
    replace(this.body, this.picker.element, this.card(layaway),
      h('a', { class: 'button', href: `#${PATH}?client=${encodeURIComponent(layaway.client)}` }, `All layaways of ${layaway.client}`));
    document.title = `Layaway ${layaway.number} · Assay`;
  }

  card(layaway) {
    const exact = (value) => money(value, { exact: true });
    const open = layaway.status === 'open';
    const next = open ? layaway.schedule?.[0] : null;
    return h('article', { class: 'layaway-card', dataset: { layaway: layaway.id } },
      h('div', {},
        h('p', { class: 'register-kicker' }, `Layaway ${layaway.number} · client ${layaway.client}`),
        h('h2', { class: 'layaway-title' }, layaway.line?.description ?? layaway.serial),
        h('p', { class: 'layaway-meta' }, `Serial ${layaway.serial}`, next ? ` · next ${exact(next.amount)} due ${date(next.due)}` : '')),
      h('span', { class: `chip layaway-status status-${token(layaway.status)}` }, label(layaway.status)),
      h('dl', { class: 'layaway-figures' },
        figure('Price', exact(layaway.price)),
        figure('Paid', exact(layaway.paid)),
        open ? figure('Balance', exact(layaway.balance), 'layaway-balance') : null,
        layaway.fee ? figure('Fee kept', exact(layaway.fee), 'layaway-fee') : null,
        layaway.refund ? figure(refundName(layaway.refund), exact(layaway.refund.amount), 'layaway-refund') : null),
      h('div', { class: 'layaway-actions' },
        layaway.sale ? h('a', { class: 'button', href: `#/register?sale=${encodeURIComponent(layaway.sale)}` }, 'Receipt') : null,
        open ? h('button', { type: 'button', class: 'button', onclick: () => this.askCancel(layaway) }, 'Cancel layaway') : null,
        open ? h('button', { type: 'button', class: 'button button-primary', onclick: () => this.askPayment(layaway) }, 'Take a payment') : null));
  }

  askPayment(layaway) {
    const payments = new Payments(this.units, () => this.units.of(layaway.balance), 'Balance');
    const error = h('div', { class: 'notice notice-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Take payment');
    const form = h('form', { class: 'sheet-form', onsubmit: async (e) => {
      e.preventDefault();
      error.hidden = true;
      const tenders = payments.tenders();
      if (!tenders) return payments.rows.length ? null : this.say(error, 'Add a payment: + Cash or + Card.');
      submit.disabled = true;
      try {
        const paid = await api.payLayaway(layaway.id, { register: this.picker.value, tenders });
        dialog.close();
        // The payment that clears the balance made the sale: its receipt is the register's.
        if (paid.status === 'completed' && paid.sale) navigate('/register', new URLSearchParams({ sale: paid.sale }), { push: true });
        else this.showOne(paid);
      } catch (e2) {
        const general = (e2.problem?.errors ?? []).filter((x) => !payments.refused(x.field, x.message)).map((x) => x.message);
        this.say(error, general.length ? `${e2.message}: ${general.join('; ')}` : e2.message);
      } finally {
        submit.disabled = false;
      }
    } },
    sheetHead(`Layaway ${layaway.number}`, 'layaway-payment-title', 'Take a payment', () => dialog),
    payments.element,
    error,
    h('div', { class: 'sheet-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Cancel'),
      submit));
    const dialog = openSheet({ className: 'tender-sheet', labelledBy: 'layaway-payment-title', content: form });
    form.querySelector('.tender-add-card').focus();
  }

  askCancel(layaway) {
    const error = h('div', { class: 'notice notice-error', role: 'alert', hidden: true });
    const confirm = h('button', { type: 'button', class: 'button button-primary', onclick: async () => {
      confirm.disabled = true;
      try {
        const cancelled = await api.cancelLayaway(layaway.id);
        dialog.close();
        this.showOne(cancelled);
      } catch (e) {
        this.say(error, e.message);
        confirm.disabled = false;
      }
    } }, 'Cancel layaway');
    const dialog = openSheet({ className: 'cancel-sheet', labelledBy: 'layaway-cancel-title', content: h('div', { class: 'sheet-form' },
      sheetHead(`Layaway ${layaway.number}`, 'layaway-cancel-title', 'Cancel this layaway?', () => dialog),
      h('p', {}, `${layaway.line?.description ?? layaway.serial} goes back in stock. The store keeps its fee out of the `
        + `${money(layaway.paid, { exact: true })} paid; the rest becomes store credit for ${layaway.client}.`),
      error,
      h('div', { class: 'sheet-actions' },
        h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, 'Keep it'),
        confirm)) });
    confirm.focus();
  }

  say(element, message) {
    element.hidden = false;
    element.textContent = /[.!?]$/.test(message) ? message : `${message}.`;
  }
}

function figure(term, value, cls = '') {
  return h('div', { class: cls }, h('dt', {}, term), h('dd', {}, value));
}
