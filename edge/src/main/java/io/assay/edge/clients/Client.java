package io.assay.edge.clients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of the boutique: who she is and how to reach her, her sizes and tastes, the people she buys for
 * and the dates that matter, the associates' notes, her wish list, and a tier a manager may have set.
 *
 * @param tierOverride a tier a manager set by hand, or null to follow the thresholds
 * @param mergedInto   the client this record was merged into, or null
 * @param erasedAt     when her personal data was erased at her request, or null
 */
public record Client(
        String id,
        String givenName,
        String familyName,
        List<String> phones,
        List<String> emails,
        String language,
        List<Address> addresses,
        List<Consent> consents,
        List<FingerSize> ringSizes,
        Length wrist,
        Length necklace,
        Preferences preferences,
        List<Relation> relations,
        List<Milestone> milestones,
        List<Note> notes,
        List<Wish> wishList,
        String tierOverride,
        String mergedInto,
        Instant erasedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Client {
        phones = copy(phones);
        emails = copy(emails);
        addresses = copy(addresses);
        consents = copy(consents);
        ringSizes = copy(ringSizes);
        relations = copy(relations);
        milestones = copy(milestones);
        notes = copy(notes);
        wishList = copy(wishList);
        preferences = preferences == null ? Preferences.NONE : preferences;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public String displayName() {
        return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
    }

    /** Still a client of her own: neither merged into another nor erased. */
    public boolean live() {
        return mergedInto == null && erasedAt == null;
    }

    /** This client with the profile of {@code edited}, keeping what the profile does not hold. */
    Client withProfile(Client edited, Instant at) {
        return new Client(id, edited.givenName, edited.familyName, edited.phones, edited.emails, edited.language, edited.addresses,
                edited.consents, edited.ringSizes, edited.wrist, edited.necklace, edited.preferences, edited.relations, edited.milestones,
                notes, wishList, tierOverride, mergedInto, erasedAt, createdAt, at, version + 1);
    }

    Client withNote(Note note, Instant at) {
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new Client(id, givenName, familyName, phones, emails, language, addresses, consents, ringSizes, wrist, necklace,
                preferences, relations, milestones, more, wishList, tierOverride, mergedInto, erasedAt, createdAt, at, version + 1);
    }

    Client withWishList(List<Wish> wishes, Instant at) {
        return new Client(id, givenName, familyName, phones, emails, language, addresses, consents, ringSizes, wrist, necklace,
                preferences, relations, milestones, notes, wishes, tierOverride, mergedInto, erasedAt, createdAt, at, version + 1);
    }

    Client withTierOverride(String tier, Instant at) {
        return new Client(id, givenName, familyName, phones, emails, language, addresses, consents, ringSizes, wrist, necklace,
                preferences, relations, milestones, notes, wishList, tier, mergedInto, erasedAt, createdAt, at, version + 1);
    }

    Client mergedInto(String survivor, Instant at) {
        return new Client(id, givenName, familyName, phones, emails, language, addresses, consents, ringSizes, wrist, necklace,
                preferences, relations, milestones, notes, wishList, tierOverride, survivor, erasedAt, createdAt, at, version + 1);
    }

    /** Everything personal removed; the id stays, so that her sales stay whole and anonymous. */
    Client erased(Instant at) {
        return new Client(id, null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null, Preferences.NONE,
                List.of(), List.of(), List.of(), List.of(), null, mergedInto, at, createdAt, at, version + 1);
    }
}
