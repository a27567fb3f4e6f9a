package io.assay.edge.sales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.FieldReader;
import io.assay.edge.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Layaways on the writer: a piece reserved for a client from a deposit on, paid over time at any register
 * (each payment in that register's takings), completed into a sale by the last payment, or cancelled: the
 * piece back in stock, the store's fee kept, the rest given back as store credit.
 */
public final class LayawayService {

    public static final String LAYAWAY_CREATED = "io.assay.layaway.created";
    public static final String LAYAWAY_PAID = "io.assay.layaway.paid";
    public static final String LAYAWAY_COMPLETED = "io.assay.layaway.completed";
    public static final String LAYAWAY_CANCELLED = "io.assay.layaway.cancelled";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final InventoryService inventory;
    private final RegisterService registers;
    private final Pricing pricing;
    private final LayawayTerms terms;
    private final Currency currency;
    private final ZoneId zone;

    public LayawayService(InventoryService inventory, RegisterService registers, SaleTerms saleTerms, LayawayTerms terms,
            Currency currency, ZoneId zone) {
        this.inventory = inventory;
        this.registers = registers;
        this.pricing = new Pricing(saleTerms, currency);
        this.terms = terms;
        this.currency = currency;
        this.zone = zone;
    }

    /** A new layaway: the client, the piece, the deposit's tenders, and the schedule (or none, for the default term). */
    public record Request(String register, String client, String serial, List<Tender> tenders, List<Layaway.Instalment> schedule) {

        public static Request read(JsonNode json, Currency currency) {
            List<FieldError> errors = new ArrayList<>();
            FieldReader in = new FieldReader(errors, "");
            String register = in.requiredText(json, "register", 40);
            String client = in.requiredText(json, "client", 64);
            String serial = in.requiredText(json, "serial", 64);
            List<Tender> tenders = SaleRequest.tenders(in, json, currency);
            List<Layaway.Instalment> schedule = new ArrayList<>();
            JsonNode nodes = json.get("schedule");
            if (nodes != null && !nodes.isNull()) {
                if (!nodes.isArray() || nodes.size() > 24) {
                    in.error("schedule", "a list of at most 24 instalments");
                } else {
                    for (int i = 0; i < nodes.size(); i++) {
                        FieldReader at = in.nested("schedule[" + i + "]");
                        LocalDate due = null;
                        String text = at.requiredText(nodes.get(i), "due", 10);
                        try {
                            due = text == null ? null : LocalDate.parse(text);
                        } catch (DateTimeParseException e) {
                            at.error("due", "a date such as 2026-12-24, got '" + text + "'");
                        }
                        Money amount = at.money(nodes.get(i), "amount", true);
                        schedule.add(new Layaway.Instalment(due, amount));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("The layaway cannot be made", errors);
            }
            return new Request(register, client, serial, tenders, schedule);
        }
    }

    public Layaway create(UnitOfWork work, Request request) {
        SalesStore store = work.sales();
        refuseTradeIns(request.tenders());
        Register register = openRegister(work, request.register());
        Piece piece = work.inventory().piece(request.serial())
                .orElseThrow(() -> new NotFoundException("There is no piece with serial " + request.serial()));
        if (piece.status() != PieceStatus.IN_STOCK) {
            throw new ConflictException(piece.serial() + " is " + piece.status().label() + ", not in stock: it cannot be laid away");
        }
        SaleLine line = pricing.price(List.of(Pricing.Item.piece(piece, piece.retailPrice()))).lines().get(0);
        Money price = line.total();
        Money deposit = sum(request.tenders());
        Money least = percentOf(price, terms.depositPercent());
        List<FieldError> errors = new ArrayList<>();
        if (least.exceeds(deposit)) {
            errors.add(new FieldError("tenders", "a deposit of at least " + least.amount().toPlainString() + " (" + plain(terms.depositPercent())
                    + "% of " + price.amount().toPlainString() + ")"));
        }
        if (deposit.exceeds(price)) {
            errors.add(new FieldError("tenders", "more than the piece's " + price.amount().toPlainString() + ": sell it instead"));
        }
        List<Layaway.Instalment> schedule = request.schedule().isEmpty()
                ? List.of(new Layaway.Instalment(LocalDate.ofInstant(work.now(), zone).plusDays(terms.days()), price.minus(deposit)))
                : request.schedule();
        Money scheduled = total(schedule.stream().map(Layaway.Instalment::amount).toList());
        if (!request.schedule().isEmpty() && !scheduled.equals(price.minus(deposit))) {
            errors.add(new FieldError("schedule", "the instalments come to " + scheduled.amount().toPlainString() + "; the balance is "
                    + price.minus(deposit).amount().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The layaway cannot be made", errors);
        }
        SaleService.spend(store, request.tenders()).values().forEach(store::save);
        inventory.update(work, piece.serial(), JsonNodeFactory.instance.objectNode().put("status", PieceStatus.RESERVED.label()));
        String number = String.format("L%06d", store.next("layaway"));
        Layaway.Payment payment = new Layaway.Payment(work.now(), register.id(), work.actor(), request.tenders(), deposit);
        Layaway layaway = new Layaway(UUID.randomUUID().toString(), number, request.client(), piece.serial(), line, price, schedule,
                List.of(payment), Layaway.OPEN, null, null, null, work.actor(), work.now(), 1);
        store.save(register.with(register.shift().after(request.tenders(), Money.zero(currency))));
        store.save(layaway);
        work.record(LAYAWAY_CREATED, layaway.id(), Json.mapper().valueToTree(layaway));
        return layaway;
    }

    /** A payment toward {@code id}; the one that clears the balance completes the layaway into a sale. */
    public Layaway pay(UnitOfWork work, String id, String registerId, List<Tender> tenders) {
        SalesStore store = work.sales();
        refuseTradeIns(tenders);
        Layaway layaway = open(store, id);
        Register register = openRegister(work, registerId);
        Money amount = sum(tenders);
        if (amount.exceeds(layaway.balance())) {
            throw new InvalidInputException("The payment cannot be taken", List.of(new FieldError("tenders", "they come to "
                    + amount.amount().toPlainString() + ", more than the balance of " + layaway.balance().amount().toPlainString())));
        }
        if (amount.equals(layaway.balance())) {
            // The last payment sells the piece: it must still be the reserved piece the layaway holds.
            PieceStatus status = work.inventory().piece(layaway.serial()).map(Piece::status).orElse(null);
            if (status != PieceStatus.RESERVED) {
                throw new ConflictException(layaway.serial() + " is " + (status == null ? "gone" : status.label())
                        + ", not reserved for layaway " + layaway.number() + ": a manager must sort it out before it completes");
            }
        }
        SaleService.spend(store, tenders).values().forEach(store::save);
        Layaway paid = layaway.with(new Layaway.Payment(work.now(), register.id(), work.actor(), tenders, amount));
        store.save(register.with(register.shift().after(tenders, Money.zero(currency))));
        work.record(LAYAWAY_PAID, id, Json.mapper().createObjectNode().put("register", register.id())
                .set("amount", Json.mapper().valueToTree(amount)));
        if (paid.balance().signum() > 0) {
            store.save(paid);
            return paid;
        }
        // Paid in full: the piece is sold, on a sale that carries every payment (already in their registers' takings).
        inventory.update(work, layaway.serial(), JsonNodeFactory.instance.objectNode().put("status", PieceStatus.SOLD.label()));
        List<Tender> all = paid.payments().stream().flatMap(p -> p.tenders().stream()).toList();
        SaleLine line = layaway.line();
        Sale sale = new Sale(UUID.randomUUID().toString(), String.format("S%06d", store.next(SaleService.SALE_COUNTER)), register.id(),
                work.actor(), layaway.client(), work.now(), List.of(line), line.net(), null, line.tax(), line.total(),
                Money.zero(currency), all, Money.zero(currency));
        store.save(sale);
        Layaway completed = paid.completed(sale.id());
        store.save(completed);
        work.record(SaleService.SALE_COMPLETED, sale.id(), Json.mapper().valueToTree(sale));
        work.record(LAYAWAY_COMPLETED, id, Json.mapper().createObjectNode().put("sale", sale.id()));
        return completed;
    }

    /** Cancels {@code id}: the piece back in stock, the fee kept, the rest as store credit for the client. */
    public Layaway cancel(UnitOfWork work, String id) {
        SalesStore store = work.sales();
        Layaway layaway = open(store, id);
        PieceStatus status = work.inventory().piece(layaway.serial()).map(Piece::status).orElse(null);
        if (status != PieceStatus.RESERVED) {
            throw new ConflictException(layaway.serial() + " is " + (status == null ? "gone" : status.label())
                    + ", not reserved for layaway " + layaway.number() + ": a manager must sort it out before it is cancelled");
        }
        Money fee = percentOf(layaway.price(), terms.feePercent());
        if (fee.exceeds(layaway.paid())) {
            fee = layaway.paid();
        }
        Money back = layaway.paid().minus(fee);
        Tender refund = null;
        if (back.signum() > 0) {
            CreditAccount credit = new CreditAccount(CreditAccount.newCode(TenderType.STORE_CREDIT), TenderType.STORE_CREDIT, back,
                    layaway.client(), work.now(), 1);
            store.save(credit);
            refund = new Tender(TenderType.STORE_CREDIT, back, null, null, null, credit.code());
        }
        inventory.update(work, layaway.serial(), JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_STOCK.label()));
        Layaway cancelled = layaway.cancelled(fee, refund);
        store.save(cancelled);
        work.record(LAYAWAY_CANCELLED, id, Json.mapper().createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("fee",
                Json.mapper().valueToTree(fee)).set("refund", Json.mapper().valueToTree(refund)));
        return cancelled;
    }

    /**
     * Refuses a change of status to a piece an open layaway holds: its status is the layaway's to change
     * (by its last payment or its cancel), or a piece paid for in part could be sold to someone else.
     */
    public static void refuseIfHeld(UnitOfWork work, String serial) {
        // Only a reserved piece can be held: the layaways are looked through for those alone.
        boolean reserved = work.inventory().piece(serial).map(p -> p.status() == PieceStatus.RESERVED).orElse(false);
        Layaway held = reserved ? work.sales().openLayawayOf(serial).orElse(null) : null;
        if (held != null) {
            throw new ConflictException(serial + " is held by layaway " + held.number() + " for client " + held.client()
                    + ": take its last payment or cancel it first");
        }
    }

    /** Old gold is taken on a sale, where it is valued; a layaway takes money. */
    private static void refuseTradeIns(List<Tender> tenders) {
        for (int i = 0; i < tenders.size(); i++) {
            if (tenders.get(i).type() == TenderType.TRADE_IN || tenders.get(i).type() == TenderType.EXCHANGE) {
                throw new InvalidInputException("The payment cannot be taken", List.of(new FieldError("tenders[" + i + "].type",
                        "a layaway takes cash, cards, gift cards and store credit")));
            }
        }
    }

    private static Layaway open(SalesStore store, String id) {
        Layaway layaway = store.layaway(id).orElseThrow(() -> new NotFoundException("There is no layaway " + id));
        if (!Layaway.OPEN.equals(layaway.status())) {
            throw new ConflictException("Layaway " + layaway.number() + " is " + layaway.status());
        }
        return layaway;
    }

    private Register openRegister(UnitOfWork work, String id) {
        Register register = registers.existing(work, id);
        if (!register.isOpen()) {
            throw new ConflictException("Register " + id + " is not open");
        }
        return register;
    }

    private Money percentOf(Money amount, BigDecimal percent) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.amount().multiply(percent).divide(HUNDRED, digits, RoundingMode.HALF_UP), currency);
    }

    private Money sum(List<Tender> tenders) {
        return total(tenders.stream().map(Tender::amount).toList());
    }

    private Money total(List<Money> amounts) {
        return amounts.stream().reduce(Money.zero(currency), Money::plus);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
