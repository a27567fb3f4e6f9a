package io.assay.edge.index;

/** Attributes the stock can be counted by, for the register's counts panel. */
public enum Facet {
    LOCATION, STATUS, CATEGORY, METAL, DESIGNER, COLLECTION
}
