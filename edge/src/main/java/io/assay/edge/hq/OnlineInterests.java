package io.assay.edge.hq;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.json.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An online client's interest in a style, for the client book: kept, journaled for HQ's view of it, and when
 * the visitor is a client of the store (the same email, or else the same phone), linked to her; a style she
 * wished for goes on her wish list.
 */
public final class OnlineInterests {

    public static final String RECORDED = "io.assay.client.online-interest";

    /** Links a visitor to the store's client, by contact. */
    public interface ClientLink {
        /** The id of the live client the visitor is, if one. */
        Optional<String> clientOf(ClientContact visitor);

        /** Puts the style on her wish list, as wished for online. */
        void wished(UnitOfWork work, String client, String style);
    }

    private final ClientLink link;

    public OnlineInterests(ClientLink link) {
        this.link = link;
    }

    ObjectNode record(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        ClientContact client = fields.client();
        String style = fields.id("style", true);
        String kind = fields.reader().oneOf(message.body(), "kind", List.of("viewed", "wished"));
        if (kind == null && !fields.reader().has(message.body(), "kind")) {
            fields.reader().error("kind", "is required: viewed or wished");
        }
        fields.check();
        Optional<String> known = link.clientOf(client);
        work.hq().save(new OnlineInterest(message.id(), client, style, kind, work.now(), known.orElse(null)));
        if (known.isPresent() && kind.equals("wished")) {
            link.wished(work, known.get(), style);
        }
        ObjectNode data = Json.mapper().createObjectNode().put("command", message.id()).put("style", style).put("kind", kind);
        data.set("client", Json.mapper().valueToTree(client));
        known.ifPresent(id -> data.put("clientId", id));
        work.record(RECORDED, style, data);
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("style", style).put("kind", kind);
        known.ifPresent(id -> details.put("clientId", id));
        return details;
    }
}
