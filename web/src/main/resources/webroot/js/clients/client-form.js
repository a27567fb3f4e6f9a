import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { Fields, amountInput } from '../lib/fields.js';
import { Consents } from './consents.js';
import { milestoneRows } from './date-rows.js';
import { FieldPaths } from './field-paths.js';
import { ChipInput, LengthInput, choice, textRows } from './form-parts.js';
import { peopleRows } from './people.js';
import { ringSizeRows } from './size-rows.js';

/** Her tastes, as the recommendations read them: the words offered are the inventory's own. */
const TASTES = [
  ['metals', 'Metals', ['platinum', 'gold', 'palladium', 'silver']],
  ['colours', 'Colours', ['white', 'yellow', 'rose']],
  ['stones', 'Stones', ['diamond', 'sapphire', 'ruby', 'emerald', 'pearl', 'tanzanite', 'aquamarine', 'spinel', 'opal', 'tourmaline']],
  ['designers', 'Designers', []],
  ['styles', 'Styles', ['solitaire', 'halo', 'three-stone', 'eternity', 'vintage', 'art deco', 'minimalist', 'statement', 'pavé']],
];
const LANGUAGES = ['en', 'fr', 'it', 'de', 'es', 'pt', 'nl', 'ru', 'ar', 'zh', 'ja', 'ko', 'hi'];
const languageNames = new Intl.DisplayNames(undefined, { type: 'language' });

/**
 * A client's profile as an associate enters or edits it: her name and language; how to reach her and
 * whether she agreed to it; her sizes; her tastes and budget; the people she buys for; the dates to
 * remember. The appliance checks it all at once and names each wrong field by its place in the document;
 * the message goes under the input it came from. Notes, the wish list and the tier are changed on the
 * profile page, not here.
 */
export class ClientForm {
  /**
   * @param client  her profile page when editing her, or null for a new client
   * @param units   the store's CurrencyUnits, for the budget
   * @param onSaved called with the appliance's answer (for a new client, with possibleDuplicates)
   * @param draft   what a new client starts with (the name, phone or email just searched for)
   */
  constructor(client, units, onSaved, draft = {}) {
    const start = client ?? draft;
    this.client = client;
    this.units = units;
    this.onSaved = onSaved;
    this.paths = new FieldPaths();
    this.fields = new Fields('client');
    const name = (key) => h('input', { class: 'text-field', autocomplete: 'off', autocapitalize: 'words', maxlength: '100', value: start[key] ?? '' });
    const language = start.language;
    const languages = language && !LANGUAGES.includes(language) ? [...LANGUAGES, language] : LANGUAGES;
    this.phones = textRows({ label: 'Phones', one: 'Phone', add: '+ Phone', type: 'tel', values: start.phones?.length ? start.phones : [''] });
    this.emails = textRows({ label: 'Emails', one: 'Email', add: '+ Email', type: 'email', values: start.emails?.length ? start.emails : [''] });
    this.consents = new Consents(start.consents);
    this.sizes = ringSizeRows(start.ringSizes ?? []);
    this.wrist = new LengthInput('client-wrist', 'Wrist', start.wrist);
    this.necklace = new LengthInput('client-necklace', 'Necklace', start.necklace);
    const preferences = start.preferences ?? {};
    this.tastes = TASTES.map(([key, text, words]) => [key, new ChipInput(`client-${key}`, text, preferences[key] ?? [], words)]);
    const amount = (money) => (money ? money.amount : '');
    this.budget = { min: amountInput({ value: amount(preferences.budget?.min) }), max: amountInput({ value: amount(preferences.budget?.max) }) };
    this.people = peopleRows(start.relations ?? []);
    this.dates = milestoneRows(start.milestones ?? []);
    this.general = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
    this.submit = h('button', { type: 'submit', class: 'button button-primary' }, client ? 'Save changes' : 'Save client');
    const cancel = client ? `#/clients/${encodeURIComponent(client.id)}` : '#/clients';
    this.element = h('form', { class: 'client-form', 'aria-labelledby': 'client-form-title', novalidate: true,
      onsubmit: (e) => { e.preventDefault(); this.save(); } },
    h('header', { class: 'page-head' },
      h('div', {},
        h('p', { class: 'register-kicker' }, client ? `Client ${client.id}` : 'The client book'),
        h('h1', { class: 'page-title', id: 'client-form-title' }, client ? `Edit ${client.givenName ?? client.familyName}` : 'New client'))),
    section('Name and language', h('div', { class: 'field-grid' },
      this.fields.field('givenName', 'Given name', name('givenName')),
      this.fields.field('familyName', 'Family name', name('familyName')),
      this.fields.field('language', 'Language', choice([['', '—'], ...languages.map((l) => [l, languageNames.of(l)])], language ?? '')))),
    section('Contact', h('div', { class: 'contact-lists' },
      h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'Phones'), this.phones.element),
      h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'Emails'), this.emails.element)),
    this.consents.element),
    section('Sizes', this.sizes.element, h('div', { class: 'field-grid' }, this.wrist.element, this.necklace.element)),
    section('Tastes', h('div', { class: 'taste-grid' }, this.tastes.map(([, chips]) => chips.element)),
      h('div', { class: 'field-grid budget-fields' },
        this.fields.field('budget-min', `Budget from (${units.currency})`, this.budget.min),
        this.fields.field('budget-max', `Budget up to (${units.currency})`, this.budget.max))),
    section('People they buy for', this.people.element),
    section('Dates to remember', this.dates.element),
    this.general,
    h('div', { class: 'form-actions client-form-actions' }, h('a', { class: 'button', href: cancel }, 'Cancel'), this.submit));
  }

  focus() {
    this.fields.inputs.givenName.focus();
  }

  /**
   * Her profile as the appliance takes it, each path noted against its input. A field emptied is null
   * when editing (a merge patch removes it) and left out of a new client.
   */
  document() {
    const { inputs, errors } = this.fields;
    const paths = this.paths;
    paths.clear();
    for (const key of ['givenName', 'familyName', 'language']) paths.put(key, inputs[key], errors[key]);
    const text = (key) => inputs[key].value.trim() || null;
    const doc = {
      givenName: text('givenName'),
      familyName: text('familyName'),
      phones: this.phones.collect('phones', paths),
      emails: this.emails.collect('emails', paths),
      language: text('language'),
      consents: this.consents.collect('consents', paths),
      ringSizes: this.sizes.collect('ringSizes', paths),
      wrist: this.wrist.collect('wrist', paths),
      necklace: this.necklace.collect('necklace', paths),
      preferences: this.preferences(),
      relations: this.people.collect('relations', paths),
      milestones: this.dates.collect('milestones', paths),
    };
    if (!this.client) {
      for (const key of Object.keys(doc)) if (doc[key] === null) delete doc[key];
      if (doc.preferences.budget === null) delete doc.preferences.budget;
    }
    return doc;
  }

  preferences() {
    const written = Object.fromEntries(this.tastes.map(([key, chips]) => [key, chips.collect(`preferences.${key}`, this.paths)]));
    const budget = {};
    for (const end of ['min', 'max']) {
      const input = this.budget[end];
      const error = this.fields.errors[`budget-${end}`];
      for (const path of [`preferences.budget.${end}`, `preferences.budget.${end}.amount`]) this.paths.put(path, input, error);
      if (!input.value.trim()) continue;
      const minor = this.units.typed(input.value);
      // Not an amount: sent as typed, for the appliance to say so under the field.
      budget[end] = minor === null ? { amount: input.value.trim(), currency: this.units.currency } : this.units.money(minor);
    }
    this.paths.put('preferences.budget', this.budget.max, this.fields.errors['budget-max']);
    written.budget = Object.keys(budget).length ? budget : null;
    return written;
  }

  async save() {
    const doc = this.document();
    this.general.hidden = true;
    this.submit.disabled = true;
    try {
      this.onSaved(this.client ? await api.updateClient(this.client.id, doc) : await api.createClient(doc));
    } catch (e) {
      const unplaced = this.paths.show(e.problem?.errors ?? []);
      const placed = (e.problem?.errors ?? []).length > 0 && !unplaced.length;
      this.general.textContent = placed ? 'Not saved: see what is marked.' : [e.message, ...unplaced].join(' — ');
      this.general.hidden = false;
      if (!placed) this.general.scrollIntoView({ block: 'center' });
    } finally {
      this.submit.disabled = false;
    }
  }
}

/**
 * A new client's first fields from what the associate searched for before deciding she is new: an email, a
 * phone number, or her name (the last word taken as the family name).
 */
export function draftFrom(typed) {
  const text = (typed ?? '').trim();
  if (!text) return {};
  if (text.includes('@')) return { emails: [text] };
  if (!/\p{L}/u.test(text)) return { phones: [text] };
  const words = text.split(/\s+/);
  return words.length > 1 ? { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) } : { givenName: text };
}

function section(title, ...body) {
  return h('section', { class: 'panel client-form-section' }, h('h2', { class: 'panel-title' }, title), ...body);
}
