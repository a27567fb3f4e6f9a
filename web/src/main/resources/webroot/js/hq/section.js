import { h } from '../lib/dom.js';

/**
 * One panel of the From HQ screen: its title (which names the region for a screen reader), what sits
 * beside the title (a count, a note), and its body.
 */
export function hqSection(id, title, aside, body) {
  return h('section', { class: `panel hq-section ${id}`, 'aria-labelledby': `${id}-title` },
    h('header', { class: 'hq-section-head' }, h('h2', { class: 'panel-title', id: `${id}-title` }, title), aside),
    body);
}
