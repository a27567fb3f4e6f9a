package io.assay.edge.clients;

import java.util.List;

/**
 * A person the client buys for: a partner, a child, a parent... with their own sizes and dates, since most
 * pieces are bought for someone else.
 */
public record Relation(String kind, String givenName, String familyName, List<FingerSize> ringSizes, Length wrist, Length necklace,
        Preferences preferences, List<Milestone> milestones) {

    public Relation {
        ringSizes = ringSizes == null ? List.of() : List.copyOf(ringSizes);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        preferences = preferences == null ? Preferences.NONE : preferences;
    }
}
