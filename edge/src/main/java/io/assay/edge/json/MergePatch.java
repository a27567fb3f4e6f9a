package io.assay.edge.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON merge patch (RFC 7396): fields present replace, null removes, objects merge field by field. */
public final class MergePatch {

    private MergePatch() {
    }

    public static void apply(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.get(e.getKey()) instanceof ObjectNode existing) {
                apply(existing, (ObjectNode) value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        });
    }
}
