package io.assay.drivers.epc;

import java.util.Locale;

/**
 * A raw 96-bit EPC as two longs: {@code high} holds bits 95..32, {@code low} bits 31..0 (upper 32 bits
 * zero). Tag readers hand EPCs over as bytes; keeping them as two longs lets an index look a tag up
 * without building a string per read.
 *
 * <p>Immutable and thread-safe. The canonical text form is 24 upper-case hexadecimal digits.
 */
public record Epc96(long high, long low) {

    /** Number of hexadecimal digits in the text form. */
    public static final int HEX_LENGTH = 24;

    public Epc96 {
        if ((low >>> 32) != 0) {
            throw new IllegalArgumentException("low part of an EPC-96 holds 32 bits, got " + Long.toHexString(low));
        }
    }

    /**
     * Parses 24 hexadecimal digits (either case).
     *
     * @throws IllegalArgumentException when the text is not exactly 24 hexadecimal digits
     */
    public static Epc96 parse(CharSequence hex) {
        if (!isValidHex(hex)) {
            throw new IllegalArgumentException("an EPC-96 is 24 hexadecimal digits, got '" + hex + "'");
        }
        long high = 0;
        for (int i = 0; i < 16; i++) {
            high = (high << 4) | Character.digit(hex.charAt(i), 16);
        }
        long low = 0;
        for (int i = 16; i < HEX_LENGTH; i++) {
            low = (low << 4) | Character.digit(hex.charAt(i), 16);
        }
        return new Epc96(high, low);
    }

    /** Reads 12 bytes, most significant first, as a reader's EPC field carries them. */
    public static Epc96 fromBytes(byte[] bytes, int offset) {
        if (offset < 0 || bytes.length - offset < 12) {
            throw new IllegalArgumentException("an EPC-96 needs 12 bytes from offset " + offset);
        }
        long high = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[offset + i] & 0xFFL);
        }
        long low = 0;
        for (int i = 8; i < 12; i++) {
            low = (low << 8) | (bytes[offset + i] & 0xFFL);
        }
        return new Epc96(high, low);
    }

    /** True when the text is exactly 24 hexadecimal digits. */
    public static boolean isValidHex(CharSequence hex) {
        if (hex == null || hex.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The 24-digit upper-case hexadecimal form. */
    public String toHex() {
        return String.format(Locale.ROOT, "%016X%08X", high, low);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
