/** Where the returns screen leaves an exchange for the register to pick up, for this browser tab only. */
const KEY = 'assay.exchange';

/**
 * Hands goods of an earlier sale to the register as an exchange: {sale (its id), number, lines (as a
 * return takes them), descriptions, reason, credit ({amount, currency}: what the client paid for them)}.
 */
export function handOverExchange(exchange) {
  sessionStorage.setItem(KEY, JSON.stringify(exchange));
}

/** The exchange handed over and not yet taken, or null; taking it removes it. */
export function takeExchange() {
  const exchange = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return exchange ? JSON.parse(exchange) : null;
}
