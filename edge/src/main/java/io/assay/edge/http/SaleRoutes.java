package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.sales.Register;
import io.assay.edge.domain.ConflictException;
import java.util.Map;
import io.assay.drivers.printer.PrintJob;
import io.assay.edge.devices.CounterDevices;
import io.assay.edge.devices.ReceiptLayout;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.json.FieldReader;
import io.assay.edge.json.Json;
import io.assay.edge.sales.Receipt;
import io.assay.edge.sales.RegisterService;
import io.assay.edge.sales.ReturnService;
import io.assay.edge.sales.Rewards;
import io.assay.edge.sales.VoidService;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.SaleRequest;
import io.assay.edge.sales.SaleService;
import io.assay.edge.sales.SalesBook;
import io.assay.edge.staff.Permission;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.store.Writer;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Sales: {@code POST /api/v1/sales} with an {@code Idempotency-Key} (a register retrying after a lost
 * answer gets the first sale back, never a second charge) and {@code GET /api/v1/sales/{id}}.
 */
final class SaleRoutes {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final Writer writer;
    private final SaleService sales;
    private final SalesBook book;
    private final Currency currency;
    private final AssayConfig.StoreIdentity store;
    private final StaffDirectory staff;
    private final int returnDays;
    private final Approvals approvals;
    private final ReturnService returns;
    private final VoidService voids;
    private final CounterDevices counter;

    SaleRoutes(ApiDependencies deps, RegisterService registers, Approvals approvals) {
        this.approvals = approvals;
        this.writer = deps.writer();
        this.currency = deps.config().store().currency();
        Rewards rewards = deps.clients() == null ? Rewards.NONE : deps.clients().loyalty();
        this.returns = new ReturnService(deps.inventory(), registers, deps.config().sales().returnDays(), deps.config().sales().terms(),
                currency, rewards);
        this.sales = new SaleService(deps.inventory(), registers, deps.config().sales().terms(), currency, returns, rewards);
        this.book = deps.sales();
        this.voids = new VoidService(deps.inventory(), rewards);
        this.store = deps.config().store();
        this.staff = deps.staff();
        this.returnDays = deps.config().sales().returnDays();
        this.counter = deps.counter();
    }

    void create(RoutingContext rc) {
        String key = rc.request().getHeader(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BadRequestException(IDEMPOTENCY_KEY, "a sale needs an " + IDEMPOTENCY_KEY + " header of 1 to " + MAX_KEY_LENGTH
                    + " characters, new for each sale and the same on each retry of it");
        }
        JsonNode body = Responses.body(rc);
        SaleRequest request = SaleRequest.read(body, currency);
        String fingerprint = fingerprint(body);
        // A manager's PIN comes with the sale when the register was told a discount or a price needs one.
        boolean offered = rc.request().getHeader(Approvals.USER_HEADER) != null;
        Future<String> approval = offered ? approvals.approve(rc, "this sale's discount or price") : Future.succeededFuture(null);
        approval.compose(approver -> Responses.submit(rc, writer, approver, work -> sales.sell(work, request, key, fingerprint,
                        approver != null || Caller.may(rc, Permission.APPROVE))))
                .onSuccess(outcome -> {
                    rc.response().putHeader("Location", "/api/v1/sales/" + outcome.sale().id());
                    if (outcome.replayed()) {
                        rc.response().putHeader("Idempotent-Replayed", "true");
                    } else {
                        atTheCounter(outcome.sale());
                    }
                    Responses.json(rc, 201, outcome.sale());
                })
                .onFailure(rc::fail);
    }

    /**
     * What the counter's devices do once a sale is committed, never holding it up: its receipt goes to the
     * register's printer, and the drawer opens when cash changed hands.
     */
    private void atTheCounter(Sale sale) {
        counter.print(sale.register(), () -> ReceiptLayout.of(receiptOf(sale), registerName(sale.register()), false));
        boolean cash = sale.change().signum() != 0 || sale.tenders().stream().anyMatch(t -> t.type().cash());
        if (cash) {
            counter.openDrawer(sale.register(), "sale " + sale.number());
        }
    }

    /**
     * {@code POST /api/v1/sales/{id}/receipt/print}: the receipt again, marked as a copy, on the printer of the
     * sale's register or of {@code {"register": ...}}.
     */
    void printReceipt(RoutingContext rc) {
        String id = rc.pathParam("id");
        Sale sale = book.sale(id).orElseThrow(() -> new NotFoundException("There is no sale " + id));
        JsonNode body = Responses.body(rc);
        String register = body.path("register").isTextual() ? body.path("register").asText() : sale.register();
        PrintJob job = ReceiptLayout.of(receiptOf(sale), registerName(register), true);
        String printer = counter.print(register, () -> job).orElseThrow(() -> new ConflictException("Register " + register
                + " has no receipt printer: print the receipt from the browser"));
        Responses.json(rc, 202, Map.of("printer", printer, "job", job.id()));
    }

    /** Pieces or items back against the sale: {@code POST /api/v1/sales/{id}/returns}. */
    void createReturn(RoutingContext rc) {
        String id = rc.pathParam("id");
        ReturnService.Request request = ReturnService.Request.read(Responses.body(rc));
        Responses.submit(rc, writer, work -> returns.accept(work, id, request))
                .onSuccess(saleReturn -> {
                    if (saleReturn.refunds().stream().anyMatch(t -> t.type().cash())) {
                        counter.openDrawer(saleReturn.register(), "return " + saleReturn.number());
                    }
                    rc.response().putHeader("Location", "/api/v1/returns/" + saleReturn.id());
                    Responses.json(rc, 201, saleReturn);
                })
                .onFailure(rc::fail);
    }

    /** Pieces back without a receipt: a manager approves, the refund is store credit. */
    void createReturnWithoutReceipt(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        ReturnService.Request request = ReturnService.Request.read(body);
        String client = body.path("client").isTextual() ? body.path("client").asText() : null;
        approvals.approve(rc, "a return without a receipt")
                .compose(approver -> Responses.submit(rc, writer, approver, work -> returns.acceptWithoutReceipt(work, request, client)))
                .onSuccess(saleReturn -> {
                    rc.response().putHeader("Location", "/api/v1/returns/" + saleReturn.id());
                    Responses.json(rc, 201, saleReturn);
                })
                .onFailure(rc::fail);
    }

    /** A gift card's or store credit's balance, by its code. */
    void creditAccount(RoutingContext rc) {
        String code = rc.pathParam("code").toUpperCase(Locale.ROOT);
        Responses.json(rc, 200, book.creditAccount(code).orElseThrow(() -> new NotFoundException("There is no gift card or store credit " + code)));
    }

    void getReturn(RoutingContext rc) {
        String id = rc.pathParam("id");
        Responses.json(rc, 200, book.saleReturn(id).orElseThrow(() -> new NotFoundException("There is no return " + id)));
    }

    /** The sale as its receipt prints it: reprinted from history whenever asked. */
    void receipt(RoutingContext rc) {
        String id = rc.pathParam("id");
        Sale sale = book.sale(id).orElseThrow(() -> new NotFoundException("There is no sale " + id));
        Responses.json(rc, 200, receiptOf(sale));
    }

    private Receipt receiptOf(Sale sale) {
        String associate = staff.member(sale.associate()).map(StaffMember::name).orElse(sale.associate());
        return Receipt.of(sale, store.name(), store.id(), store.timeZone(), associate, returnDays);
    }

    /** "Register 1" for reg-1, as the registers list names it. */
    private String registerName(String register) {
        return book.register(register).map(Register::name).orElse(register);
    }

    /**
     * The receipt's barcode, the sale number in Code 128, as SVG: what a till scans to find the sale again
     * for a return. The number is the appliance's own ({@code S000123}), never text from a request.
     */
    void receiptBarcode(RoutingContext rc) {
        String id = rc.pathParam("id");
        Sale sale = book.sale(id).orElseThrow(() -> new NotFoundException("There is no sale " + id));
        rc.response().putHeader("Content-Type", "image/svg+xml").putHeader("Cache-Control", "private, max-age=86400")
                .end(BarcodeSvg.code128(sale.number()));
    }

    /** Undoes a sale of the open shift: {@code POST /api/v1/sales/{id}/void}, with a manager's approval. */
    void voidSale(RoutingContext rc) {
        String id = rc.pathParam("id");
        JsonNode body = Responses.body(rc);
        List<FieldError> errors = new ArrayList<>();
        String reason = new FieldReader(errors, "").requiredText(body, "reason", 200);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The sale cannot be voided", errors);
        }
        approvals.approve(rc, "voiding a sale")
                .compose(approver -> Responses.submit(rc, writer, approver, work -> voids.voidSale(work, id, reason)))
                .onSuccess(sale -> Responses.json(rc, 200, sale))
                .onFailure(rc::fail);
    }

    /** What a sale would come to, tax included, before anyone is charged: {@code POST /api/v1/sales/quote}. */
    void quote(RoutingContext rc) {
        SaleRequest request = SaleRequest.read(Responses.body(rc), currency, false);
        // On the writer, like a sale, so it sees every sale before it; it writes nothing.
        Responses.submit(rc, writer, work -> sales.quote(work, request))
                .onSuccess(quote -> Responses.json(rc, 200, quote))
                .onFailure(rc::fail);
    }

    /** {@code GET /api/v1/sales?number=S000123}: the sale a receipt's number or barcode names. */
    void find(RoutingContext rc) {
        String number = rc.queryParams().get("number");
        if (number == null || number.isBlank()) {
            throw new BadRequestException("number", "the sale number as the receipt prints it, such as S000123");
        }
        String wanted = number.strip().toUpperCase(Locale.ROOT);
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("sales", Json.mapper().valueToTree(book.saleByNumber(wanted).map(List::of).orElse(List.of())));
        Responses.json(rc, 200, body);
    }

    void get(RoutingContext rc) {
        String id = rc.pathParam("id");
        Responses.json(rc, 200, book.sale(id).orElseThrow(() -> new NotFoundException("There is no sale " + id)));
    }

    /** What identifies a sale request's content: the SHA-256 of its JSON as the register sent it. */
    private static String fingerprint(JsonNode body) {
        try {
            byte[] json = Json.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
