import { h } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { label } from '../lib/format.js';
import { NEXT_STATUSES } from './statuses.js';

/**
 * Moves a piece to another status from its drawer. A move that needs a manager (missing, written off)
 * brings up the approval dialog through the api layer; this form only learns whether it went through.
 *
 * @param onChanged called once the appliance has the new status
 */
export function statusChange(piece, onChanged) {
  const choice = h('select', { id: 'status-next', name: 'status' },
    h('option', { value: '' }, 'Choose a status'),
    NEXT_STATUSES[piece.status].map((status) => h('option', { value: status }, label(status))));
  const button = h('button', { type: 'submit', class: 'button' }, 'Change status');
  const error = h('p', { class: 'notice notice-error status-change-error', role: 'alert', hidden: true });
  return h('form', { class: 'status-change', onsubmit: async (e) => {
    e.preventDefault();
    if (!choice.value) return;
    button.disabled = true;
    error.hidden = true;
    try {
      await api.updateItem(piece.serial, { status: choice.value });
      onChanged();
    } catch (failure) {
      error.hidden = false;
      error.textContent = failure.message;
    } finally {
      button.disabled = false;
    }
  } },
  h('label', { for: 'status-next', class: 'status-change-label' }, 'Move to'), choice, button, error);
}
