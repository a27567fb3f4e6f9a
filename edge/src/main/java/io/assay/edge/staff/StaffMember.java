package io.assay.edge.staff;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person who signs in to the register. The secrets are kept only as Argon2id hashes ({@link SecretHash});
 * {@link #toString} leaves even those out.
 *
 * @param user           the sign-in name: 2 to 32 of lower-case letters, digits, '.', '-', '_'
 * @param name           the name shown on screens and receipts
 * @param pinHash        the PIN's hash, or null when the person signs in with a password only
 * @param passwordHash   the password's hash, or null when the person uses a PIN only
 * @param failedAttempts wrong secrets in a row since the last success or lock
 * @param lockedUntil    until when sign-in is refused, or null
 * @param version        1 when created, one more on each change
 */
public record StaffMember(String user, String name, Role role, String pinHash, String passwordHash, int failedAttempts,
        Instant lockedUntil, long version, Instant createdAt, Instant updatedAt) {

    private static final Pattern USER = Pattern.compile("[a-z0-9._-]{2,32}");

    public StaffMember {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (!isValidUser(user)) {
            throw new IllegalArgumentException("user must be 2 to 32 of a-z, 0-9, '.', '-', '_'");
        }
        if (pinHash == null && passwordHash == null) {
            throw new IllegalArgumentException("a staff member needs a PIN or a password");
        }
    }

    public static boolean isValidUser(String user) {
        return user != null && USER.matcher(user).matches();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** This member after a change made at {@code now}. */
    StaffMember changed(Role newRole, int newFailedAttempts, Instant newLockedUntil, Instant now) {
        return new StaffMember(user, name, newRole, pinHash, passwordHash, newFailedAttempts, newLockedUntil, version + 1,
                createdAt, now);
    }

    @Override
    public String toString() {
        return "StaffMember[" + user + ", " + role.jsonName() + ", v" + version + (lockedUntil == null ? "" : ", locked until " + lockedUntil) + "]";
    }
}
