package io.assay.edge.demo;

import io.assay.edge.staff.Role;
import io.assay.edge.staff.SecretHash;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffService;
import io.assay.edge.store.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's staff, one per role, with PINs anyone trying the demo can type (the README lists them). Only
 * demo mode creates them, and only in a store without staff: outside the demo no default secret exists.
 */
public final class DemoStaff {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStaff.class);

    /** One demo account. */
    public record Account(String user, String name, Role role, String pin) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("owner", "Olivia Laurent", Role.OWNER, "111111"),
            new Account("manager", "Marcus Brandt", Role.MANAGER, "222222"),
            new Account("associate", "Amelia Chen", Role.ASSOCIATE, "333333"),
            new Account("bench", "Bruno Moretti", Role.BENCH, "444444"),
            new Account("auditor", "Aisha Rahman", Role.AUDITOR, "555555"));

    private DemoStaff() {
    }

    /** Creates {@link #ACCOUNTS} when {@code directory} holds nobody; returns who was created. */
    public static List<StaffMember> seedIfNone(Writer writer, StaffService staff, SecretHash hash, StaffDirectory directory) {
        if (!directory.all().isEmpty()) {
            return List.of();
        }
        List<StaffMember> created = new ArrayList<>();
        try {
            for (Account account : ACCOUNTS) {
                // Hashed here, not on the writer: each hash takes tens of milliseconds on purpose.
                String pinHash = hash.hash(account.pin());
                created.add(writer.submit("system", work -> staff.create(work, account.user(), account.name(), account.role(), pinHash, null))
                        .get(30, TimeUnit.SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding the demo staff", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the demo staff could not be written: " + e.getMessage(), e);
        }
        LOG.info("demo: staff {} (PINs in the README)", ACCOUNTS.stream().map(a -> a.user() + " (" + a.role().jsonName() + ")").toList());
        return created;
    }
}
