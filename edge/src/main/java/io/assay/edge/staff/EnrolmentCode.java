package io.assay.edge.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time code that lets the first person make themselves the owner of a store that has none: printed
 * to the appliance's log at start (only someone with access to the appliance reads it), good for one
 * enrolment. Twelve characters of Crockford's base32 (no I, L, O or U to misread): 60 bits, far beyond
 * guessing over the LAN.
 */
public final class EnrolmentCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;

    private final String code;
    private volatile boolean used;

    private EnrolmentCode(String code) {
        this.code = code;
    }

    public static EnrolmentCode random() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return new EnrolmentCode(code.toString());
    }

    /** As printed: {@code ABCD-EFGH-JKMN}. */
    public String display() {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** Whether {@code attempt} (any case, with or without dashes and spaces) is this unused code; constant time. */
    public boolean matches(String attempt) {
        if (used || attempt == null) {
            return false;
        }
        String normal = attempt.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(normal.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
    }

    public void use() {
        used = true;
    }

    public boolean used() {
        return used;
    }
}
