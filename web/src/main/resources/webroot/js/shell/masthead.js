import { h, replace } from '../lib/dom.js';
import { roleName } from '../lib/format.js';
import { can } from '../lib/session.js';

/**
 * The masthead's moving parts: the screens the signed-in role may use, and who is signed in, with
 * "Switch user" (the next person at a shared register) and "Sign out" behind their name.
 */
export class Masthead {
  /**
   * @param screens  [{path, title, permission}] in the order they are offered
   * @param actions  {switchUser(), signOut()}
   */
  constructor(screens, actions) {
    this.screens = screens;
    this.nav = document.querySelector('.primary-nav');
    this.tools = document.getElementById('masthead-tools');
    this.menu = h('div', { class: 'person-menu', id: 'person-menu', hidden: true });
    this.button = h('button', { type: 'button', class: 'person-button', 'aria-expanded': 'false', 'aria-controls': 'person-menu',
      onclick: () => this.toggle() });
    this.actions = actions;
    this.element = h('div', { class: 'person', onkeydown: (e) => {
      if (e.key === 'Escape' && !this.menu.hidden) {
        this.toggle(false);
        this.button.focus();
      }
    } }, this.button, this.menu);
    document.addEventListener('pointerdown', (e) => {
      if (!this.element.contains(e.target)) this.toggle(false);
    });
  }

  /** Shows {@code person} (or nobody) and the screens their role may use, marking {@code path}'s. */
  render(person, path) {
    replace(this.nav, person ? this.screens.filter((s) => !s.permission || can(s.permission)).map((s) => h('a', {
      href: `#${s.path}`, 'aria-current': s.path === path ? 'page' : null }, s.title)) : []);
    this.toggle(false);
    if (!person) {
      this.element.remove();
      return;
    }
    const role = roleName(person.role);
    this.button.setAttribute('aria-label', `Signed in: ${person.name}, ${role}`);
    replace(this.button,
      h('span', { class: 'person-initials', 'aria-hidden': 'true' }, initials(person.name)),
      h('span', { class: 'person-text', 'aria-hidden': 'true' },
        h('span', { class: 'person-name' }, person.name), h('span', { class: 'person-role' }, role)));
    replace(this.menu,
      h('p', { class: 'person-menu-who' }, h('strong', {}, person.name), h('span', {}, role), h('span', {}, `User name “${person.user}”`)),
      h('button', { type: 'button', class: 'person-menu-item', onclick: () => this.choose(this.actions.switchUser) }, 'Switch user'),
      h('button', { type: 'button', class: 'person-menu-item', onclick: () => this.choose(this.actions.signOut) }, 'Sign out'));
    this.tools.append(this.element);
  }

  toggle(open = this.menu.hidden) {
    this.menu.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
  }

  choose(action) {
    this.toggle(false);
    action();
  }
}

function initials(name) {
  return name.split(/\s+/).filter(Boolean).map((word) => word[0]).slice(0, 2).join('').toUpperCase();
}
