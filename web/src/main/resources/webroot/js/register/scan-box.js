import { h, replace, debounce } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { label, money } from '../lib/format.js';
import { findPiece, isEpc } from '../lib/piece-lookup.js';

const SHOWN = 8;

/**
 * The one big field at the counter. A scanner types a tag's EPC or a serial and presses Enter: the piece
 * goes straight into the sale. Words typed instead ("sapphire pendant") list the matching pieces in stock,
 * to tap. The field keeps the focus, so the next scan follows at once.
 */
export class ScanBox {
  /**
   * @param onPiece called with a piece chosen (scanned or tapped); answers (or resolves to) null when it
   *     went into the sale, or why not
   * @param inSale  tells whether a serial is in the sale already
   */
  constructor(onPiece, inSale) {
    this.onPiece = onPiece;
    this.inSale = inSale;
    this.asked = 0;
    this.input = h('input', { type: 'search', id: 'register-scan', name: 'scan', class: 'scan-field', autocomplete: 'off',
      spellcheck: 'false', autocapitalize: 'characters', enterkeyhint: 'enter', placeholder: 'Scan a tag, or type a serial or words',
      'aria-describedby': 'register-scan-note', oninput: () => this.typed() });
    this.note = h('p', { class: 'scan-note', id: 'register-scan-note', role: 'status' });
    this.results = h('ul', { class: 'scan-results', 'aria-label': 'Pieces in stock', hidden: true });
    this.search = debounce(() => this.list(this.input.value.trim()), 300);
    this.element = h('div', { class: 'scan-box' },
      h('form', { class: 'scan-form', role: 'search', onsubmit: (e) => { e.preventDefault(); this.submit(); } },
        h('label', { for: 'register-scan', class: 'scan-label' }, 'Scan or search'),
        h('div', { class: 'scan-row' },
          h('span', { class: 'search-icon', 'aria-hidden': 'true' }),
          this.input,
          h('button', { type: 'submit', class: 'button button-primary scan-add' }, 'Add'))),
      this.note,
      this.results);
  }

  focus() {
    this.input.focus();
  }

  say(message, kind = '') {
    this.note.textContent = message;
    this.note.className = `scan-note ${kind}`;
  }

  typed() {
    const text = this.input.value.trim();
    // An EPC is never a search; a scanner's Enter follows at once.
    if (text.length < 2 || isEpc(text)) {
      this.search.cancel();
      this.asked += 1;
      this.results.hidden = true;
      return;
    }
    this.search();
  }

  /** Enter: the piece the text names exactly goes into the sale; otherwise the matches are listed. */
  async submit() {
    const text = this.input.value.trim();
    this.search.cancel();
    if (!text) return;
    const asked = ++this.asked;
    try {
      const piece = await findPiece(text);
      if (asked !== this.asked) return;
      if (piece) {
        this.take(piece);
        return;
      }
      await this.list(text, { exactFirst: true });
    } catch (e) {
      this.say(e.message, 'is-refused');
    }
  }

  async take(piece) {
    let refused;
    try {
      refused = await this.onPiece(piece);
    } catch (e) {
      refused = e.message;
    }
    if (refused) {
      this.say(refused, 'is-refused');
      return;
    }
    this.say(`Added ${piece.serial}: ${piece.description || label(piece.category)}, ${money(piece.retailPrice)}.`, 'is-added');
    this.input.value = '';
    this.results.hidden = true;
    this.asked += 1;
    // Back to the scan field for the next scan, unless the associate has gone on meanwhile to type in
    // another field (the client's name): what they type must not land in the scan field.
    const active = document.activeElement;
    if (this.element.contains(active) || !active?.closest('input, select, textarea, dialog')) this.input.focus();
  }

  /** Lists the pieces in stock matching {@code text}; {@code exactFirst} when Enter found no serial. */
  async list(text, { exactFirst = false } = {}) {
    const asked = ++this.asked;
    let page;
    try {
      page = await api.items({ q: text, status: 'in stock', size: SHOWN });
    } catch (e) {
      if (asked === this.asked) this.say(e.message, 'is-refused');
      return;
    }
    if (asked !== this.asked) return;
    this.results.hidden = page.items.length === 0;
    replace(this.results, page.items.map((piece) => this.result(piece)));
    if (page.items.length === 0) this.say(`Nothing in stock matches “${text}”.`, exactFirst ? 'is-refused' : '');
    else this.say(`${page.total > SHOWN ? `${SHOWN} of ${page.total}` : page.total} in stock ${page.total === 1 ? 'matches' : 'match'} “${text}”: tap one to add it.`);
  }

  result(piece) {
    const taken = this.inSale(piece.serial);
    return h('li', {},
      h('button', { type: 'button', class: 'scan-result', disabled: taken, dataset: { serial: piece.serial },
        onclick: () => this.take(piece) },
      h('span', { class: 'scan-result-serial' }, piece.serial),
      h('span', { class: 'scan-result-title' }, piece.description || label(piece.category)),
      h('span', { class: 'scan-result-price' }, money(piece.retailPrice)),
      h('span', { class: 'scan-result-add' }, taken ? 'In the sale' : 'Add')));
  }
}
