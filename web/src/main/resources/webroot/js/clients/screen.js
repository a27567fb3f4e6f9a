import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { CurrencyUnits } from '../lib/currency-units.js';
import { refusalPanel } from '../lib/refusal.js';
import { navigate } from '../lib/route.js';
import { store } from '../lib/store.js';
import { ClientForm, draftFrom } from './client-form.js';
import { DayView } from './day.js';
import { FindView } from './find.js';
import { ProfileView } from './profile.js';
import { ViewingsView } from './viewings.js';

const PATH = '/clients';

/** The client book's own screens, in the order the tabs offer them. */
const TABS = [['', 'Find a client'], ['day', 'My day'], ['viewings', 'Viewings']];

/**
 * The client book ("#/clients"): finding a client, her profile page ("#/clients/C000001"), entering or
 * editing her ("#/clients/new", "#/clients/C000001/edit"), the associate's day ("#/clients/day") and the
 * viewings booked ("#/clients/viewings"). Each is a view with {element, update(route), unmount()}; the
 * screen swaps them as the address changes and keeps the tabs above them. See app.js for the screen contract.
 */
export function mount(container, route) {
  const screen = new ClientsScreen(container);
  screen.update(route);
  return screen;
}

class ClientsScreen {
  constructor(container) {
    this.container = container;
    this.key = null;
    this.view = null;
    /** What a view that is going away has to say on the next one ("Her data was erased"). */
    this.said = null;
    this.tabs = h('nav', { class: 'client-tabs', 'aria-label': 'Client book' });
    this.body = h('div', { class: 'client-body' });
    this.element = h('div', { class: 'back-office clients-screen' }, this.tabs, this.body);
    replace(container, this.element);
    this.units = store().then((identity) => new CurrencyUnits(identity));
  }

  async update(route) {
    const [first = '', second = ''] = route.path.slice(PATH.length + 1).split('/');
    const key = `${first}/${second}`;
    this.renderTabs(TABS.some(([tab]) => tab === first) ? first : '');
    if (key === this.key) {
      this.view?.update(route);
      return;
    }
    this.key = key;
    this.view?.unmount();
    this.view = null;
    try {
      const view = await this.open(first, second, route);
      if (key !== this.key) {
        view.unmount();
        return;
      }
      this.view = view;
      replace(this.body, this.said, view.element);
      this.said = null;
      view.mounted?.();
    } catch (e) {
      if (key !== this.key) return;
      if (e.status === 403) replace(this.container, refusalPanel('Clients', e));
      else replace(this.body, h('p', { class: 'notice notice-error', role: 'alert' }, e.status === 404 ? `There is no client ${first}.` : e.message));
    }
  }

  /** The view for "#/clients/{first}/{second}", its data loaded. */
  async open(first, second, route) {
    if (first === '') return new FindView(route);
    if (first === 'day') return DayView.load();
    if (first === 'viewings') return ViewingsView.load();
    if (first === 'new') return this.form(null, await this.units, route);
    const client = await api.client(first);
    if (second === 'edit') return this.form(client, await this.units, route);
    const duplicates = this.created?.id === client.id ? this.created.possibleDuplicates : [];
    this.created = null;
    return ProfileView.load(client, { duplicates, onErased: (message) => this.leave(message) });
  }

  form(client, units, route) {
    const form = new ClientForm(client, units, (saved) => {
      this.created = client ? null : saved;
      navigate(`${PATH}/${saved.id}`, new URLSearchParams(), { push: !client });
    }, draftFrom(route.params.get('name')));
    document.title = `${client ? `Edit ${client.givenName ?? client.familyName}` : 'New client'} · Assay`;
    return { element: form.element, update() {}, unmount() {}, mounted: () => form.focus() };
  }

  /** Back to the search, saying why (a client erased, merged away). */
  leave(message) {
    this.said = h('p', { class: 'notice notice-done', role: 'status' }, message);
    navigate(PATH, new URLSearchParams(), { push: true });
  }

  renderTabs(current) {
    replace(this.tabs, TABS.map(([tab, title]) => h('a', { class: 'client-tab', href: `#${PATH}${tab ? `/${tab}` : ''}`,
      'aria-current': tab === current ? 'page' : null }, title)));
  }

  unmount() {
    this.view?.unmount();
    this.element.remove();
  }
}
