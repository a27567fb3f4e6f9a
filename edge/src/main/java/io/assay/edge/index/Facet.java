package io.assay.edge.index;

/** Attributes the stock can be counted by, for the register's counts panel. */
public enum Facet {
    LOCATION("location"),
    STATUS("status"),
    CATEGORY("category"),
    METAL("metal"),
    FINENESS("fineness"),
    METAL_COLOUR("metalColour"),
    DESIGNER("designer"),
    COLLECTION("collection"),
    STONE_TYPE("stoneType");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    /** The name in the API: the same as the filter's query parameter. */
    public String key() {
        return key;
    }
}
