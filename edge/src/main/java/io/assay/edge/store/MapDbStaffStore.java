package io.assay.edge.store;

import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link StaffStore} on the MapDB staff map, for the writer's transaction; reports each saved member. */
public final class MapDbStaffStore implements StaffStore {

    private final Database db;
    private final Consumer<StaffMember> onSave;

    MapDbStaffStore(Database db, Consumer<StaffMember> onSave) {
        this.db = db;
        this.onSave = onSave;
    }

    @Override
    public Optional<StaffMember> member(String user) {
        byte[] value = db.staff().get(user);
        return value == null ? Optional.empty() : Optional.of(StoredJson.read(value, StaffMember.class));
    }

    @Override
    public List<StaffMember> all() {
        List<StaffMember> all = new ArrayList<>();
        for (byte[] value : db.staff().values()) {
            all.add(StoredJson.read(value, StaffMember.class));
        }
        return all;
    }

    @Override
    public void save(StaffMember member) {
        db.putStaff(member.user(), StoredJson.write(member));
        onSave.accept(member);
    }

    /** Every stored member: for loading the directory at start. */
    public static List<StaffMember> allMembers(Database db) {
        return new MapDbStaffStore(db, member -> { }).all();
    }
}
