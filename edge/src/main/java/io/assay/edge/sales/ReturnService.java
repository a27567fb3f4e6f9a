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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes pieces and items back against their sale, within the store's return window: each piece goes back
 * in stock, each item back on the shelf, and the client is refunded what they paid for the lines (tax and
 * discount included) on the sale's own tenders, cards first and then cash from the drawer. Services are
 * final. A sale's {@link ReturnLedger} keeps anything from coming back, or being refunded, twice.
 */
public final class ReturnService {

    public static final String SALE_RETURNED = "io.assay.sale.returned";
    static final String RETURN_COUNTER = "return";

    private final InventoryService inventory;
    private final RegisterService registers;
    private final Duration window;
    private final Pricing pricing;
    private final Rewards rewards;

    public ReturnService(InventoryService inventory, RegisterService registers, int returnDays, SaleTerms terms, Currency currency) {
        this(inventory, registers, returnDays, terms, currency, Rewards.NONE);
    }

    /** @param rewards takes back the loyalty points what comes back had earned, and gives back those it was paid with */
    public ReturnService(InventoryService inventory, RegisterService registers, int returnDays, SaleTerms terms, Currency currency,
            Rewards rewards) {
        this.inventory = inventory;
        this.registers = registers;
        this.window = Duration.ofDays(returnDays);
        this.pricing = new Pricing(terms, currency);
        this.rewards = rewards;
    }

    /**
     * Takes pieces back without a receipt (the caller has a manager's approval): each must be sold, goes
     * back in stock, and is refunded at today's price with its tax, as store credit (a new account whose
     * code the answer carries), never cash or a card.
     */
    public SaleReturn acceptWithoutReceipt(UnitOfWork work, Request request, String client) {
        SalesStore store = work.sales();
        Register register = registers.existing(work, request.register());
        if (!register.isOpen()) {
            throw new ConflictException("Register " + register.id() + " is not open");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Pricing.Item> items = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Request.Line asked = request.lines().get(i);
            Piece piece = asked.serial() == null ? null : work.inventory().piece(asked.serial()).orElse(null);
            if (piece == null || piece.status() != PieceStatus.SOLD) {
                errors.add(new FieldError("lines[" + i + "]", asked.serial() == null ? "without a receipt, only pieces come back, by serial"
                        : asked.serial() + (piece == null ? " is not a piece of this store" : " is " + piece.status().label() + ", not sold")));
                continue;
            }
            items.add(Pricing.Item.piece(piece, piece.retailPrice()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The return cannot be taken", errors);
        }
        Pricing.Totals totals = pricing.price(items);
        List<SaleReturn.Line> lines = totals.lines().stream()
                .map(l -> new SaleReturn.Line(l.serial(), null, 1, l.description(), l.total())).toList();
        CreditAccount credit = new CreditAccount(CreditAccount.newCode(TenderType.STORE_CREDIT), TenderType.STORE_CREDIT, totals.total(),
                client, work.now(), 1);
        for (SaleReturn.Line line : lines) {
            inventory.update(work, line.serial(), JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_STOCK.label()));
        }
        store.save(credit);
        String number = String.format("R%06d", store.next(RETURN_COUNTER));
        SaleReturn saleReturn = new SaleReturn(UUID.randomUUID().toString(), number, null, register.id(), work.actor(), work.now(),
                request.reason(), lines, totals.total(), List.of(new Tender(TenderType.STORE_CREDIT, totals.total(), null, null, null,
                        credit.code())));
        store.save(saleReturn);
        work.record(SALE_RETURNED, saleReturn.id(), Json.mapper().valueToTree(saleReturn));
        return saleReturn;
    }

    /** What comes back: pieces by serial, items by SKU and quantity, at a register, and why. */
    public record Request(String register, List<Line> lines, String reason) {

        /** One line back. */
        public record Line(String serial, String sku, int quantity) {
        }

        public static Request read(JsonNode json) {
            List<FieldError> errors = new ArrayList<>();
            FieldReader in = new FieldReader(errors, "");
            String register = in.requiredText(json, "register", 40);
            String reason = in.text(json, "reason", 200);
            List<Line> lines = new ArrayList<>();
            JsonNode nodes = json.get("lines");
            if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
                in.error("lines", "a return needs at least one line");
            } else {
                for (int i = 0; i < nodes.size(); i++) {
                    FieldReader line = in.nested("lines[" + i + "]");
                    JsonNode node = nodes.get(i);
                    if (!node.isObject() || line.has(node, "serial") == line.has(node, "sku")) {
                        line.error("", "a line names a serial or a sku");
                        continue;
                    }
                    Integer quantity = line.integer(node, "quantity");
                    if (quantity != null && (quantity < 1 || (line.has(node, "serial") && quantity != 1))) {
                        line.error("quantity", "a piece comes back alone; an item from 1");
                    }
                    lines.add(new Line(line.text(node, "serial", 64), line.text(node, "sku", 64), quantity == null ? 1 : quantity));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("The return cannot be taken", errors);
            }
            return new Request(register, List.copyOf(lines), reason);
        }
    }

    public SaleReturn accept(UnitOfWork work, String saleId, Request request) {
        Plan plan = plan(work, saleId, request);
        Map<Integer, Money> refundedTo = new LinkedHashMap<>();
        List<Tender> refunds = refunds(plan.sale(), plan.ledger(), plan.total(), refundedTo);
        Money cashOut = refunds.stream().filter(t -> t.type() == TenderType.CASH).map(Tender::amount)
                .reduce(Money.zero(plan.total().currency()), Money::plus);
        Register register = plan.register();
        if (cashOut.exceeds(register.shift().expected(TenderType.CASH))) {
            throw new ConflictException("The refund needs " + cashOut.amount().toPlainString() + " in cash; the drawer of "
                    + register.id() + " should hold " + register.shift().expected(TenderType.CASH).amount().toPlainString());
        }
        SalesStore store = work.sales();
        for (Tender refund : refunds) {
            if (refund.type().onAccount()) {
                CreditAccount account = store.creditAccount(refund.account()).orElse(null);
                store.save(account == null
                        ? new CreditAccount(refund.account(), refund.type(), refund.amount(), plan.sale().client(), work.now(), 1)
                        : account.withBalance(account.balance().plus(refund.amount())));
            }
        }
        store.save(register.with(register.shift().afterRefunds(refunds)));
        if (plan.sale().client() != null) {
            Money points = Tender.total(refunds, TenderType.LOYALTY_POINTS, Money.zero(plan.total().currency()));
            rewards.reversed(work, plan.sale(), plan.total().minus(points), points);
        }
        return apply(work, plan, refunds, refundedTo);
    }

    /**
     * What taking {@code request}'s lines back against {@code saleId} would be, every rule checked and
     * nothing written: the sale, its register, what comes back and what it is worth.
     */
    record Plan(Sale sale, Register register, ReturnLedger ledger, Map<Integer, Integer> back, List<SaleReturn.Line> lines,
            Money total, String reason) {
    }

    Plan plan(UnitOfWork work, String saleId, Request request) {
        SalesStore store = work.sales();
        Sale sale = store.sale(saleId).orElseThrow(() -> new NotFoundException("There is no sale " + saleId));
        if (sale.voided() != null) {
            throw new ConflictException("Sale " + sale.number() + " is void: nothing of it can come back");
        }
        if (work.now().isAfter(sale.time().plus(window))) {
            throw new ConflictException("Sale " + sale.number() + " of " + sale.time() + " is past the " + window.toDays()
                    + "-day return window");
        }
        Register register = registers.existing(work, request.register());
        if (!register.isOpen()) {
            throw new ConflictException("Register " + register.id() + " is not open");
        }
        ReturnLedger ledger = store.returnLedger(saleId).orElse(ReturnLedger.empty(saleId));
        Map<Integer, Integer> back = new LinkedHashMap<>();
        List<SaleReturn.Line> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Money total = Money.zero(sale.total().currency());
        for (int i = 0; i < request.lines().size(); i++) {
            Request.Line asked = request.lines().get(i);
            int index = lineOf(sale, asked);
            String path = "lines[" + i + "]";
            if (index < 0) {
                errors.add(new FieldError(path, (asked.serial() != null ? asked.serial() : asked.sku()) + " is not on sale " + sale.number()));
                continue;
            }
            SaleLine line = sale.lines().get(index);
            int left = line.quantity() - ledger.returned(index) - back.getOrDefault(index, 0);
            if (asked.quantity() > left) {
                errors.add(new FieldError(path, left == 0 ? "already returned" : "only " + left + " of it left to return"));
                continue;
            }
            back.merge(index, asked.quantity(), Integer::sum);
            Money refund = share(line.total(), asked.quantity(), line.quantity());
            total = total.plus(refund);
            lines.add(new SaleReturn.Line(line.serial(), line.sku(), asked.quantity(), line.description(), refund));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The return cannot be taken", errors);
        }
        return new Plan(sale, register, ledger, back, lines, total, request.reason());
    }

    /**
     * Writes a planned return: the goods back, the ledger moved on, the return numbered and journalled.
     * The caller has paid out {@code refunds} (to cards, the drawer, accounts, or toward an exchange).
     */
    SaleReturn apply(UnitOfWork work, Plan plan, List<Tender> refunds, Map<Integer, Money> refundedTo) {
        SalesStore store = work.sales();
        for (SaleReturn.Line line : plan.lines()) {
            if (line.serial() != null) {
                inventory.update(work, line.serial(), JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_STOCK.label()));
            } else {
                StockItem item = store.stockItem(line.sku()).orElseThrow();
                store.save(item.withQuantity(item.quantity() + line.quantity()));
            }
        }
        String number = String.format("R%06d", store.next(RETURN_COUNTER));
        SaleReturn saleReturn = new SaleReturn(UUID.randomUUID().toString(), number, plan.sale().id(), plan.register().id(), work.actor(),
                work.now(), plan.reason(), plan.lines(), plan.total(), refunds);
        store.save(plan.ledger().after(plan.back(), refundedTo));
        store.save(saleReturn);
        work.record(SALE_RETURNED, plan.sale().id(), Json.mapper().valueToTree(saleReturn));
        return saleReturn;
    }

    /** The index of the sale's line {@code asked} names, or -1; services and gift cards are never returned. */
    private static int lineOf(Sale sale, Request.Line asked) {
        for (int i = 0; i < sale.lines().size(); i++) {
            SaleLine line = sale.lines().get(i);
            boolean goods = SaleLine.PIECE.equals(line.kind()) || SaleLine.ITEM.equals(line.kind());
            if (goods && (asked.serial() != null && asked.serial().equals(line.serial())) || (asked.sku() != null && asked.sku().equals(line.sku()))) {
                return i;
            }
        }
        return -1;
    }

    /** The part of a line's {@code total} that {@code quantity} of its {@code of} pieces paid; exact for the whole line. */
    private static Money share(Money total, int quantity, int of) {
        if (quantity == of) {
            return total;
        }
        int digits = Math.max(total.currency().getDefaultFractionDigits(), 0);
        return new Money(total.amount().multiply(BigDecimal.valueOf(quantity)).divide(BigDecimal.valueOf(of), digits, RoundingMode.HALF_UP),
                total.currency());
    }

    /**
     * Where {@code total} goes back: to the sale's cards first, each up to what it paid less what it has had
     * back, then to cash, up to the cash kept (tendered less change) less earlier cash refunds.
     */
    private static List<Tender> refunds(Sale sale, ReturnLedger ledger, Money total, Map<Integer, Money> refundedTo) {
        Money zero = Money.zero(total.currency());
        Money remaining = total;
        List<Tender> refunds = new ArrayList<>();
        List<Tender> tenders = sale.tenders();
        for (int i = 0; i < tenders.size() && remaining.signum() > 0; i++) {
            Tender tender = tenders.get(i);
            if (tender.type().cash() || tender.type() == TenderType.TRADE_IN || tender.type() == TenderType.EXCHANGE) {
                continue;
            }
            Money available = tender.amount().minus(ledger.refunded(i, zero));
            Money take = remaining.exceeds(available) ? available : remaining;
            if (take.signum() > 0) {
                refunds.add(new Tender(tender.type(), take, tender.scheme(), tender.last4(), tender.authCode(), tender.account()));
                refundedTo.put(i, take);
                remaining = remaining.minus(take);
            }
        }
        if (remaining.signum() > 0) {
            int first = -1;
            Money kept = zero.minus(sale.change());
            for (int i = 0; i < tenders.size(); i++) {
                if (tenders.get(i).type().cash()) {
                    first = first < 0 ? i : first;
                    kept = kept.plus(tenders.get(i).amount());
                }
            }
            Money available = first < 0 ? zero : kept.minus(ledger.refunded(first, zero));
            Money cash = remaining.exceeds(available) ? available : remaining;
            if (cash.signum() > 0) {
                refunds.add(new Tender(TenderType.CASH, cash, null, null, null));
                refundedTo.put(first, cash);
                remaining = remaining.minus(cash);
            }
        }
        if (remaining.signum() > 0) {
            // What old gold or goods brought back paid for is not handed back as money: it becomes store credit.
            boolean inKind = tenders.stream().anyMatch(t -> t.type() == TenderType.TRADE_IN || t.type() == TenderType.EXCHANGE);
            if (!inKind) {
                throw new ConflictException("The refund of " + total.amount().toPlainString() + " is more than sale " + sale.number()
                        + " has left to refund");
            }
            refunds.add(new Tender(TenderType.STORE_CREDIT, remaining, null, null, null, CreditAccount.newCode(TenderType.STORE_CREDIT)));
        }
        return refunds;
    }
}
