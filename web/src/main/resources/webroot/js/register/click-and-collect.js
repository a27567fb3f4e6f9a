import { api } from '../lib/api.js';

/**
 * The click-and-collect reservation holding {@code serial}: the online client it is held for, who may
 * take it at the register. Null when there is none, or when the signed-in role may not see reservations
 * (the piece is then refused as reserved, as before).
 */
export async function heldForCollection(serial) {
  try {
    return (await api.reservations()).reservations.find((r) => r.serial === serial) ?? null;
  } catch (e) {
    if (e.status === 403) return null;
    throw e;
  }
}
