package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A till: open with a float, takes sales, closes with a count.
 *
 * @param shift     the open shift, or null while closed
 * @param lastClose the report of the last close, or null before the first
 */
public record Register(String id, String name, Shift shift, CloseReport lastClose, long version) {

    @JsonIgnore
    public boolean isOpen() {
        return shift != null;
    }

    Register with(Shift next) {
        return new Register(id, name, next, lastClose, version + 1);
    }

    Register closed(CloseReport report) {
        return new Register(id, name, null, report, version + 1);
    }
}
