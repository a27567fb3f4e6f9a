package io.assay.edge.clients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Two records of one person made one: the survivor keeps her own answers and gains everything the other knew. */
final class ClientMerge {

    private ClientMerge() {
    }

    static Client of(Client survivor, Client duplicate, Instant at) {
        List<Note> notes = new ArrayList<>(survivor.notes());
        notes.addAll(duplicate.notes());
        notes.sort(Comparator.comparing(Note::at));
        List<Wish> wishes = new ArrayList<>(survivor.wishList());
        duplicate.wishList().stream().filter(w -> wishes.stream().noneMatch(mine -> same(mine, w))).forEach(wishes::add);
        return new Client(survivor.id(), first(survivor.givenName(), duplicate.givenName()), first(survivor.familyName(), duplicate.familyName()),
                union(survivor.phones(), duplicate.phones()), union(survivor.emails(), duplicate.emails()),
                first(survivor.language(), duplicate.language()), union(survivor.addresses(), duplicate.addresses()),
                union(survivor.consents(), duplicate.consents()), union(survivor.ringSizes(), duplicate.ringSizes()),
                first(survivor.wrist(), duplicate.wrist()), first(survivor.necklace(), duplicate.necklace()),
                survivor.preferences().equals(Preferences.NONE) ? duplicate.preferences() : survivor.preferences(),
                union(survivor.relations(), duplicate.relations()), union(survivor.milestones(), duplicate.milestones()), notes, wishes,
                first(survivor.tierOverride(), duplicate.tierOverride()), null, null, survivor.createdAt().isBefore(duplicate.createdAt())
                        ? survivor.createdAt() : duplicate.createdAt(), at, survivor.version() + 1);
    }

    private static boolean same(Wish a, Wish b) {
        return java.util.Objects.equals(a.style(), b.style()) && java.util.Objects.equals(a.serial(), b.serial());
    }

    private static <T> T first(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }

    private static <T> List<T> union(List<T> mine, List<T> theirs) {
        LinkedHashSet<T> all = new LinkedHashSet<>(mine);
        all.addAll(theirs);
        return List.copyOf(all);
    }
}
