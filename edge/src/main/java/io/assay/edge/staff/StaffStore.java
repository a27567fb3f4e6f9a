package io.assay.edge.staff;

import java.util.List;
import java.util.Optional;

/** Staff accounts as the writer's open transaction sees them. Implemented by the store; used only on the writer. */
public interface StaffStore {

    Optional<StaffMember> member(String user);

    /** Everyone, by user name. */
    List<StaffMember> all();

    void save(StaffMember member);
}
