/** How amounts, weights, dates and the API's lower-case vocabulary are shown to staff. */

const moneyFormats = new Map();

/**
 * Formats {"amount": "12500.00", "currency": "USD"}. The decimal string is handed to Intl as a string, so
 * the amount is never rounded through a binary double; whole amounts drop their ".00" as a price tag does,
 * unless {@code exact}: a receipt, a tender or a count shows every minor digit ("$45.00").
 */
export function money(value, { exact = false } = {}) {
  if (!value) return '—';
  const key = `${value.currency} ${exact}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency: value.currency, trailingZeroDisplay: exact ? 'auto' : 'stripIfInteger' });
    moneyFormats.set(key, format);
  }
  return format.format(value.amount);
}

/** Formats {"value": "4.12", "unit": "g"} exactly as entered. */
export function weight(value) {
  if (!value) return '—';
  return `${value.value} ${value.unit}`;
}

/** Words of the API's vocabulary that are names, capitalised wherever they stand ("old european" cut, "Asscher"). */
const PROPER_WORDS = new Map([['european', 'European'], ['asscher', 'Asscher']]);

/** "in stock" → "In stock": labels keep the API's words, only capitalised. */
export function label(text) {
  if (!text) return '';
  const named = text.replace(/[a-z]+/g, (word) => PROPER_WORDS.get(word) ?? word);
  return named.charAt(0).toUpperCase() + named.slice(1);
}

/** A role as staff say it: the API's "bench" is the bench jeweler. */
export function roleName(role) {
  return role === 'bench' ? 'Bench jeweler' : label(role);
}

/** "io.assay.piece.status-changed" → "Piece status changed": a journal event's type as staff read it. */
export function eventName(type) {
  return label(type.split('.').slice(-2).join(' ').replace(/-/g, ' '));
}

/** A CSS-safe token for a vocabulary word ("on memo in" → "on-memo-in"). */
export function token(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** "18k white gold", "Platinum 950", or the metal alone. */
export function metal(piece) {
  if (!piece.metal) return '—';
  if (piece.metal === 'gold') {
    return [piece.fineness, piece.metalColour, 'gold'].filter(Boolean).join(' ');
  }
  const colour = piece.metalColour && piece.metalColour !== 'white' ? ` (${piece.metalColour})` : '';
  return `${label(piece.metal)}${piece.fineness ? ` ${piece.fineness}` : ''}${colour}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
let dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
let timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
let wallClock = wallClockFormat(undefined);

/**
 * Shows times on the boutique's clock (an IANA zone such as "Europe/Paris"): a register tablet set to
 * another zone must not make a sale look as if it happened after closing. An unknown zone keeps the
 * device's own.
 */
export function useTimeZone(timeZone) {
  try {
    dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone });
    wallClock = wallClockFormat(timeZone);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
}

/** A calendar date from "2024-03-18", without a time zone shift. */
export function date(isoDate) {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.split('-').map(Number);
  return dateFormat.format(new Date(y, m - 1, d));
}

/** "Wednesday, December 2" from "2026-12-02": a day of the calendar as someone says it. */
export function day(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dayFormat.format(new Date(y, m - 1, d));
}

export function dateTime(instant) {
  return instant ? dateTimeFormat.format(new Date(instant)) : '—';
}

/** The time of day of {@code instant} on the boutique's clock: "3:00 PM". */
export function time(instant) {
  return timeFormat.format(new Date(instant));
}

/** "today", "tomorrow", "in 6 days" for a day {@code days} ahead. */
export function inDays(days) {
  return relative.format(days, 'day');
}

/** Reads an instant as the boutique's wall clock shows it, field by field. */
function wallClockFormat(timeZone) {
  return new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric' });
}

/** How far the boutique's clock is ahead of UTC at {@code ms}, in milliseconds. */
function offsetAt(ms) {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(ms / 1000) * 1000;
}

function wallParts(now) {
  return Object.fromEntries(wallClock.formatToParts(new Date(now)).map((p) => [p.type, p.value.padStart(2, '0')]));
}

/** Today's date on the boutique's clock, as "2026-03-18": what its schedules count as due. */
export function todayOnStoreClock(now = Date.now()) {
  const parts = wallParts(now);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The time of day on the boutique's clock, as a time field writes it: "09:30". */
export function timeOnStoreClock(now = Date.now()) {
  const parts = wallParts(now);
  return `${parts.hour}:${parts.minute}`;
}

/** The calendar day {@code days} after {@code isoDate} ("2026-03-18"); negative goes back. */
export function plusDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The UTC instant (ISO) of a time on the boutique's clock, as a datetime-local field gives it
 * ("2026-03-18T09:30"): an auditor asking for "from 9:00" means the store's nine o'clock, not the tablet's.
 * The offset is read twice, so a time just after a daylight-saving change gets the offset in force then.
 */
export function instantOnStoreClock(local) {
  const [day, time = '00:00'] = local.split('T');
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  return new Date(wall - offsetAt(wall - offsetAt(wall))).toISOString();
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const STEPS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];

/** "3 hours ago"; under a minute is "just now". */
export function ago(instant, now = Date.now()) {
  const seconds = (new Date(instant).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

const counts = new Intl.NumberFormat();

export function count(n) {
  return counts.format(n);
}
