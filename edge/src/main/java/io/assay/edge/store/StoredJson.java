package io.assay.edge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Records as the MapDB maps hold them: JSON bytes, written and read with the one shared mapper. */
final class StoredJson {

    private StoredJson() {
    }

    static <T> T read(byte[] value, Class<T> type) {
        try {
            return Json.mapper().readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored " + type.getSimpleName(), e);
        }
    }

    static byte[] write(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
