package io.assay.edge.staff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a person is to the boutique; what each may do is {@link RolePermissions}'. */
public enum Role {
    OWNER,
    MANAGER,
    ASSOCIATE,
    /** The bench jeweler: repairs and custom work. */
    BENCH,
    /** Reads everything, the audit trail included, and changes nothing. */
    AUDITOR;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code name} as the API and the configuration spell it ({@code owner}, {@code bench}...). */
    @JsonCreator
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.jsonName().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "': one of "
                + Arrays.stream(values()).map(Role::jsonName).toList());
    }
}
