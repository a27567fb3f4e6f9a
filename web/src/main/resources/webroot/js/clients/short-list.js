import { h, replace } from '../lib/dom.js';

/**
 * A list that shows its first {@code first} rows and a button for the rest, so that what stands below it
 * stays in reach: a busy boutique's day has dozens of dates, a client a dozen pieces to show her.
 *
 * @param items  what the rows show
 * @param row    answers the {@code <li>} of an item
 * @return the list and, when it is cut short, its "Show all" button
 */
export function shortList(items, row, { label, first, cls = 'hq-rows' }) {
  const list = h('ul', { class: cls, 'aria-label': label });
  const show = (shown) => replace(list, shown.map(row));
  show(items.slice(0, first));
  if (items.length <= first) return [list];
  const more = h('button', { type: 'button', class: 'button button-quiet show-all', onclick: () => {
    more.remove();
    show(items);
  } }, `Show all ${items.length}`);
  return [list, more];
}
