import { api } from '../lib/api.js';
import { filterParams } from './filters.js';

/**
 * Counts for the filters /items/facets does not count (fineness and stone type): one /items/count per
 * value of the domain's vocabulary, asked only while that group is open. The vocabularies mirror the
 * server's rules (Fineness.java, StoneGrades.TYPES); a facet for these on the server would replace this.
 */
const VOCABULARY = {
  fineness: ['24k', '22k', '21k', '20k', '18k', '14k', '10k', '9k', '8k', '999', '958', '950', '925', '900', '850', '800', '500'],
  stoneType: ['diamond', 'lab-grown diamond', 'sapphire', 'ruby', 'emerald', 'pearl', 'tanzanite', 'tourmaline', 'aquamarine',
    'amethyst', 'topaz', 'garnet', 'opal', 'spinel', 'morganite', 'peridot', 'tsavorite', 'alexandrite', 'onyx', 'citrine',
    'jade', 'moissanite', 'other'],
};

export const PROBED = Object.keys(VOCABULARY);

/** {value: count} for {@code name} under the other filters of {@code state}. */
export async function probeCounts(name, state, signal) {
  const base = filterParams(state, { without: name });
  const values = [...new Set([...VOCABULARY[name], ...state.lists[name]])];
  const answers = await Promise.all(values.map((value) => {
    const params = new URLSearchParams(base);
    params.set(name, value);
    return api.count(params, { signal }).then((body) => [value, body.count]);
  }));
  return Object.fromEntries(answers);
}
