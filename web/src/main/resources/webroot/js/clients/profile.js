import { h, replace } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { count, money, plusDays, todayOnStoreClock } from '../lib/format.js';
import { can } from '../lib/session.js';
import { hqSection } from '../hq/section.js';
import { managerPanel } from './manager-tools.js';
import { notesPanel, wishPanel } from './profile-lists.js';
import {
  contactPanel, datesPanel, figures, layawaysPanel, peoplePanel, purchasesPanel, recommendationsPanel, sizesPanel, tastesPanel,
} from './profile-sections.js';
import { askViewing } from './viewing-sheet.js';
import { viewingList } from './viewings.js';
import { personName, tierBadge } from './vocabulary.js';

/** How far ahead her page lists her viewings. */
const VIEWINGS_AHEAD = 90;

/**
 * A client's profile page ("#/clients/C000001"), read in the five seconds before she reaches the counter:
 * her name, tier and figures first; then who she is (contact, her next dates, sizes, her people, her
 * tastes, what she bought, what she is paying off) beside what to do for her (pieces to show her and why,
 * the notes, her wish list, her viewings). A manager also sees the tier, merge, export and erase.
 */
export class ProfileView {
  /** Her page, with the pieces to show her and her viewings asked for at once. */
  static async load(client, options) {
    const view = new ProfileView(client, options);
    await view.loadAround();
    view.render();
    return view;
  }

  /**
   * @param options.duplicates clients she may already be, as the appliance said on entering her
   * @param options.onErased   called with what to say once she is erased
   */
  constructor(client, { duplicates = [], onErased }) {
    this.client = client;
    this.duplicates = duplicates;
    this.onErased = onErased;
    this.ideas = [];
    this.viewings = [];
    this.element = h('article', { class: 'client-profile', dataset: { client: client.id } });
  }

  update() {}

  unmount() {}

  async loadAround() {
    const today = todayOnStoreClock();
    const [ideas, viewings] = await Promise.all([api.recommendations(this.client.id),
      api.appointments(today, plusDays(today, VIEWINGS_AHEAD))]);
    this.ideas = ideas.items;
    this.viewings = viewings.items.filter((a) => a.client === this.client.id && a.state === 'booked');
  }

  /**
   * Takes her page as the appliance now has it (after a note, a wish, a tier, a merge; none after a viewing)
   * and asks again for the pieces to show her and her viewings, which only their panels show.
   */
  async changed(client) {
    if (client) {
      this.client = client;
      this.render();
    }
    try {
      await this.loadAround();
    } catch (e) {
      return; // The page stays as it was drawn; the next change asks again.
    }
    const [ideas, viewings] = [recommendationsPanel(this.ideas), this.viewingsSection()];
    this.ideasPanel.replaceWith(ideas);
    this.viewingsPanel.replaceWith(viewings);
    this.ideasPanel = ideas;
    this.viewingsPanel = viewings;
  }

  viewingsSection() {
    return hqSection('client-viewings', 'Viewings', h('a', { href: '#/clients/viewings' }, 'All viewings'), this.viewings.length
      ? viewingList(this.viewings, { withDay: true, withClient: false, onCancelled: () => this.changed() })
      : h('p', { class: 'muted' }, 'No viewing booked.'));
  }

  /** Draws her page again; what was being typed in its fields (a note half written) and the focus stay. */
  render() {
    const client = this.client;
    const name = personName(client) || client.id;
    document.title = `${name} · Assay`;
    const focused = this.element.contains(document.activeElement) ? document.activeElement.id : null;
    const typed = [...this.element.querySelectorAll('input[id], textarea[id]')].filter((field) => field.value)
      .map((field) => [field.id, field.value]);
    const onChanged = (changed) => this.changed(changed);
    this.ideasPanel = recommendationsPanel(this.ideas);
    this.viewingsPanel = this.viewingsSection();
    replace(this.element,
      h('header', { class: 'page-head profile-head' },
        h('div', { class: 'profile-ident' },
          h('p', { class: 'register-kicker' }, `Client ${client.id}`),
          h('h1', { class: 'page-title profile-name' }, name),
          h('p', { class: 'profile-badges' }, tierBadge(client.value.tier),
            client.value.rising ? h('span', { class: 'chip rising-chip' }, 'Rising') : null,
            client.value.lapsedVip ? h('span', { class: 'muted small' }, 'a VIP who has stayed away') : null,
            client.tierOverride ? h('span', { class: 'muted small' }, 'tier set by a manager') : null,
            client.loyalty?.points ? h('span', { class: 'loyalty-points' },
              `${count(client.loyalty.points)} points, worth ${money({ amount: client.loyalty.worth, currency: client.value.lifetimeValue.currency }, { exact: true })}`)
              : null)),
        can('clients-write') ? h('div', { class: 'page-actions' },
          h('a', { class: 'button', href: `#/clients/${encodeURIComponent(client.id)}/edit` }, 'Edit'),
          h('button', { type: 'button', class: 'button button-primary', onclick: () => askViewing(client, this.ideas, () => this.changed()) },
            'Book a viewing')) : null),
      this.duplicates.length ? h('p', { class: 'notice duplicate-notice', role: 'status' }, this.duplicates.map((d, i) => [i ? ' ' : '',
        'This may be ', h('a', { href: `#/clients/${encodeURIComponent(d.id)}` }, d.name), ` (${d.reason}).`])) : null,
      figures(client.value),
      h('div', { class: 'profile-grid' },
        h('div', { class: 'profile-column' },
          contactPanel(client), datesPanel(client), sizesPanel(client), peoplePanel(client, todayOnStoreClock()), tastesPanel(client),
          purchasesPanel(client), layawaysPanel(client)),
        h('div', { class: 'profile-column' },
          this.ideasPanel,
          notesPanel(client, onChanged),
          wishPanel(client, onChanged),
          this.viewingsPanel)),
      can('clients-manage') ? managerPanel(client, { onChanged, onErased: this.onErased }) : null);
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if (field && this.element.contains(field)) field.value = value;
    }
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  }
}
