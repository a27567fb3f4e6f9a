package io.assay.edge.index;

/**
 * How a list of pieces is ordered. Ties are always broken by serial, so paging is stable.
 *
 * @param key        what to sort by
 * @param descending true for highest first
 */
public record SortOrder(Key key, boolean descending) {

    public static final SortOrder BY_SERIAL = new SortOrder(Key.SERIAL, false);

    /** Sort keys, named as in the API's {@code sort} parameter. */
    public enum Key {
        SERIAL("serial"), PRICE("price"), WEIGHT("weight"), UPDATED("updatedAt"), CATEGORY("category"),
        LOCATION("location"), STATUS("status");

        private final String param;

        Key(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }
    }
}
