import { api } from './api.js';

const EPC = /^[0-9a-fA-F]{24}$/;
/** A serial is one word with a digit in it ("R-10234"); words of a description are not looked up. */
const SERIAL = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** True for what an RFID tag or its barcode gives: an EPC of 24 hexadecimal digits. */
export function isEpc(text) {
  return EPC.test(text);
}

/**
 * The piece {@code text} names exactly, typed or scanned: an RFID tag's EPC, or a serial (as typed, then
 * in capitals, which is how serials are printed on tags). Resolves to null when nothing matches or the
 * text cannot be a serial; other failures (the appliance not answering) reject.
 */
export async function findPiece(text) {
  try {
    if (isEpc(text)) return await api.byEpc(text.toUpperCase());
    if (!SERIAL.test(text)) return null;
    return await api.item(text).catch((e) => {
      if (e.status === 404 && text !== text.toUpperCase()) return api.item(text.toUpperCase());
      throw e;
    });
  } catch (e) {
    if (e.status === 404 || e.status === 400) return null;
    throw e;
  }
}
