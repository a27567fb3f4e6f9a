package io.assay.edge.staff;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a route or an action needs. Checked on the server for every request; the screens only follow.
 * Names as the configuration spells them: {@code inventory-read}, {@code cost-read}...
 */
public enum Permission {
    /** Pieces, counts, facets, locations, history, attachments. */
    INVENTORY_READ,
    /** Create and change pieces and locations, upload attachments. */
    INVENTORY_WRITE,
    INVENTORY_IMPORT,
    INVENTORY_EXPORT,
    /** Cost, margin and supplier fields; without it the server leaves them out of answers and exports. */
    COST_READ,
    /** Ring up sales at a register. */
    SELL,
    /** Open and close a register: the float, the count, the Z report. */
    REGISTER_OPERATE,
    /** Sales and the registers' state. */
    SALES_READ,
    /** A register's X report mid-shift: what it should hold. Not for whoever closes it blind. */
    REGISTER_REPORT,
    /** Approve another person's sensitive action with one's own PIN. */
    APPROVE,
    /** Which pieces changed, and when: the feed screens follow to stay current, without the events' data. */
    CHANGES_READ,
    /** The journal's events in full. */
    JOURNAL_READ,
    AUDIT_READ,
    AUDIT_VERIFY,
    STAFF_READ,
    /** The counter's devices: their state, counters and latest reading (a weight, a tag). */
    DEVICES_READ,
    /** Use a device: weigh a piece, tare or zero a scale, run an RFID pad, print a receipt again. */
    DEVICES_OPERATE,
    /** The HQ link's state: whether HQ is reached, and how much it has not received yet. */
    HQ_READ,
    /** The client book: profiles, sizes, history, recommendations, the clienteling lists, appointments. */
    CLIENTS_READ,
    /** Enter and change clients, add notes and wishes, book and cancel appointments. */
    CLIENTS_WRITE,
    /** A manager's part of the client book: set a tier by hand, merge duplicates, export or erase a client's data. */
    CLIENTS_MANAGE,
    /** {@code /health/*} and {@code /metrics}, when the configuration closes them to the LAN. */
    MONITORING_READ,
    /** Create staff, change their role, unlock them. */
    STAFF_MANAGE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Permission parse(String name) {
        for (Permission permission : values()) {
            if (permission.jsonName().equals(name)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("unknown permission '" + name + "'");
    }
}
