import { api } from './api.js';

/**
 * Follows the appliance's change feed (which event, about what, by whom; never the data, which may hold
 * costs, so every role may follow it) so a screen shows what another register just did. It asks for
 * changes after the last one seen; until the appliance pushes them (a later issue), a short poll on the
 * store LAN is cheap. Pauses while the tab is hidden.
 */
export class JournalWatch {
  /**
   * @param onEvents called with each batch of new changes ({seq, type, subject, time, actor}), oldest first
   * @param onState called with {connected, head} after each poll
   */
  constructor(onEvents, onState, intervalMs = 3000) {
    this.onEvents = onEvents;
    this.onState = onState;
    this.intervalMs = intervalMs;
    this.head = null;
    this.timer = null;
    this.stopped = true;
    this.visibility = () => { if (!document.hidden && !this.stopped) this.schedule(0); };
  }

  start() {
    this.stopped = false;
    document.addEventListener('visibilitychange', this.visibility);
    this.schedule(0);
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.visibility);
  }

  schedule(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.poll(), delay);
  }

  async poll() {
    if (this.stopped || document.hidden) return;
    let more = false;
    try {
      if (this.head === null) {
        this.head = (await api.changes(0, 1)).head;
      } else {
        const page = await api.changes(this.head, 200);
        if (page.changes.length) {
          this.head = page.next;
          more = page.next < page.head;
          this.onEvents(page.changes);
        }
      }
      this.onState({ connected: true, head: this.head });
    } catch (e) {
      this.onState({ connected: false, head: this.head });
    }
    if (!this.stopped) this.schedule(more ? 0 : this.intervalMs);
  }
}
