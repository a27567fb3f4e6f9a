/**
 * The inventory screen's state as it sits in the URL: search text, filters, sort, page and the open
 * piece. The filter parameters are the API's own (see /api/v1/openapi.json), so the same query string
 * asks /items, /items/count and /items/facets.
 */

/** Multi-valued filters; the API takes alternatives comma-separated. */
export const LIST_FILTERS = ['location', 'status', 'category', 'metal', 'fineness', 'metalColour', 'stoneType', 'designer', 'collection'];
/** Decimal ranges: price in the store currency, weight in grams. */
export const RANGE_FILTERS = ['priceMin', 'priceMax', 'weightMin', 'weightMax'];
export const PAGE_SIZES = [25, 50, 100];
const DEFAULT_SIZE = 50;
export const DEFAULT_SORT = 'serial';

export function fromParams(params) {
  const lists = {};
  for (const name of LIST_FILTERS) {
    lists[name] = (params.get(name) || '').split(',').map((v) => v.trim()).filter(Boolean);
  }
  const ranges = {};
  for (const name of RANGE_FILTERS) {
    const value = (params.get(name) || '').trim();
    if (value) ranges[name] = value;
  }
  const size = Number(params.get('size'));
  return {
    q: (params.get('q') || '').trim(),
    lists,
    ranges,
    sort: params.get('sort') || DEFAULT_SORT,
    page: Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0),
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
    piece: params.get('piece') || null,
  };
}

/** The filters (and search text) as API parameters, optionally without one list filter. */
export function filterParams(state, { without = null } = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of LIST_FILTERS) {
    if (name !== without && state.lists[name].length) params.set(name, state.lists[name].join(','));
  }
  for (const [name, value] of Object.entries(state.ranges)) params.set(name, value);
  return params;
}

/** The whole state as the URL hash's parameters; defaults are left out to keep links short. */
export function toParams(state) {
  const params = filterParams(state);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.page > 0) params.set('page', String(state.page));
  if (state.size !== DEFAULT_SIZE) params.set('size', String(state.size));
  if (state.piece) params.set('piece', state.piece);
  return params;
}

export function activeFilterCount(state) {
  return LIST_FILTERS.reduce((n, name) => n + state.lists[name].length, 0) + Object.keys(state.ranges).length;
}

/** A copy of {@code state} with {@code change} applied; any change of filter goes back to the first page. */
export function withChange(state, change) {
  const next = { ...state, lists: { ...state.lists }, ranges: { ...state.ranges }, ...change };
  if (change.lists) next.lists = { ...state.lists, ...change.lists };
  if (change.ranges) next.ranges = change.ranges;
  if (!('page' in change)) next.page = 0;
  return next;
}

export function toggled(state, name, value) {
  const current = state.lists[name];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withChange(state, { lists: { [name]: values } });
}
