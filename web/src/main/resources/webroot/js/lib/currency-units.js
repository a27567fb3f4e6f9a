import { money } from './format.js';

/**
 * The store's money as the register adds it up: whole minor units (cents) held as BigInt, never binary
 * floating point, so 0.10 + 0.20 is 0.30 and a subtotal of a hundred lines is exact to the cent. The
 * appliance's decimal strings go in and come out digit for digit; the number of minor digits is the
 * currency's, as the store says it ({@code currencyDigits}: 2 for USD, 0 for JPY, 3 for KWD).
 */
export class CurrencyUnits {
  /** @param store the appliance's {@code GET /api/v1/store}: {@code currency} and {@code currencyDigits} */
  constructor({ currency, currencyDigits }) {
    this.currency = currency;
    this.digits = currencyDigits;
    this.scale = 10n ** BigInt(currencyDigits);
  }

  /**
   * The minor units of {"amount": "12.50", "currency": …}.
   *
   * @throws RangeError for another currency, or more decimals than the currency has
   */
  of(value) {
    if (value.currency !== this.currency) throw new RangeError(`${value.currency} is not the store's ${this.currency}`);
    const minor = this.parse(value.amount);
    if (minor === null) throw new RangeError(`${value.amount} is not an amount in ${this.currency}`);
    return minor;
  }

  /** {"amount": "12.50", "currency": "USD"} for 1250n. */
  money(minor) {
    const negative = minor < 0n;
    const whole = negative ? -minor : minor;
    const units = (whole / this.scale).toString();
    const cents = this.digits ? `.${(whole % this.scale).toString().padStart(this.digits, '0')}` : '';
    return { amount: `${negative ? '-' : ''}${units}${cents}`, currency: this.currency };
  }

  /** The minor units as a receipt shows them: "$1,250.00". */
  format(minor) {
    return money(this.money(minor), { exact: true });
  }

  /**
   * What someone typed into an amount field ("1,250", "$ 45.5", "200"), in minor units; null when it is
   * not an amount (letters, a minus sign, more decimals than the currency has). Thousands separators and
   * the currency's sign are left out; a comma is never read as a decimal point.
   */
  typed(text) {
    return this.parse(String(text).replace(/[\s,$€£¥]/g, ''));
  }

  parse(text) {
    const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
    if (!match || (match[2] ?? '').length > this.digits) return null;
    const fraction = (match[2] ?? '').padEnd(this.digits, '0');
    return BigInt(match[1]) * this.scale + (this.digits ? BigInt(fraction) : 0n);
  }
}
