package io.assay.edge.clients.search;

import java.util.List;
import java.util.Objects;

/**
 * What the client search knows of one client of the book: the fields an associate searches by.
 *
 * <p>Only the id is required. A missing name is searched as no name; missing lists are empty and
 * missing elements are dropped, so a record read from an old or partial client file still indexes.
 * The lists are copied: the record is immutable.
 *
 * @param id         the client's id in the client book; not blank
 * @param givenName  as written, with its accents and capitals (they are folded for search, not stored)
 * @param familyName as written, particles and hyphens included ("de la Fontaine", "Saint-Exupéry")
 * @param phones     as written, in any format ("+33 6 12 34 56 78", "(212) 555-0147")
 * @param emails     as written
 */
public record ClientEntry(String id, String givenName, String familyName, List<String> phones, List<String> emails) {

    /** @throws IllegalArgumentException when the id is null or blank */
    public ClientEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a client's id must not be blank, got " + (id == null ? "null" : "'" + id + "'"));
        }
        phones = present(phones);
        emails = present(emails);
    }

    private static List<String> present(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
