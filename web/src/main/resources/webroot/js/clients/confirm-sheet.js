import { h } from '../lib/dom.js';
import { openSheet, sheetHead } from '../register/sheet.js';

/** A sheet that asks before doing {@code run}; what the appliance refuses is said in the sheet, which stays open. */
export function confirmSheet({ kicker, title, body, action, keep = 'Cancel', danger = false, run, done }) {
  const error = h('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const confirm = h('button', { type: 'button', class: `button ${danger ? 'button-danger' : 'button-primary'}`, onclick: async () => {
    confirm.disabled = true;
    try {
      const answer = await run();
      dialog.close();
      done(answer);
    } catch (e) {
      error.hidden = false;
      error.textContent = e.message;
      confirm.disabled = false;
    }
  } }, action);
  const dialog = openSheet({ className: 'confirm-sheet', labelledBy: 'client-confirm-title', content: h('div', { class: 'sheet-form' },
    sheetHead(kicker, 'client-confirm-title', title, () => dialog),
    body,
    error,
    h('div', { class: 'sheet-actions' }, h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, keep), confirm)) });
  confirm.focus();
}
