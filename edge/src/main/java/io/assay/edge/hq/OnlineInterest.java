package io.assay.edge.hq;

import java.time.Instant;

/**
 * An online client viewed or wished for a style: a lead for the client book.
 *
 * @param kind     {@code viewed} or {@code wished}
 * @param clientId the store's client the visitor is, when recognised by email or phone
 */
public record OnlineInterest(String command, ClientContact client, String style, String kind, Instant at, String clientId) {

    /** The same interest without who showed it: what stays when the client is erased. */
    public OnlineInterest anonymous() {
        return new OnlineInterest(command, new ClientContact("(erased)", null, null), style, kind, at, clientId);
    }
}
