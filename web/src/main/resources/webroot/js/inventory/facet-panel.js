import { h, replace, debounce } from '../lib/dom.js';
import { count, label } from '../lib/format.js';

/**
 * The filter panel: every filter the API offers, each value with how many pieces it would show. Groups
 * are built once and only their options are redrawn, so focus and half-typed ranges survive a refresh.
 */
const GROUPS = [
  { name: 'location', title: 'Location', open: true },
  { name: 'category', title: 'Category', open: true },
  { name: 'metal', title: 'Metal', open: true },
  { name: 'fineness', title: 'Fineness', open: false },
  { name: 'metalColour', title: 'Metal colour', open: false },
  { name: 'stoneType', title: 'Stone', open: false },
  { name: 'designer', title: 'Designer', open: false },
  { name: 'collection', title: 'Collection', open: false },
];

export class FacetPanel {
  /**
   * @param handlers {onToggle(name, value), onRanges(ranges)}
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.lists = new Map();
    this.details = new Map();
    this.element = h('div', { class: 'facet-panel' },
      GROUPS.map((group) => this.groupElement(group)),
      this.rangeGroup('Retail price', 'priceMin', 'priceMax', 'price'),
      this.rangeGroup('Gross weight (g)', 'weightMin', 'weightMax', 'weight'));
  }

  groupElement(group) {
    const list = h('div', { class: 'facet-options', role: 'group', 'aria-labelledby': `facet-${group.name}-title` });
    this.lists.set(group.name, list);
    const details = h('details', { class: 'facet-group', open: group.open, dataset: { facet: group.name } },
      h('summary', { id: `facet-${group.name}-title` }, h('span', {}, group.title), h('span', { class: 'facet-selected' })),
      list);
    this.details.set(group.name, details);
    return details;
  }

  rangeGroup(title, minName, maxName, key) {
    const emit = debounce(() => this.handlers.onRanges(this.rangeValues()), 500);
    const input = (name, text) => h('label', { class: 'range-field' }, h('span', {}, text),
      h('input', { type: 'text', inputmode: 'decimal', name, autocomplete: 'off', pattern: '[0-9]*[.,]?[0-9]*', oninput: emit,
        onchange: () => { emit.cancel(); this.handlers.onRanges(this.rangeValues()); } }));
    this.rangeInputs = this.rangeInputs || {};
    const min = input(minName, 'From');
    const max = input(maxName, 'To');
    this.rangeInputs[minName] = min.querySelector('input');
    this.rangeInputs[maxName] = max.querySelector('input');
    const currency = h('span', { class: 'range-unit', dataset: { unit: key } });
    return h('details', { class: 'facet-group', open: true, dataset: { facet: key } },
      h('summary', {}, h('span', {}, title), currency),
      h('div', { class: 'range-row' }, min, max));
  }

  rangeValues() {
    const ranges = {};
    for (const [name, el] of Object.entries(this.rangeInputs)) {
      const value = el.value.trim().replace(',', '.');
      if (value) ranges[name] = value;
    }
    return ranges;
  }

  /**
   * Redraws the options.
   * @param counts per group: {value: n} for the values to offer
   * @param tree the LocationTree
   */
  render(state, counts, tree, currency) {
    for (const group of GROUPS) {
      const selected = state.lists[group.name];
      const summaryCount = this.details.get(group.name).querySelector('.facet-selected');
      summaryCount.textContent = selected.length ? `${selected.length} selected` : '';
      const groupCounts = counts[group.name] || {};
      const list = this.lists.get(group.name);
      const focusedKey = list.contains(document.activeElement) ? document.activeElement.dataset.key : null;
      if (group.name === 'location') {
        replace(list, this.locationOptions(tree, groupCounts, selected));
      } else {
        const values = [...new Set([...Object.keys(groupCounts), ...selected])].filter((v) => groupCounts[v] > 0 || selected.includes(v));
        values.sort((a, b) => (groupCounts[b] || 0) - (groupCounts[a] || 0) || a.localeCompare(b));
        replace(list, values.length
          ? values.map((v) => this.option(group.name, v, label(v), groupCounts[v] || 0, selected.includes(v)))
          : h('p', { class: 'facet-note' }, 'None in this selection'));
      }
      if (focusedKey) list.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
    }
    for (const [name, el] of Object.entries(this.rangeInputs)) {
      if (document.activeElement !== el) el.value = state.ranges[name] || '';
    }
    this.element.querySelector('[data-unit="price"]').textContent = currency || '';
  }

  locationOptions(tree, counts, selected) {
    if (!tree.roots.length) return h('p', { class: 'facet-note' }, 'No locations yet');
    const totals = tree.rolledUp(counts);
    // As in the other groups, a place with nothing in the selection is left out (25 greyed zeros bury
    // the few that answer); a case keeps its place while any of its trays counts, since its total includes them.
    const node = (l, depth) => {
      const included = tree.insideAny(l.id, selected);
      const n = totals.get(l.id) || 0;
      if (n === 0 && !included && !selected.includes(l.id)) return [];
      return [
        this.option('location', l.id, l.name, n, selected.includes(l.id) || included, { depth, kind: l.kind, disabled: included }),
        tree.childrenOf(l.id).map((c) => node(c, depth + 1)),
      ];
    };
    const options = tree.roots.flatMap((l) => node(l, 0));
    return options.length ? options : h('p', { class: 'facet-note' }, 'None in this selection');
  }

  option(name, value, text, n, checked, { depth = 0, kind = null, disabled = false } = {}) {
    const input = h('input', { type: 'checkbox', name, value, checked, disabled, dataset: { key: `${name}:${value}` },
      onchange: () => this.handlers.onToggle(name, value) });
    return h('label', { class: `facet-option${n === 0 ? ' is-empty' : ''}${disabled ? ' is-included' : ''}`, style: depth ? `--depth:${depth}` : null },
      input,
      h('span', { class: 'facet-name', title: kind ? label(kind) : null }, text),
      h('span', { class: 'facet-count', 'aria-label': `${n} pieces` }, count(n)));
  }
}
