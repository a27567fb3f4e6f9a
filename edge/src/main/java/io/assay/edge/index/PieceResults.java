package io.assay.edge.index;

import io.assay.edge.inventory.Piece;
import java.util.List;

/**
 * One page of a search.
 *
 * @param items the pieces on this page, in order
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total how many pieces match in all
 */
public record PieceResults(List<Piece> items, int page, int size, int total) {
}
