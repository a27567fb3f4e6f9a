package io.assay.edge.http;

import io.assay.edge.staff.Permission;
import java.util.Map;
import java.util.Optional;

/**
 * What each API operation (by its OpenAPI operation id) needs: open to anyone on the LAN, or a session
 * whose role holds a {@link Permission}. {@link ApiVerticle} refuses to start when an operation of the
 * contract is missing here, so a new route cannot slip through unchecked.
 */
final class RouteAccess {

    /**
     * One operation's requirement: {@code permission} null means open to anyone. A monitoring rule is
     * open while the configuration keeps monitoring open ({@code http.openMonitoring}), and needs its
     * permission otherwise.
     */
    record Rule(Permission permission, boolean monitoring) {

        static final Rule OPEN = new Rule(null, false);
        static final Rule MONITORING = new Rule(Permission.MONITORING_READ, true);

        boolean isOpen() {
            return permission == null;
        }

        boolean isMonitoring() {
            return monitoring;
        }
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            // Signing in and out, and what the sign-in screen shows before anyone has.
            Map.entry("enrolOwner", Rule.OPEN),
            Map.entry("createSession", Rule.OPEN),
            Map.entry("getSession", Rule.OPEN),
            Map.entry("deleteSession", Rule.OPEN),
            Map.entry("getStore", Rule.OPEN),
            Map.entry("getOpenApi", Rule.OPEN),
            // For the LAN's monitoring, unless the configuration closes it.
            Map.entry("live", Rule.MONITORING),
            Map.entry("ready", Rule.MONITORING),
            Map.entry("metrics", Rule.MONITORING),
            Map.entry("listItems", needs(Permission.INVENTORY_READ)),
            Map.entry("countItems", needs(Permission.INVENTORY_READ)),
            Map.entry("itemFacets", needs(Permission.INVENTORY_READ)),
            Map.entry("getItem", needs(Permission.INVENTORY_READ)),
            Map.entry("getItemByEpc", needs(Permission.INVENTORY_READ)),
            Map.entry("getItemHistory", needs(Permission.INVENTORY_READ)),
            Map.entry("listLocations", needs(Permission.INVENTORY_READ)),
            Map.entry("getAttachment", needs(Permission.INVENTORY_READ)),
            Map.entry("createItem", needs(Permission.INVENTORY_WRITE)),
            Map.entry("updateItem", needs(Permission.INVENTORY_WRITE)),
            Map.entry("createLocation", needs(Permission.INVENTORY_WRITE)),
            Map.entry("uploadAttachment", needs(Permission.INVENTORY_WRITE)),
            Map.entry("exportItems", needs(Permission.INVENTORY_EXPORT)),
            Map.entry("importItems", needs(Permission.INVENTORY_IMPORT)),
            Map.entry("listStaff", needs(Permission.STAFF_READ)),
            Map.entry("createStaff", needs(Permission.STAFF_MANAGE)),
            Map.entry("changeStaffRole", needs(Permission.STAFF_MANAGE)),
            Map.entry("unlockStaff", needs(Permission.STAFF_MANAGE)),
            Map.entry("listRegisters", needs(Permission.SALES_READ)),
            Map.entry("registerReport", needs(Permission.REGISTER_REPORT)),
            Map.entry("openRegister", needs(Permission.REGISTER_OPERATE)),
            Map.entry("closeRegister", needs(Permission.REGISTER_OPERATE)),
            Map.entry("moveCash", needs(Permission.REGISTER_OPERATE)),
            Map.entry("noSale", needs(Permission.REGISTER_OPERATE)),
            Map.entry("getReceipt", needs(Permission.SALES_READ)),
            Map.entry("getReceiptBarcode", needs(Permission.SALES_READ)),
            Map.entry("printReceipt", needs(Permission.DEVICES_OPERATE)),
            Map.entry("hqStatus", needs(Permission.HQ_READ)),
            Map.entry("fleetStock", needs(Permission.INVENTORY_READ)),
            // What HQ asks of the store's stock: anyone who may see the stock sees it, the bench included.
            Map.entry("listReservations", needs(Permission.INVENTORY_READ)),
            Map.entry("listPriceChanges", needs(Permission.INVENTORY_READ)),
            Map.entry("listTransfers", needs(Permission.INVENTORY_READ)),
            Map.entry("receiveTransfer", needs(Permission.INVENTORY_WRITE)),
            // Online clients' names and contacts are leads for those who sell, not for the bench.
            Map.entry("listInterests", needs(Permission.SALES_READ)),
            // What trade-ins and foreign notes are valued at: read like the sales it prices.
            Map.entry("getMarket", needs(Permission.SALES_READ)),
            Map.entry("createClient", needs(Permission.CLIENTS_WRITE)),
            Map.entry("searchClients", needs(Permission.CLIENTS_READ)),
            Map.entry("getClient", needs(Permission.CLIENTS_READ)),
            Map.entry("patchClient", needs(Permission.CLIENTS_WRITE)),
            Map.entry("addClientNote", needs(Permission.CLIENTS_WRITE)),
            Map.entry("addClientWish", needs(Permission.CLIENTS_WRITE)),
            Map.entry("removeClientWish", needs(Permission.CLIENTS_WRITE)),
            Map.entry("setClientTier", needs(Permission.CLIENTS_MANAGE)),
            Map.entry("mergeClients", needs(Permission.CLIENTS_MANAGE)),
            Map.entry("exportClient", needs(Permission.CLIENTS_MANAGE)),
            Map.entry("eraseClient", needs(Permission.CLIENTS_MANAGE)),
            Map.entry("clientRecommendations", needs(Permission.CLIENTS_READ)),
            Map.entry("upcomingMilestones", needs(Permission.CLIENTS_READ)),
            Map.entry("clientelingDay", needs(Permission.CLIENTS_READ)),
            Map.entry("bookAppointment", needs(Permission.CLIENTS_WRITE)),
            Map.entry("listAppointments", needs(Permission.CLIENTS_READ)),
            Map.entry("cancelAppointment", needs(Permission.CLIENTS_WRITE)),
            // A size chart: nothing of anyone's.
            Map.entry("convertRingSize", needs(Permission.INVENTORY_READ)),
            Map.entry("listDevices", needs(Permission.DEVICES_READ)),
            Map.entry("getDevice", needs(Permission.DEVICES_READ)),
            Map.entry("streamDeviceEvents", needs(Permission.DEVICES_READ)),
            Map.entry("tareScale", needs(Permission.DEVICES_OPERATE)),
            Map.entry("zeroScale", needs(Permission.DEVICES_OPERATE)),
            Map.entry("runInventory", needs(Permission.DEVICES_OPERATE)),
            Map.entry("weighItem", needs(Permission.DEVICES_OPERATE)),
            Map.entry("createReturn", needs(Permission.SELL)),
            Map.entry("getReturn", needs(Permission.SALES_READ)),
            Map.entry("createReturnWithoutReceipt", needs(Permission.SELL)),
            Map.entry("getCreditAccount", needs(Permission.SALES_READ)),
            Map.entry("createLayaway", needs(Permission.SELL)),
            Map.entry("payLayaway", needs(Permission.SELL)),
            Map.entry("cancelLayaway", needs(Permission.SELL)),
            Map.entry("getLayaway", needs(Permission.SALES_READ)),
            Map.entry("overdueLayaways", needs(Permission.REGISTER_REPORT)),
            Map.entry("createSale", needs(Permission.SELL)),
            Map.entry("getSale", needs(Permission.SALES_READ)),
            Map.entry("findSales", needs(Permission.SALES_READ)),
            Map.entry("voidSale", needs(Permission.SELL)),
            Map.entry("listLayaways", needs(Permission.SALES_READ)),
            Map.entry("quoteSale", needs(Permission.SELL)),
            Map.entry("listStockItems", needs(Permission.INVENTORY_READ)),
            Map.entry("createStockItem", needs(Permission.INVENTORY_WRITE)),
            Map.entry("readChanges", needs(Permission.CHANGES_READ)),
            Map.entry("readJournal", needs(Permission.JOURNAL_READ)),
            Map.entry("listAudit", needs(Permission.AUDIT_READ)),
            Map.entry("exportAudit", needs(Permission.AUDIT_READ)),
            Map.entry("verifyJournal", needs(Permission.AUDIT_VERIFY)));

    private RouteAccess() {
    }

    /** The rule of {@code operationId}; empty when the operation has none (a bug: the start refuses it). */
    static Optional<Rule> of(String operationId) {
        return Optional.ofNullable(RULES.get(operationId));
    }

    private static Rule needs(Permission permission) {
        return new Rule(permission, false);
    }
}
