package io.assay.edge.hq;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.json.Json;
import java.util.List;

/** An online client's interest in a style, kept for the client book and journaled for HQ's view of it. */
public final class OnlineInterests {

    public static final String RECORDED = "io.assay.client.online-interest";

    ObjectNode record(UnitOfWork work, HqMessage message) {
        Fields fields = Fields.of(message);
        ClientContact client = fields.client();
        String style = fields.id("style", true);
        String kind = fields.reader().oneOf(message.body(), "kind", List.of("viewed", "wished"));
        if (kind == null && !fields.reader().has(message.body(), "kind")) {
            fields.reader().error("kind", "is required: viewed or wished");
        }
        fields.check();
        work.hq().save(new OnlineInterest(message.id(), client, style, kind, work.now()));
        ObjectNode data = Json.mapper().createObjectNode().put("command", message.id()).put("style", style).put("kind", kind);
        data.set("client", Json.mapper().valueToTree(client));
        work.record(RECORDED, style, data);
        return JsonNodeFactory.instance.objectNode().put("style", style).put("kind", kind);
    }
}
