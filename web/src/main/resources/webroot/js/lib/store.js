import { api } from './api.js';

/**
 * Who this appliance is (name, currency, time zone), asked once per page: it changes only with the
 * appliance's configuration, which restarts it. A failed answer is forgotten so the next caller asks again.
 */
let asked = null;

export function store() {
  if (!asked) {
    asked = api.store().catch((e) => {
      asked = null;
      throw e;
    });
  }
  return asked;
}
