package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A balance the boutique owes a client, spent as a tender: a gift card it sold, or store credit it gave.
 *
 * @param code   what the card or the credit slip carries ("GC-7KQ2M9XD4HTB"); unguessable when the store makes it
 * @param kind   gift-card or store-credit
 * @param client the client-book id, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditAccount(String code, TenderType kind, Money balance, String client, Instant issuedAt, long version) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    CreditAccount withBalance(Money next) {
        return new CreditAccount(code, kind, next, client, issuedAt, version + 1);
    }

    /** A new code: the kind's prefix and 12 characters of Crockford base 32 (60 random bits). */
    static String newCode(TenderType kind) {
        StringBuilder code = new StringBuilder(kind == TenderType.GIFT_CARD ? "GC-" : "SC-");
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
