package io.assay.edge.clients.search;

import java.util.List;

/** What the search reads of a client. */
public record ClientEntry(String id, String givenName, String familyName, List<String> phones, List<String> emails) {
}
