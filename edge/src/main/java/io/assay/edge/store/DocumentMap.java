package io.assay.edge.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mapdb.BTreeMap;

/**
 * Typed access to the document collections inside the writer's transaction, reporting each saved document
 * so that the read models hear of it after the commit.
 */
final class DocumentMap {

    private final Database db;
    private final Consumer<Object> onSave;

    DocumentMap(Database db, Consumer<Object> onSave) {
        this.db = db;
        this.onSave = onSave;
    }

    <T> Optional<T> get(DocumentCollection collection, String key, Class<T> type) {
        byte[] value = db.documents(collection).get(key);
        return value == null ? Optional.empty() : Optional.of(StoredJson.read(value, type));
    }

    <T> List<T> all(DocumentCollection collection, Class<T> type) {
        BTreeMap<String, byte[]> map = db.documents(collection);
        List<T> all = new ArrayList<>(map.size());
        for (byte[] value : map.values()) {
            all.add(StoredJson.read(value, type));
        }
        return all;
    }

    void put(DocumentCollection collection, String key, Object value) {
        db.putDocument(collection, key, StoredJson.write(value));
        onSave.accept(value);
    }

    /** Written without being announced: bookkeeping no read model follows. */
    void putQuietly(DocumentCollection collection, String key, Object value) {
        db.putDocument(collection, key, StoredJson.write(value));
    }
}
