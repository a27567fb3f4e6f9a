import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { count, dateTime, roleName } from '../lib/format.js';
import { refusalPanel } from '../lib/refusal.js';
import { can } from '../lib/session.js';
import { AddPersonForm, ROLES } from './add-person.js';

/**
 * The staff: who may sign in at this boutique, as what, and who is locked out after too many wrong PINs.
 * The owner adds people, changes roles and unlocks; a manager or an auditor reads the same list.
 */
export function mount(container) {
  return new StaffScreen(container);
}

/** The date a person was added matters least: it is the column a narrow screen leaves out. */
const COLUMNS = [['Person'], ['Role'], ['Signs in with'], ['State'], ['Added', 'col-added']];

class StaffScreen {
  constructor(container) {
    this.container = container;
    this.manages = can('staff-manage');
    this.count = h('p', { class: 'page-subtitle' });
    this.notice = h('p', { class: 'notice', hidden: true });
    this.rows = h('tbody');
    this.form = this.manages ? new AddPersonForm((person) => this.added(person)) : null;
    const add = this.form && h('button', { type: 'button', class: 'button button-primary', 'aria-controls': 'add-person',
      'aria-expanded': 'false', onclick: () => this.form.toggle() }, 'Add a person');
    this.form?.element.addEventListener('toggle', () => add.setAttribute('aria-expanded', String(this.form.isOpen)));
    this.element = h('div', { class: 'back-office staff-screen' },
      h('header', { class: 'page-head' },
        h('div', {}, h('h1', { class: 'page-title' }, 'Staff'), this.count),
        add),
      this.form?.element,
      this.notice,
      h('div', { class: 'panel table-frame' },
        h('table', { class: 'record-table staff-table' },
          h('thead', {}, h('tr', {}, COLUMNS.map(([text, cls]) => h('th', { scope: 'col', class: cls }, text)))),
          this.rows)));
    replace(container, this.element);
    document.title = 'Staff · Assay';
    this.load();
  }

  update() {}

  unmount() {
    this.element.remove();
  }

  async load() {
    try {
      this.render((await api.staff()).staff);
    } catch (e) {
      if (e.status === 403) replace(this.container, refusalPanel('Staff', e));
      else this.say(e.message, true);
    }
  }

  render(staff) {
    this.count.textContent = `${count(staff.length)} ${staff.length === 1 ? 'person' : 'people'}`
      + (this.manages ? '' : ' · read only: the owner makes changes');
    replace(this.rows, staff.map((member) => h('tr', { dataset: { user: member.user } },
      h('td', {}, h('span', { class: 'person-cell-name' }, member.name), h('code', { class: 'person-cell-user' }, member.user)),
      h('td', {}, this.role(member)),
      h('td', {}, [member.pin && 'PIN', member.password && 'Password'].filter(Boolean).join(' · ') || '—'),
      h('td', {}, this.state(member)),
      h('td', { class: 'muted col-added' }, dateTime(member.createdAt)))));
  }

  role(member) {
    if (!this.manages) return roleName(member.role);
    const select = h('select', { 'aria-label': `Role of ${member.name}`, onchange: () => this.changeRole(member, select) },
      ROLES.map((r) => h('option', { value: r, selected: r === member.role }, roleName(r))));
    return select;
  }

  state(member) {
    const locked = member.lockedUntil && new Date(member.lockedUntil) > new Date();
    if (!locked) return h('span', { class: 'chip state-active' }, 'Active');
    return h('span', { class: 'locked' },
      h('span', { class: 'chip state-locked' }, `Locked until ${dateTime(member.lockedUntil)}`),
      this.manages ? h('button', { type: 'button', class: 'button button-quiet', onclick: () => this.unlock(member) }, 'Unlock') : null);
  }

  async changeRole(member, select) {
    try {
      const changed = await api.changeRole(member.user, select.value);
      this.say(`${changed.name} is now ${roleName(changed.role)}.`);
    } catch (e) {
      // Refused (the last owner): the list goes back to what the appliance holds.
      this.say(e.message, true);
    }
    await this.load();
  }

  async unlock(member) {
    try {
      const unlocked = await api.unlock(member.user);
      this.say(`${unlocked.name} can sign in again.`);
    } catch (e) {
      this.say(e.message, true);
    }
    await this.load();
  }

  added(person) {
    this.say(`${person.name} was added as ${roleName(person.role)}.`);
    this.load();
  }

  say(message, error = false) {
    this.notice.hidden = false;
    this.notice.className = `notice ${error ? 'notice-error' : 'notice-done'}`;
    this.notice.setAttribute('role', error ? 'alert' : 'status');
    this.notice.textContent = message;
  }
}
