import { h } from '../lib/dom.js';
import { dateTime, money } from '../lib/format.js';

/**
 * The slip a return hands the client, as the appliance recorded it: what came back, what each line gives
 * back, and where the money went (the card it was paid with, cash from the drawer, store credit with the
 * code the client will spend it by). Printed, it is all the page shows.
 *
 * @param saleNumber the number of the sale returned against, or null without a receipt
 */
export function returnSlip(saleReturn, { storeName, saleNumber }) {
  const exact = (value) => money(value, { exact: true });
  return h('article', { class: 'receipt return-slip printable', 'aria-labelledby': 'return-title', dataset: { return: saleReturn.id } },
    h('header', { class: 'receipt-head' },
      h('img', { src: 'assets/mark.svg', alt: '', width: '36', height: '36', class: 'receipt-mark' }),
      h('p', { class: 'receipt-store' }, storeName ?? 'Assay'),
      h('h1', { id: 'return-title', class: 'receipt-title' }, 'Return ', h('span', { class: 'return-number' }, saleReturn.number)),
      saleReturn.time ? h('p', { class: 'receipt-time' }, h('time', { datetime: saleReturn.time }, dateTime(saleReturn.time))) : null,
      h('p', { class: 'receipt-who' }, saleNumber ? `Against sale ${saleNumber}` : 'Without a receipt'),
      saleReturn.reason ? h('p', { class: 'receipt-client' }, `Reason: ${saleReturn.reason}`) : null),
    h('ul', { class: 'receipt-lines', 'aria-label': 'Taken back' }, saleReturn.lines.map((line) => h('li', { class: 'receipt-line' },
      h('div', {},
        h('p', { class: 'receipt-line-title' }, line.description),
        line.serial ? h('p', { class: 'receipt-line-meta' }, 'Serial ', line.serial) : null,
        line.quantity > 1 ? h('p', { class: 'receipt-line-meta' }, `${line.quantity} returned`) : null),
      h('p', { class: 'receipt-line-amount' }, exact(line.refund))))),
    h('dl', { class: 'receipt-totals' }, row('Refunded', exact(saleReturn.total), 'receipt-total')),
    h('dl', { class: 'receipt-tenders', 'aria-label': 'Where the money went' },
      saleReturn.refunds.map((r) => row(refundName(r), exact(r.amount), `return-refund refund-${r.type}`))),
    h('p', { class: 'receipt-id' }, 'Return id ', h('code', {}, saleReturn.id)));
}

/** "VISA •••• 4242", "Cash from the drawer", "Store credit SC-…": where a refund went. */
export function refundName(refund) {
  if (refund.type === 'card') return `${refund.scheme.toUpperCase()} •••• ${refund.last4}`;
  if (refund.type === 'cash') return 'Cash from the drawer';
  return `${refund.type === 'gift-card' ? 'Gift card' : 'Store credit'} ${refund.account}`;
}

function row(term, value, cls = '') {
  return h('div', { class: `receipt-row ${cls}` }, h('dt', {}, term), h('dd', {}, value));
}
