package io.assay.edge.http;

import io.assay.edge.attachments.AttachmentStore;
import io.assay.edge.clients.ClientModule;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.devices.CounterDevices;
import io.assay.edge.devices.DeviceManager;
import io.assay.edge.hq.HqBook;
import io.assay.edge.hq.Transfers;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.LocationCatalog;
import io.assay.edge.journal.Journal;
import io.assay.edge.metrics.Metrics;
import io.assay.edge.relay.Relay;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.staff.EnrolmentCode;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.store.Writer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What the HTTP adapter needs from the application; built once by {@code AssayApp}. */
public record ApiDependencies(
        AssayConfig config,
        Writer writer,
        InventoryService inventory,
        SerialIndex index,
        LocationCatalog locations,
        Journal journal,
        Metrics metrics,
        AttachmentStore attachments,
        StaffDirectory staff,
        SalesBook sales,
        DeviceManager devices,
        CounterDevices counter,
        Relay relay,
        HqBook hq,
        Transfers transfers,
        ClientModule clients,
        Supplier<EnrolmentCode> enrolment,
        BooleanSupplier ready) {
}
