import { h } from './dom.js';

/**
 * What a screen shows in place of itself when the appliance refuses the signed-in role (403): what the
 * screen is, why not, and the way back. Said calmly: at a counter, a red error page reads as a fault.
 */
export function refusalPanel(screenTitle, error) {
  return h('section', { class: 'refusal', role: 'alert' },
    h('p', { class: 'refusal-kicker' }, screenTitle),
    h('h1', { class: 'refusal-title' }, 'Not open to your role'),
    h('p', {}, error.message),
    h('a', { class: 'button', href: '#/inventory' }, 'Back to the inventory'));
}
