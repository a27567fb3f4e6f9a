package io.assay.edge.staff;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The staff accounts as last committed, for readers on any thread (sign-in, screens). The writer's
 * transaction is not isolated in MapDB, so readers never look there; the writer's after-commit hook
 * hands each committed change here ({@link #apply}).
 */
public final class StaffDirectory {

    private final ConcurrentMap<String, StaffMember> members = new ConcurrentHashMap<>();

    /** Takes the committed members; a change older than what is held (by version) is ignored. */
    public void apply(Collection<StaffMember> committed) {
        for (StaffMember member : committed) {
            members.merge(member.user(), member, (held, next) -> next.version() >= held.version() ? next : held);
        }
    }

    public Optional<StaffMember> member(String user) {
        return Optional.ofNullable(user == null ? null : members.get(user));
    }

    /** Everyone, by user name. */
    public List<StaffMember> all() {
        return members.values().stream().sorted(Comparator.comparing(StaffMember::user)).toList();
    }

    public boolean hasOwner() {
        return members.values().stream().anyMatch(m -> m.role() == Role.OWNER);
    }
}
