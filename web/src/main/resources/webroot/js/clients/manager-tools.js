import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { count } from '../lib/format.js';
import { hqSection } from '../hq/section.js';
import { confirmSheet } from './confirm-sheet.js';
import { errorRoom } from './field-paths.js';
import { choice, inlineForm } from './form-parts.js';
import { TIERS, personName, tierName } from './vocabulary.js';

/**
 * What only a manager does to a client (clients-manage): set her tier by hand or give it back to the
 * store's thresholds; merge a duplicate entered by mistake into her; hand her everything the store holds
 * about her (a data access request, downloaded as JSON); erase her personal data at her request.
 *
 * @param onChanged called with her profile page after a tier or a merge
 * @param onErased  called with what to say once she is erased
 */
export function managerPanel(client, { onChanged, onErased }) {
  const tier = choice([['', `By the thresholds (${tierName(client.value.computedTier)})`], ...TIERS.map((t) => [t, tierName(t)])],
    client.tierOverride ?? '', { id: 'client-tier' });
  const tierError = errorRoom(tier);
  const duplicate = h('input', { class: 'text-field', id: 'client-duplicate', autocomplete: 'off', spellcheck: 'false', placeholder: 'C000123' });
  const duplicateError = errorRoom(duplicate);
  const said = h('p', { class: 'manager-said', role: 'status' });
  const fail = (error, e) => {
    error.hidden = false;
    error.textContent = e.problem?.errors?.[0]?.message ?? e.message;
  };
  return hqSection('client-manager', 'Manager', null, h('div', { class: 'manager-tools' },
    inlineForm('Tier', tier, tierError, h('button', { type: 'submit', class: 'button' }, 'Set tier'), async (e) => {
      e.preventDefault();
      try {
        onChanged(await api.setClientTier(client.id, tier.value || null));
      } catch (e2) {
        fail(tierError, e2);
      }
    }),
    inlineForm('Merge a duplicate into this client', duplicate, duplicateError, h('button', { type: 'submit', class: 'button' }, 'Merge…'),
      async (e) => {
        e.preventDefault();
        const id = duplicate.value.trim().toUpperCase();
        if (!id) return;
        duplicateError.hidden = true;
        try {
          askMerge(client, await api.client(id), (merged) => {
            duplicate.value = '';
            onChanged(merged);
          });
        } catch (e2) {
          fail(duplicateError, e2.status === 404 ? { message: `There is no client ${id}.` } : e2);
        }
      }),
    h('div', { class: 'manager-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => exportClient(client, said) }, 'Export the client’s data'),
      h('button', { type: 'button', class: 'button button-danger', onclick: () => askErase(client, onErased) }, 'Erase personal data…')),
    said));
}

/** Downloads everything the store holds about her as client-C000001.json; the appliance journals that it was handed out. */
async function exportClient(client, said) {
  try {
    const data = await api.exportClient(client.id);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const file = `client-${client.id}.json`;
    const link = h('a', { href: url, download: file, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    said.textContent = `Exported as ${file}. The journal records that the data was handed out.`;
  } catch (e) {
    said.textContent = e.message;
  }
}

function askMerge(client, duplicate, onChanged) {
  const name = personName(client) || client.id;
  const other = personName(duplicate) || duplicate.id;
  confirmSheet({
    kicker: `Client ${client.id}`, title: `Merge ${other} (${duplicate.id}) into ${name}?`, action: 'Merge',
    body: [h('p', { class: 'merge-who' }, [duplicate.id, ...duplicate.phones, ...duplicate.emails].join(' · ')),
      h('p', {}, `Everything of ${duplicate.id} joins this page: phones, emails, sizes, people, dates, notes and wishes; the duplicate's sales and `
        + `layaways count for ${name}. ${duplicate.id} stops being a client on its own.`)],
    run: () => api.mergeClient(client.id, duplicate.id),
    done: onChanged,
  });
}

function askErase(client, onErased) {
  const name = personName(client) || client.id;
  confirmSheet({
    kicker: `Client ${client.id}`, title: `Erase ${name}’s personal data?`, action: 'Erase', keep: 'Keep the data', danger: true,
    body: [
      h('p', {}, 'At the client’s request the store forgets who they are. This cannot be undone.'),
      h('h3', { class: 'quick-title' }, 'Removed'),
      h('ul', { class: 'erase-list' },
        h('li', {}, 'Name, phones, emails, language and addresses'),
        h('li', {}, 'Consents, sizes, tastes and budget'),
        h('li', {}, `The people the client buys for and their dates (${client.relations.length})`),
        h('li', {}, `Notes (${client.notes.length}), the wish list (${client.wishList.length}) and a tier set by hand`),
        h('li', {}, 'The notes of the client’s viewings, and the contact HQ sent with online interest')),
      h('h3', { class: 'quick-title' }, 'Kept, without the name'),
      h('ul', { class: 'erase-list' },
        h('li', {}, client.value.sales ? `The number ${client.id}, so that the ${count(client.value.sales)} ${client.value.sales === 1
          ? 'sale stays' : 'sales stay'} whole in the books, anonymous` : `The number ${client.id}`),
        h('li', {}, 'Returns, layaways and viewings (their times and pieces), under that number'),
        h('li', {}, 'The journal’s record that a client was erased, never who it was'))],
    run: () => api.eraseClient(client.id),
    done: () => onErased(`The personal data of client ${client.id} was erased. The sales stay, anonymous.`),
  });
}
