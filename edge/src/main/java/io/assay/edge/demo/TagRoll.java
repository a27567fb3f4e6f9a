package io.assay.edge.demo;

import io.assay.drivers.epc.Epc96;
import io.assay.edge.inventory.Category;

/**
 * The roll of RFID tags the boutique encodes: GS1 SGTIN-96 EPCs (header 0x30, filter 1 "point of sale
 * item", partition 5: a 7-digit company prefix and a 6-digit item reference) with a running serial, so
 * every EPC is unique. The company prefix is invented.
 */
final class TagRoll {

    private static final long HEADER = 0x30;
    private static final long FILTER_POS_ITEM = 1;
    private static final long PARTITION_7_DIGIT_PREFIX = 5;
    private static final long COMPANY_PREFIX = 863_217;
    private static final long FIRST_SERIAL = 100_001;

    private long nextSerial = FIRST_SERIAL;

    /** The next tag, encoded for an item of {@code category} and model number {@code model}. */
    String next(Category category, int model) {
        // Item reference: indicator digit 1, then category and model, so a scan tells the kind of piece.
        long itemReference = 100_000 + category.ordinal() * 1_000L + model;
        long serial = nextSerial++;
        // Bit layout, high to low: header 8, filter 3, partition 3, company 24, item 20, serial 38 = 96.
        long high = HEADER << 56 | FILTER_POS_ITEM << 53 | PARTITION_7_DIGIT_PREFIX << 50 | COMPANY_PREFIX << 26
                | itemReference << 6 | serial >>> 32;
        long low = serial & 0xFFFF_FFFFL;
        return new Epc96(high, low).toHex();
    }
}
