import { h } from '../lib/dom.js';
import { label, plusDays } from '../lib/format.js';

/**
 * The client book's words as the appliance writes them (lower case, the API's vocabulary) and as a jeweler
 * reads them, with the small pieces of a profile that several screens show: the tier badge, a milestone's
 * name, and how far off it is.
 */
export const HANDS = ['left', 'right'];
export const FINGERS = ['thumb', 'index', 'middle', 'ring', 'little'];
export const RING_SYSTEMS = ['US', 'UK', 'EU', 'JP'];
export const LENGTH_UNITS = ['cm', 'mm', 'in'];
export const RELATION_KINDS = ['partner', 'spouse', 'child', 'parent', 'sibling', 'friend', 'other'];
export const MILESTONE_KINDS = ['birthday', 'anniversary', 'engagement', 'custom'];
export const TIERS = ['new', 'loyal', 'vip', 'lapsed'];
/** The channels a client may agree to be contacted on, as the consent form names them. */
export const CHANNELS = [['email', 'Email'], ['sms', 'Text message'], ['phone', 'Phone call'], ['mail', 'Post'], ['whatsapp', 'WhatsApp']];

export function tierName(tier) {
  return tier === 'vip' ? 'VIP' : label(tier);
}

/** Her tier as a chip, in its own tint. */
export function tierBadge(tier) {
  return h('span', { class: `chip tier-badge tier-${tier}` }, tierName(tier));
}

/** "Birthday", or what a custom date is ("First date"). */
export function milestoneName(milestone) {
  return milestone.kind === 'custom' && milestone.label ? label(milestone.label) : label(milestone.kind);
}

/** What the years make of the date: "turns 38", "11 years"; nothing for a first one. */
export function yearsSaid(kind, years) {
  if (!years || years < 1) return null;
  return kind === 'birthday' ? `turns ${years}` : `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** A person's name as said: given, then family name, either may be missing. */
export function personName(person) {
  return [person.givenName, person.familyName].filter(Boolean).join(' ');
}

/**
 * The next time {@code milestone} comes round on or after {@code today} ("2026-03-18"), with how many days
 * away and which year it will be, as the appliance counts it: 29 February falls on 28 February in other years.
 */
export function nextOccurrence(milestone, today) {
  const [, month, dayOfMonth] = milestone.date.split('-').map(Number);
  const year = Number(today.slice(0, 4));
  const on = (y) => {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const d = month === 2 && dayOfMonth === 29 && !leap ? 28 : dayOfMonth;
    return `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const next = on(year) >= today ? on(year) : on(year + 1);
  const inDays = Math.round((Date.parse(next) - Date.parse(today)) / 86_400_000);
  return { on: next, inDays, years: Number(next.slice(0, 4)) - Number(milestone.date.slice(0, 4)), remindFrom: plusDays(next, -milestone.leadDays) };
}
