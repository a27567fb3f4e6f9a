/**
 * A piece's statuses, in the order the status bar shows them, and where each may move. The appliance
 * decides (a move it refuses is shown as its answer); the register only keeps from offering a sold piece
 * "in repair" or a written-off piece anything at all.
 */
export const NEXT_STATUSES = {
  'in stock': ['reserved', 'sold', 'on memo out', 'in repair', 'in transit', 'missing', 'written off'],
  reserved: ['in stock', 'sold', 'missing'],
  'on memo out': ['in stock', 'sold', 'missing'],
  'on memo in': ['in stock', 'reserved', 'sold', 'in repair', 'missing', 'written off'],
  'in repair': ['in stock', 'missing', 'written off'],
  'in transit': ['in stock', 'missing'],
  sold: ['in stock'],
  missing: ['in stock', 'written off'],
  'written off': [],
};

export const STATUSES = Object.keys(NEXT_STATUSES);
