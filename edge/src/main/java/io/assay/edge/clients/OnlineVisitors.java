package io.assay.edge.clients;

import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.hq.ClientContact;
import io.assay.edge.hq.OnlineInterests;
import java.util.Optional;

/** Recognises HQ's online visitors among the store's clients, by email or else phone, and keeps what they wished for. */
public final class OnlineVisitors implements OnlineInterests.ClientLink {

    private final ClientBook book;
    private final ClientService service;

    public OnlineVisitors(ClientBook book, ClientService service) {
        this.book = book;
        this.service = service;
    }

    @Override
    public Optional<String> clientOf(ClientContact visitor) {
        return book.byContact(visitor.email(), visitor.phone()).map(Client::id);
    }

    @Override
    public void wished(UnitOfWork work, String client, String style) {
        service.wish(work, client, style, null, "online", false);
    }
}
