package io.assay.edge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.assay.edge.json.Json;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link StaffStore} on the MapDB staff map, for the writer's transaction; reports each saved member. */
public final class MapDbStaffStore implements StaffStore {

    private final Database db;
    private final ObjectMapper mapper = Json.mapper();
    private final Consumer<StaffMember> onSave;

    MapDbStaffStore(Database db, Consumer<StaffMember> onSave) {
        this.db = db;
        this.onSave = onSave;
    }

    @Override
    public Optional<StaffMember> member(String user) {
        byte[] value = db.staff().get(user);
        return value == null ? Optional.empty() : Optional.of(read(value));
    }

    @Override
    public List<StaffMember> all() {
        List<StaffMember> all = new ArrayList<>();
        for (byte[] value : db.staff().values()) {
            all.add(read(value));
        }
        return all;
    }

    @Override
    public void save(StaffMember member) {
        try {
            db.putStaff(member.user(), mapper.writeValueAsBytes(member));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        onSave.accept(member);
    }

    /** Every stored member: for loading the directory at start. */
    public static List<StaffMember> allMembers(Database db) {
        return new MapDbStaffStore(db, member -> { }).all();
    }

    private StaffMember read(byte[] value) {
        try {
            return mapper.readValue(value, StaffMember.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable staff record", e);
        }
    }
}
