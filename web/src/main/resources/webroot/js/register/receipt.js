import { h } from '../lib/dom.js';
import { dateTime, money } from '../lib/format.js';

/** What the boutique promises on every receipt. */
export const RETURN_POLICY = 'Returns within 30 days with this receipt.';

/**
 * A sale's receipt, as the appliance recorded it: the boutique, the sale's number and time on the
 * boutique's clock, who served, each line with its serial and certificate numbers, the totals with tax,
 * each payment (a card by its scheme, last four digits and authorisation code), the change, the return
 * policy, the sale number as a barcode, and the sale's id. Printed, it is all the page shows (see register.css).
 *
 * @param options.units the store's CurrencyUnits, for a line's quantity times its price
 * @param options       also storeName, registerName, associateName: the names printed in place of ids
 */
export function receipt(sale, { units, storeName, registerName, associateName }) {
  const exact = (value) => money(value, { exact: true });
  const discount = sale.discount ? units.of(sale.discount) : 0n;
  const rounding = sale.cashRounding && Number(sale.cashRounding.amount) !== 0 ? sale.cashRounding : null;
  return h('article', { class: `receipt printable${sale.voided ? ' is-void' : ''}`, 'aria-labelledby': 'receipt-title', dataset: { sale: sale.id } },
    sale.voided ? h('p', { class: 'receipt-void', role: 'status' }, h('strong', {}, 'VOID'),
      ` ${dateTime(sale.voided.at)} by ${sale.voided.by}${sale.voided.reason ? ` · ${sale.voided.reason}` : ''}`) : null,
    h('header', { class: 'receipt-head' },
      h('img', { src: 'assets/mark.svg', alt: '', width: '36', height: '36', class: 'receipt-mark' }),
      h('p', { class: 'receipt-store' }, storeName ?? 'Assay'),
      h('h1', { id: 'receipt-title', class: 'receipt-title' }, 'Sale ', h('span', { class: 'receipt-number' }, sale.number)),
      h('p', { class: 'receipt-time' }, h('time', { datetime: sale.time }, dateTime(sale.time))),
      h('p', { class: 'receipt-who' }, `${registerName} · Served by ${associateName}`),
      sale.client ? h('p', { class: 'receipt-client' }, `Client ${sale.client}`) : null),
    h('ul', { class: 'receipt-lines', 'aria-label': 'Lines' }, sale.lines.map((line) => h('li', { class: 'receipt-line' },
      h('div', { class: 'receipt-line-what' },
        h('p', { class: 'receipt-line-title' }, line.description),
        line.serial ? h('p', { class: 'receipt-line-meta' }, 'Serial ', h('span', { class: 'receipt-serial' }, line.serial)) : null,
        (line.certificates ?? []).map((c) => h('p', { class: 'receipt-line-meta receipt-certificate' }, `Certificate ${c}`)),
        line.text ? h('p', { class: 'receipt-line-meta' }, `“${line.text}”`) : null,
        line.kind === 'gift-card' ? h('p', { class: 'receipt-gift-card' }, 'Card code ', h('code', { class: 'gift-card-code' }, line.sku)) : null,
        line.quantity > 1 ? h('p', { class: 'receipt-line-meta receipt-quantity' }, `${line.quantity} × ${exact(line.unitPrice)}`) : null,
        line.discount ? h('p', { class: 'receipt-line-meta receipt-line-discount' }, `Discount −${exact(line.discount)}`) : null),
      // The line at its price as tagged, quantity times: the tax comes below, once for the sale.
      h('p', { class: 'receipt-line-amount' }, units.format(units.of(line.unitPrice) * BigInt(line.quantity)))))),
    h('dl', { class: 'receipt-totals' },
      // The lines are at their tagged prices; the appliance's subtotal is after the discount, shown under it.
      row('Subtotal', units.format(units.of(sale.subtotal) + discount)),
      discount ? row('Discount', `−${units.format(discount)}`, 'receipt-discount') : null,
      row('Tax', exact(sale.tax)),
      rounding ? row('Cash rounding', exact(rounding)) : null,
      row('Total', exact(sale.total), 'receipt-total')),
    h('dl', { class: 'receipt-tenders', 'aria-label': 'Payments' },
      sale.tenders.map((t) => row(tenderName(t), exact(t.amount), 'receipt-tender')),
      row('Change', exact(sale.change), 'receipt-change')),
    h('p', { class: 'receipt-policy' }, RETURN_POLICY),
    // The sale number in Code 128: a till scans it to find the sale for a return.
    h('img', { class: 'receipt-barcode', src: `/api/v1/sales/${encodeURIComponent(sale.id)}/receipt/barcode.svg`,
      alt: `Barcode of sale ${sale.number}`, width: '240', height: '80' }),
    h('p', { class: 'receipt-id' }, 'Sale id ', h('code', {}, sale.id)));
}

/** "VISA •••• 4242 auth A1B2C3", "Gift card GC-…", "Exchange from S000001", "Trade-in 18k gold", or "Cash". */
export function tenderName(tender) {
  if (tender.type === 'gift-card') return `Gift card ${tender.account}`;
  if (tender.type === 'store-credit') return `Store credit ${tender.account}`;
  if (tender.type === 'exchange') return `Exchange from ${tender.account}`;
  if (tender.type === 'loyalty-points') return 'Loyalty points';
  if (tender.type === 'trade-in') {
    // The appliance's sale carries the valuation under tradeIn; the register's own request has it at the top.
    const metal = tender.tradeIn ?? tender;
    const what = [metal.weight ? `${metal.weight.value} ${metal.weight.unit}` : null, metal.fineness, metal.metal].filter(Boolean).join(' ');
    return `Trade-in${what ? ` ${what}` : ''}${metal.seller ? ` from ${metal.seller}` : ''}`;
  }
  if (tender.type !== 'card') return 'Cash';
  return `${tender.scheme.toUpperCase()} •••• ${tender.last4} auth ${tender.authCode}`;
}

function row(term, value, cls = '') {
  return h('div', { class: `receipt-row ${cls}` }, h('dt', {}, term), h('dd', {}, value));
}
