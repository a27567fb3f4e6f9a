package io.assay.edge.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.clients.ClientStore;
import io.assay.edge.hq.HqStore;
import io.assay.edge.inventory.InventoryStore;
import io.assay.edge.sales.SalesStore;
import io.assay.edge.staff.StaffStore;
import java.time.Instant;

/**
 * What a command sees while it runs on the writer: the current state (including changes made earlier in
 * the same commit), who is acting, the time, and the journal. Everything written through it is committed
 * together with the events it records, or not at all.
 *
 * <p>Contract for commands: check every rule first and throw a {@link DomainException} before the first
 * write, so that a refusal leaves nothing behind.
 */
public interface UnitOfWork {

    /** The acting person or system: a user id, a device id, {@code hq} or {@code system}. */
    String actor();

    /** The time of this command, the same for all its events. */
    Instant now();

    InventoryStore inventory();

    StaffStore staff();

    SalesStore sales();

    /** What HQ's commands keep: their answers, reservations, price changes, transfers, market prices. */
    HqStore hq();

    /** The client book and its appointments. */
    ClientStore clients();

    /** Appends an event to the journal in this transaction. */
    void record(String type, String subject, JsonNode data);
}
