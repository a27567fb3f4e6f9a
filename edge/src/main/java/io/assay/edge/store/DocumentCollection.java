package io.assay.edge.store;

import java.io.IOException;

/**
 * The stores of whole JSON documents by key, beside pieces, locations and staff: each a MapDB map written
 * through the redo log like the others. A new aggregate adds its collection here.
 */
public enum DocumentCollection {
    /** Cash registers and their current shift, by register id. */
    REGISTERS("registers"),
    /** Completed sales, by sale id. */
    SALES("sales"),
    /** Idempotency keys of sales, each with the sale it made and the request it answered. */
    SALE_KEYS("sale-keys"),
    /** Quantity stock (gift boxes, cloths, batteries), by SKU. */
    STOCK_ITEMS("stock-items"),
    /** Returns against sales, by return id. */
    RETURNS("returns"),
    /** What has come back from each sale so far, by sale id. */
    RETURN_LEDGERS("return-ledgers"),
    /** Layaways, by id. */
    LAYAWAYS("layaways"),
    /** Gift cards and store credit, by code. */
    CREDIT_ACCOUNTS("credit-accounts"),
    /** Numbering: the last number given, by counter name. */
    COUNTERS("counters"),
    /** HQ's commands and broadcasts as answered, by id: what makes each apply at most once. */
    HQ_ANSWERS("hq-answers"),
    /** Click-and-collect reservations from HQ, the latest by serial. */
    RESERVATIONS("reservations"),
    /** HQ's price changes, pending or done, by id. */
    PRICE_CHANGES("price-changes"),
    /** Which price change set each piece's price, and from when, by serial. */
    PRICE_SOURCES("price-sources"),
    /** Transfers between stores, the latest by serial. */
    TRANSFERS("transfers"),
    /** The metal spot prices and exchange rates HQ sent last: one document. */
    MARKET("market"),
    /** Online clients' interest in styles, by HQ's id. */
    ONLINE_INTEREST("online-interest"),
    /** The client book, by client id. */
    CLIENTS("clients"),
    /** Private viewings, by id. */
    APPOINTMENTS("appointments"),
    /** Which appointment holds a piece, by serial. */
    APPOINTMENT_HOLDS("appointment-holds"),
    /** Clients' loyalty points, by client id. */
    LOYALTY("loyalty");

    private final String mapName;

    DocumentCollection(String mapName) {
        this.mapName = mapName;
    }

    /** The MapDB map's name, also what the redo log records. */
    String mapName() {
        return "doc." + mapName;
    }

    static DocumentCollection byMapName(String name) throws IOException {
        for (DocumentCollection collection : values()) {
            if (collection.mapName().equals(name)) {
                return collection;
            }
        }
        throw new IOException("unknown document collection '" + name + "' in the redo log");
    }
}
