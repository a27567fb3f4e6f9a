import { approvalDialog } from './approval.js';
import { dateTime } from './format.js';

/**
 * The appliance's REST API, as the screens use it. Errors arrive as RFC 9457 problem documents; they are
 * raised as {@link ApiError} carrying the detail a jeweler can read.
 *
 * Every call goes through {@link request}, which is where the register's access rules live, so a screen
 * written later gets them without a line of its own: a change carries the session's CSRF token; an
 * answer "nobody is signed in" waits for the sign-in screen and asks again; an answer "a manager must
 * approve this" asks for a manager's PIN on the spot and sends the same request with it.
 */
export class ApiError extends Error {
  constructor(status, problem) {
    super(readable(status, problem));
    this.status = status;
    this.problem = problem;
  }

  /** The last word of the problem's type ("no-session", "forbidden", "approval-required"…), or "". */
  get kind() {
    return problemKind(this.problem);
  }
}

/** What a permission lets someone do, as the refusal of a role without it says. */
const ABILITIES = {
  'inventory-read': 'see the inventory',
  'inventory-write': 'change pieces',
  'inventory-import': 'import stock',
  'inventory-export': 'export stock',
  'cost-read': 'see costs',
  approve: 'approve',
  'staff-read': 'see the staff',
  'staff-manage': 'manage the staff',
  'audit-read': 'read the audit trail',
  'audit-verify': 'verify the journal',
  'journal-read': 'read the journal',
  'changes-read': 'follow changes',
  'monitoring-read': 'read the monitoring',
  sell: 'sell',
  'register-operate': 'open or close a register',
  'sales-read': 'see the registers and sales',
  'register-report': 'read a register’s X report',
  'clients-read': 'see the client book',
  'clients-write': 'change the client book',
  'clients-manage': 'set tiers, merge, export or erase clients',
};

function problemKind(problem) {
  return String(problem?.type ?? '').split('/').pop();
}

/**
 * A refusal for want of a permission is said calmly and says whom to ask; the appliance names the
 * permission missing ({@code permission}), which is all a jeweler needs translated.
 */
function readable(status, problem) {
  if (status === 403 && problemKind(problem) === 'forbidden' && problem.permission) {
    return `Your role cannot ${ABILITIES[problem.permission] ?? 'do this'} — ask a manager.`;
  }
  return problem?.detail || problem?.title || `The appliance answered ${status}`;
}

let csrfToken = null;
let whenSignedInAgain = () => Promise.reject(new ApiError(401, { detail: 'Sign in first.' }));

/** Remembers the session's CSRF token (from the sign-in answer or GET /session); null when signed out. */
export function useCsrfToken(token) {
  csrfToken = token;
}

/**
 * Installs what happens when the session is gone (timed out, or signed out elsewhere): {@code signIn}
 * shows the sign-in screen and resolves once someone has signed in, after which the call is repeated.
 */
export function onSessionLost(signIn) {
  whenSignedInAgain = signIn;
}

/**
 * Sends one request and answers its JSON body (null when empty).
 *
 * @param options.params   query (URLSearchParams or a plain object)
 * @param options.json     a body sent as JSON, with {@code contentType} when it is not application/json
 * @param options.signIn   false for the session's own calls, which must see a 401 rather than wait for one
 */
export async function request(method, path, options = {}) {
  try {
    return await send(method, path, options);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 401 && options.signIn !== false) {
      await whenSignedInAgain();
      return request(method, path, options);
    }
    if (e.status === 403 && e.kind === 'approval-required') return sendApproved(method, path, options, e);
    throw e;
  }
}

/**
 * Asks a manager for their PIN until the appliance accepts it or the person gives up. A wrong PIN or a
 * locked manager is shown in the dialog, which stays open for another try.
 */
async function sendApproved(method, path, options, required) {
  const dialog = approvalDialog(required.message);
  try {
    for (;;) {
      const manager = await dialog.next();
      if (!manager) throw new ApiError(403, { ...required.problem, detail: 'Not done: no manager approved it.' });
      try {
        return await send(method, path, { ...options,
          headers: { ...options.headers, [required.problem.approverHeader]: manager.user, [required.problem.pinHeader]: manager.pin } });
      } catch (e) {
        if (!(e instanceof ApiError) || !(e.kind === 'approval-refused' || e.status === 423)) throw e;
        dialog.refused(e.problem?.lockedUntil
          ? `That manager is locked until ${dateTime(e.problem.lockedUntil)} after too many wrong PINs. Ask another manager.`
          : e.message);
      }
    }
  } finally {
    dialog.close();
  }
}

async function send(method, path, { params, json, contentType = 'application/json', headers = {}, signal } = {}) {
  const query = params ? new URLSearchParams(params).toString() : '';
  const init = { method, headers: { Accept: 'application/json', ...headers }, signal };
  if (json !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = JSON.stringify(json);
  }
  if (method !== 'GET' && csrfToken) init.headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { detail: 'The appliance is not answering. Check the store network.' });
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** GET a JSON document; {@code params} is a URLSearchParams or a plain object. */
export function getJson(path, params, { signal } = {}) {
  return request('GET', path, { params, signal });
}

/** Where an attachment (a certificate scan or a photo) is served. */
export function attachmentUrl(id) {
  return `/api/v1/attachments/${encodeURIComponent(id)}`;
}

const piecePath = (serial) => `/api/v1/items/${encodeURIComponent(serial)}`;
const staffPath = (user) => `/api/v1/staff/${encodeURIComponent(user)}`;
const registerPath = (id) => `/api/v1/registers/${encodeURIComponent(id)}`;
const salePath = (id) => `/api/v1/sales/${encodeURIComponent(id)}`;
const layawayPath = (id) => `/api/v1/layaways/${encodeURIComponent(id)}`;
const clientPath = (id) => `/api/v1/clients/${encodeURIComponent(id)}`;

export const api = {
  store: (opts) => getJson('/api/v1/store', null, opts),
  /** Makes the store's first owner ({code, user, name, pin, password}); open, so no session and no CSRF token. */
  enrolOwner: (enrolment) => request('POST', '/api/v1/enrolment', { json: enrolment, signIn: false }),
  items: (params, opts) => getJson('/api/v1/items', params, opts),
  count: (params, opts) => getJson('/api/v1/items/count', params, opts),
  facets: (params, opts) => getJson('/api/v1/items/facets', params, opts),
  item: (serial, opts) => getJson(piecePath(serial), null, opts),
  /** A JSON merge patch (RFC 7396): only the fields given change. */
  updateItem: (serial, changes) => request('PATCH', piecePath(serial), { json: changes, contentType: 'application/merge-patch+json' }),
  byEpc: (epc, opts) => getJson(`/api/v1/items/by-epc/${encodeURIComponent(epc)}`, null, opts),
  history: (serial, opts) => getJson(`${piecePath(serial)}/history`, null, opts),
  locations: (opts) => getJson('/api/v1/locations', null, opts),
  changes: (after, limit, opts) => getJson('/api/v1/changes', { after, limit }, opts),
  staff: (opts) => getJson('/api/v1/staff', null, opts),
  addStaff: (person) => request('POST', '/api/v1/staff', { json: person }),
  changeRole: (user, role) => request('PUT', `${staffPath(user)}/role`, { json: { role } }),
  unlock: (user) => request('POST', `${staffPath(user)}/unlock`),
  audit: (params, opts) => getJson('/api/v1/audit', params, opts),
  verifyJournal: (opts) => getJson('/api/v1/journal/verify', null, opts),
  registers: (opts) => getJson('/api/v1/registers', null, opts),
  /** Opens a register with {@code float}, the cash counted into its drawer. */
  openRegister: (id, float) => request('POST', `${registerPath(id)}/open`, { json: { float } }),
  /** The blind close: {@code counted} is {cash, card?}; answers the Z report. */
  closeRegister: (id, counted) => request('POST', `${registerPath(id)}/close`, { json: { counted } }),
  xReport: (id, opts) => getJson(`${registerPath(id)}/x-report`, null, opts),
  stockItems: (opts) => getJson('/api/v1/stock-items', null, opts),
  devices: (opts) => getJson('/api/v1/devices', null, opts),
  hqStatus: (opts) => getJson('/api/v1/hq/status', null, opts),
  /** Pieces held for online clients (click and collect), the soonest to end first. */
  reservations: (opts) => getJson('/api/v1/hq/reservations', null, opts),
  /** HQ's price changes waiting for their time, the soonest first. */
  priceChanges: (opts) => getJson('/api/v1/hq/price-changes', null, opts),
  /** Pieces between the tenant's stores, the latest first; {@code state} expected, sent or received. */
  transfers: (state, opts) => getJson('/api/v1/transfers', state ? { state } : null, opts),
  /** Takes a piece that arrived into stock by its scanned serial or EPC ({scan, location?}); answers {piece, transfer}. */
  receiveTransfer: (body) => request('POST', '/api/v1/transfers/receipts', { json: body }),
  /** The spot prices and exchange rates in force, each with its source. */
  market: (opts) => getJson('/api/v1/market', null, opts),
  weigh: (serial, scale) => request('POST', `${piecePath(serial)}/weighings`, { json: { scale } }),
  printReceipt: (saleId, register) => request('POST', `${salePath(saleId)}/receipt/print`, { json: register ? { register } : {} }),
  /**
   * Rings up {@code sale}. {@code key} is the attempt's Idempotency-Key: the same key sent again (after the
   * answer was lost) answers the sale already made instead of charging twice.
   */
  sell: (sale, key) => request('POST', '/api/v1/sales', { json: sale, headers: { 'Idempotency-Key': key } }),
  sale: (id, opts) => getJson(salePath(id), null, opts),
  /** What {@code sale} (tenders may be left out) comes to: lines, discount, tax, total, cashTotal, approvalNeeded. Writes nothing. */
  quote: (sale, opts) => request('POST', '/api/v1/sales/quote', { json: sale, signal: opts?.signal }),
  /** The sale a receipt names by its number ("S000123"), or null. */
  saleByNumber: async (number, opts) => (await getJson('/api/v1/sales', { number }, opts)).sales[0] ?? null,
  /** Voids sale {@code id} of the register's open shift ({@code reason}; a manager approves); answers the sale, voided. */
  voidSale: (id, reason) => request('POST', `${salePath(id)}/void`, { json: { reason } }),
  /** The layaways behind their schedule (managers, owner, auditor). */
  overdueLayaways: (opts) => getJson('/api/v1/layaways/overdue', null, opts),
  /** Takes lines of sale {@code id} back ({register, reason, lines}); answers the return with its refunds. */
  returnSale: (id, body) => request('POST', `${salePath(id)}/returns`, { json: body }),
  /** Takes pieces back without a receipt (a manager approves); the refund is store credit. */
  returnWithoutReceipt: (body) => request('POST', '/api/v1/returns', { json: body }),
  /** A gift card's or store credit's balance. */
  credit: (code, opts) => getJson(`/api/v1/credit/${encodeURIComponent(code)}`, null, opts),
  layaways: (params, opts) => getJson('/api/v1/layaways', params, opts),
  layaway: (id, opts) => getJson(layawayPath(id), null, opts),
  /** Lays a piece away: {register, client, serial, tenders (the deposit), schedule?}. */
  layAway: (body) => request('POST', '/api/v1/layaways', { json: body }),
  /** A payment toward a layaway ({register, tenders}); the one that clears it answers status completed and the sale. */
  payLayaway: (id, body) => request('POST', `${layawayPath(id)}/payments`, { json: body }),
  /** Cancels a layaway: the piece back in stock, the fee kept, the rest as store credit. */
  cancelLayaway: (id) => request('POST', `${layawayPath(id)}/cancel`),
  /** Clients by what an associate typed (a name, a phone, an email), best first; an empty {@code q}: the latest changed. */
  clients: (q, opts) => getJson('/api/v1/clients', q ? { q } : null, opts),
  /** A client's profile page: her profile, value, purchases, open layaways, sizes in every system and next dates. */
  client: (id, opts) => getJson(clientPath(id), null, opts),
  /** Enters a client; answers her profile page and {@code possibleDuplicates} [{id, name, reason}]. */
  createClient: (client) => request('POST', '/api/v1/clients', { json: client }),
  /** A JSON merge patch (RFC 7396) of her profile: the fields given replace hers, arrays whole. */
  updateClient: (id, changes) => request('PATCH', clientPath(id), { json: changes, contentType: 'application/merge-patch+json' }),
  addClientNote: (id, text) => request('POST', `${clientPath(id)}/notes`, { json: { text } }),
  /** {@code wish} is {style} or {serial}; both answer her profile page. */
  addWish: (id, wish) => request('POST', `${clientPath(id)}/wishes`, { json: wish }),
  removeWish: (id, wish) => request('DELETE', `${clientPath(id)}/wishes`, { params: wish }),
  /** A manager's tier ("new", "loyal", "vip", "lapsed"), or null to follow the store's thresholds. */
  setClientTier: (id, tier) => request('PUT', `${clientPath(id)}/tier`, { json: { tier } }),
  /** Merges client {@code duplicate} into {@code id}, which keeps everything of both. */
  mergeClient: (id, duplicate) => request('POST', `${clientPath(id)}/merge`, { json: { duplicate } }),
  /** Everything the store holds about her, for a data access request (journaled as handed out). */
  exportClient: (id) => getJson(`${clientPath(id)}/export`),
  /** Erases her personal data at her request; her sales stay, anonymous. */
  eraseClient: (id) => request('POST', `${clientPath(id)}/erase`),
  recommendations: (id, opts) => getJson(`${clientPath(id)}/recommendations`, null, opts),
  /** The associate's day: dates in the next 14 days, lapsed VIPs, wishes back in stock, open layaways. */
  clienteling: (opts) => getJson('/api/v1/clienteling', null, opts),
  /** Viewings from {@code from} to {@code to} (the store's days, "2026-12-01"), in time order. */
  appointments: (from, to, opts) => getJson('/api/v1/appointments', { from, to }, opts),
  /** Books a viewing ({client, associate?, start, end, note?, pieces}); the pieces are held for it. */
  bookAppointment: (body) => request('POST', '/api/v1/appointments', { json: body }),
  cancelAppointment: (id) => request('POST', `/api/v1/appointments/${encodeURIComponent(id)}/cancel`),
  /** The same ring in every system: {US, UK, EU, JP, circumferenceMm}; 400 when {@code value} is not a size of {@code system}. */
  ringSize: (value, system, opts) => getJson('/api/v1/ring-sizes', { value, system }, opts),
};
