package io.assay.edge.clients.search;

import io.assay.edge.clients.search.ClientBookGenerator.GeneratedClient;
import io.assay.edge.clients.search.ClientBookGenerator.Phone;
import io.assay.edge.clients.search.ClientBookGenerator.PhoneStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Queries an associate types for a client of a generated book, by kind. */
public final class ClientQueries {

    /** What the associate types. */
    public enum Kind {
        /** Given and family name, sometimes the other way round, sometimes without accents or in capitals. */
        FULL_NAME,
        /** The family name alone. */
        FAMILY_NAME,
        /** The first 2 to 4 letters of a name word, sometimes of both names ("ame dur"). */
        PREFIX,
        /** A name word of 4 letters or more with one typo (insertion, deletion, replacement or swap). */
        TYPO,
        /** One of the client's numbers, written differently from how the book has it. */
        PHONE,
        /** The beginning of an address: up to its '@', to a separator and a letter, or a few chars. */
        EMAIL_PREFIX
    }

    private final Random random;

    public ClientQueries(Random random) {
        this.random = random;
    }

    /** A query of {@code kind} for {@code client}, or null when the client has nothing of that kind. */
    public String of(Kind kind, GeneratedClient client) {
        ClientEntry entry = client.entry();
        String given = entry.givenName() == null ? "" : entry.givenName();
        String family = entry.familyName() == null ? "" : entry.familyName();
        return switch (kind) {
            case FULL_NAME -> styled(random.nextInt(4) == 0 ? family + " " + given : given + " " + family).strip();
            case FAMILY_NAME -> family.isEmpty() ? null : styled(family);
            case PREFIX -> prefixes(given, family);
            case TYPO -> typo(given, family);
            case PHONE -> phone(client);
            case EMAIL_PREFIX -> emailStart(entry.emails());
        };
    }

    private String styled(String name) {
        return switch (random.nextInt(4)) {
            case 0 -> NameFolding.fold(name);
            case 1 -> name.toUpperCase(Locale.ROOT);
            default -> name;
        };
    }

    private String prefixes(String given, String family) {
        String familyStart = start(words(family));
        String givenStart = start(words(given));
        if (familyStart == null || givenStart == null) {
            return familyStart == null ? givenStart : familyStart;
        }
        return switch (random.nextInt(3)) {
            case 0 -> givenStart + " " + familyStart;
            case 1 -> givenStart;
            default -> familyStart;
        };
    }

    private String start(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String word = words.get(random.nextInt(words.size()));
        return word.substring(0, Math.min(word.length(), 2 + random.nextInt(3)));
    }

    private String typo(String given, String family) {
        List<String> candidates = new ArrayList<>(words(family).stream().filter(w -> w.length() >= 4).toList());
        if (candidates.isEmpty()) {
            candidates.addAll(words(given).stream().filter(w -> w.length() >= 4).toList());
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String mistyped = oneTypo(candidates.get(random.nextInt(candidates.size())));
        return random.nextInt(3) == 0 && !given.isEmpty() ? given + " " + mistyped : mistyped;
    }

    /** {@code word} with one edit: a letter inserted, deleted or replaced, or two neighbours swapped. */
    public String oneTypo(String word) {
        int at = random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    private String phone(GeneratedClient client) {
        if (client.phones().isEmpty()) {
            return null;
        }
        int which = random.nextInt(client.phones().size());
        Phone phone = client.phones().get(which);
        String stored = client.entry().phones().get(which);
        List<PhoneStyle> styles = new ArrayList<>(Arrays.asList(PhoneStyle.values()));
        styles.removeIf(style -> phone.format(style).equals(stored));
        return phone.format(styles.get(random.nextInt(styles.size())));
    }

    private String emailStart(List<String> emails) {
        if (emails.isEmpty()) {
            return null;
        }
        String address = emails.get(random.nextInt(emails.size()));
        int at = address.indexOf('@');
        int separator = -1;
        for (int i = 0; i < at && separator < 0; i++) {
            if (address.charAt(i) == '.' || address.charAt(i) == '_') {
                separator = i;
            }
        }
        return switch (random.nextInt(3)) {
            case 0 -> address.substring(0, at + 1);
            case 1 -> separator > 0 ? address.substring(0, separator + 2) : address.substring(0, Math.min(at, 6));
            default -> address.substring(0, Math.min(address.length(), 3 + random.nextInt(5)));
        };
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.split("[\\s'’-]+")).filter(w -> !w.isEmpty()).toList();
    }
}
