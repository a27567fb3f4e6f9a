/**
 * The boutique's places as a tree (a case holds its trays). Facet counts from the API are per exact
 * location; the tree adds a case's trays into the case's count, as the API does when filtering by a case.
 */
const KIND_ORDER = ['window', 'case', 'tray', 'safe', 'back office'];

export class LocationTree {
  constructor(locations) {
    this.byId = new Map(locations.map((l) => [l.id, l]));
    this.children = new Map();
    this.roots = [];
    for (const l of locations) {
      if (l.parent && this.byId.has(l.parent)) {
        if (!this.children.has(l.parent)) this.children.set(l.parent, []);
        this.children.get(l.parent).push(l);
      } else {
        this.roots.push(l);
      }
    }
    const order = (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, undefined, { numeric: true });
    this.roots.sort(order);
    for (const list of this.children.values()) list.sort(order);
  }

  childrenOf(id) {
    return this.children.get(id) || [];
  }

  /** "Bridal case › Solitaires", or the id itself for a location this screen has not loaded yet. */
  path(id) {
    const names = [];
    for (let l = this.byId.get(id); l; l = l.parent ? this.byId.get(l.parent) : null) names.unshift(l.name);
    return names.length ? names.join(' › ') : id;
  }

  name(id) {
    return this.byId.get(id)?.name ?? id;
  }

  /** True when {@code id} lies inside one of {@code selected} (not counting itself). */
  insideAny(id, selected) {
    for (let l = this.byId.get(id); l?.parent; l = this.byId.get(l.parent)) {
      if (selected.includes(l.parent)) return true;
    }
    return false;
  }

  /** Counts per location including everything inside it. */
  rolledUp(counts) {
    const total = new Map();
    const sum = (l) => {
      const n = (counts[l.id] || 0) + this.childrenOf(l.id).reduce((acc, c) => acc + sum(c), 0);
      total.set(l.id, n);
      return n;
    };
    this.roots.forEach(sum);
    return total;
  }
}
