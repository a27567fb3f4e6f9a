/**
 * The appliance's REST API, as the screens use it. Errors arrive as RFC 9457 problem documents; they are
 * raised as {@link ApiError} carrying the detail a jeweler can read.
 */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The appliance answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET a JSON document; {@code params} is a URLSearchParams or a plain object. */
export async function getJson(path, params, { signal } = {}) {
  const query = params ? new URLSearchParams(params).toString() : '';
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { detail: 'The appliance is not answering. Check the store network.' });
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Where an attachment (a certificate scan or a photo) is served. */
export function attachmentUrl(id) {
  return `/api/v1/attachments/${encodeURIComponent(id)}`;
}

export const api = {
  store: (opts) => getJson('/api/v1/store', null, opts),
  items: (params, opts) => getJson('/api/v1/items', params, opts),
  count: (params, opts) => getJson('/api/v1/items/count', params, opts),
  facets: (params, opts) => getJson('/api/v1/items/facets', params, opts),
  item: (serial, opts) => getJson(`/api/v1/items/${encodeURIComponent(serial)}`, null, opts),
  byEpc: (epc, opts) => getJson(`/api/v1/items/by-epc/${encodeURIComponent(epc)}`, null, opts),
  history: (serial, opts) => getJson(`/api/v1/items/${encodeURIComponent(serial)}/history`, null, opts),
  locations: (opts) => getJson('/api/v1/locations', null, opts),
  journal: (after, limit, opts) => getJson('/api/v1/journal', { after, limit }, opts),
};
