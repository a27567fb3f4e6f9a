package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.assay.edge.domain.ApprovalRequiredException;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.clients.Appointments;
import io.assay.edge.hq.ClickAndCollect;
import io.assay.edge.hq.MarketPrices;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rings up a sale on the writer: one command checks everything (the register is open, each piece is in
 * stock, each item on hand, the tenders cover the total) and only then sells the pieces, takes the items
 * off the shelf, adds the takings to the register's shift and journals the sale. Two registers selling
 * the same piece queue on the one writer: the first sells it, the second finds it sold (409).
 */
public final class SaleService {

    public static final String SALE_COMPLETED = "io.assay.sale.completed";
    static final String SALE_COUNTER = "sale";

    private final InventoryService inventory;
    private final RegisterService registers;
    private final SaleTerms terms;
    private final Currency currency;
    private final ReturnService returns;
    private final Rewards rewards;

    public SaleService(InventoryService inventory, RegisterService registers, SaleTerms terms, Currency currency) {
        this(inventory, registers, terms, currency, null, Rewards.NONE);
    }

    /**
     * @param returns takes back what an exchange brings, or null where exchanges are not taken
     * @param rewards the client's loyalty points, earned and paid with
     */
    public SaleService(InventoryService inventory, RegisterService registers, SaleTerms terms, Currency currency, ReturnService returns,
            Rewards rewards) {
        this.inventory = inventory;
        this.registers = registers;
        this.terms = terms;
        this.currency = currency;
        this.returns = returns;
        this.rewards = rewards;
    }

    /** The sale made, and whether it was made by an earlier request with the same idempotency key. */
    public record Outcome(Sale sale, boolean replayed) {
    }

    /**
     * Sells {@code request} once per {@code idempotencyKey}: a retry with the same key and the same request
     * answers the first sale and changes nothing.
     *
     * @param fingerprint what identifies the request's content, to refuse a key reused for another sale
     * @throws InvalidInputException naming the fields at fault, or the key reused for a different sale
     * @throws ConflictException     a piece not in stock, an item not on hand, a closed register
     * @throws NotFoundException     no such register
     */
    public Outcome sell(UnitOfWork work, SaleRequest request, String idempotencyKey, String fingerprint) {
        return sell(work, request, idempotencyKey, fingerprint, false);
    }

    /**
     * As {@link #sell(UnitOfWork, SaleRequest, String, String)}.
     *
     * @param approved whether a manager approved this sale (or the seller may approve): then a discount above
     *                 the store's threshold and a price override go through
     * @throws ApprovalRequiredException for such a sale without approval
     */
    public Outcome sell(UnitOfWork work, SaleRequest request, String idempotencyKey, String fingerprint, boolean approved) {
        SalesStore store = work.sales();
        Optional<SalesStore.SaleKey> known = store.saleKey(idempotencyKey);
        if (known.isPresent()) {
            if (!known.get().fingerprint().equals(fingerprint)) {
                throw new InvalidInputException("This Idempotency-Key was used for another sale",
                        List.of(new FieldError("Idempotency-Key", "already used for sale " + known.get().saleId()
                                + " with other lines or tenders; a new sale needs a new key")));
            }
            return new Outcome(store.sale(known.get().saleId()).orElseThrow(), true);
        }
        Register register = registers.existing(work, request.register());
        if (!register.isOpen()) {
            throw new ConflictException("Register " + register.id() + " is closed: open it with a float first");
        }
        ReturnService.Plan exchange = exchange(work, request);
        Cart cart = cart(work, request);
        if (!approved && cart.approvalNeeded() != null) {
            throw new ApprovalRequiredException(cart.approvalNeeded());
        }
        Set<String> serials = cart.serials();
        Map<String, Integer> wanted = cart.wanted();
        Discounts discounts = cart.discounts();
        Pricing pricing = new Pricing(terms, currency);
        Pricing.Totals totals = cart.totals();
        // Goods brought back pay first; what they are worth beyond this sale becomes store credit.
        List<Tender> tenders = valued(request.tenders(), work.hq().market());
        Money credit = exchange == null ? Money.zero(currency) : exchange.total();
        Money used = credit.exceeds(totals.total()) ? totals.total() : credit;
        Money leftover = credit.minus(used);
        if (used.signum() > 0) {
            tenders.add(new Tender(TenderType.EXCHANGE, used, null, null, null, exchange.sale().number()));
        }
        for (int i = 0; i < tenders.size(); i++) {
            if (tenders.get(i).type() == TenderType.LOYALTY_POINTS) {
                rewards.checkRedeemable(work, request.client(), tenders.get(i).amount(), "tenders[" + i + "].amount");
            }
        }
        Payment payment = Payment.settle(tenders, totals.total(), pricing);
        Map<String, CreditAccount> spent = spend(store, tenders);
        if (exchange != null) {
            List<Tender> paidOut = new ArrayList<>();
            if (used.signum() > 0) {
                paidOut.add(new Tender(TenderType.EXCHANGE, used, null, null, null, null));
            }
            if (leftover.signum() > 0) {
                CreditAccount account = new CreditAccount(CreditAccount.newCode(TenderType.STORE_CREDIT), TenderType.STORE_CREDIT, leftover,
                        request.client(), work.now(), 1);
                store.save(account);
                paidOut.add(new Tender(TenderType.STORE_CREDIT, leftover, null, null, null, account.code()));
            }
            returns.apply(work, exchange, paidOut, Map.of());
        }

        // A piece held for an online client who came for it ends her reservation with this sale; one pulled for a
        // viewing leaves the viewing. Only a reserved piece can be either: the others need no look at the holds.
        List<String> collected = new ArrayList<>();
        for (String serial : serials) {
            Piece piece = work.inventory().piece(serial).orElseThrow();
            if (piece.status() == PieceStatus.RESERVED) {
                if (ClickAndCollect.collectable(work, piece)) {
                    collected.add(serial);
                } else if (Appointments.held(work, piece)) {
                    Appointments.sold(work, serial);
                }
            }
            inventory.update(work, serial, JsonNodeFactory.instance.objectNode().put("status", PieceStatus.SOLD.label()));
        }
        for (Map.Entry<String, Integer> want : wanted.entrySet()) {
            StockItem item = store.stockItem(want.getKey()).orElseThrow();
            store.save(item.withQuantity(item.quantity() - want.getValue()));
        }
        spent.values().forEach(store::save);
        for (SaleLine line : totals.lines()) {
            if (SaleLine.GIFT_CARD.equals(line.kind())) {
                store.save(new CreditAccount(line.sku(), TenderType.GIFT_CARD, line.total(), request.client(), work.now(), 1));
            }
        }
        String id = UUID.randomUUID().toString();
        String number = String.format("S%06d", store.next(SALE_COUNTER));
        Sale sale = new Sale(id, number, register.id(), work.actor(), request.client(), work.now(), totals.lines(), totals.subtotal(),
                discounts.total().signum() == 0 ? null : discounts.total(), totals.tax(), totals.total(), payment.cashRounding(), tenders,
                payment.change());
        store.save(register.with(register.shift().after(tenders, payment.change())));
        store.save(sale);
        store.save(new SalesStore.SaleKey(idempotencyKey, id, fingerprint));
        work.record(SALE_COMPLETED, id, Json.mapper().valueToTree(sale));
        collected.forEach(serial -> ClickAndCollect.collected(work, serial, id));
        rewards.settled(work, sale);
        return new Outcome(sale, false);
    }

    /**
     * The tenders with each trade-in valued: its fine weight at today's spot price per troy ounce, times
     * the store's payout rate.
     *
     * @throws InvalidInputException when the store has no spot price for a trade-in's metal
     */
    private List<Tender> valued(List<Tender> tenders, MarketPrices market) {
        List<Tender> valued = new ArrayList<>(tenders.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i++) {
            Tender tender = tenders.get(i);
            if (tender.type() == TenderType.FOREIGN_CASH) {
                String code = tender.amount().currency().getCurrencyCode();
                // The store takes the currencies it is configured for, at HQ's latest rate when HQ sent one.
                BigDecimal rate = terms.exchangeRates().containsKey(code)
                        ? market.exchangeRates().getOrDefault(code, terms.exchangeRates().get(code)) : null;
                if (rate == null) {
                    errors.add(new FieldError("tenders[" + i + "].amount.currency", "the store takes no " + code
                            + " (sales.exchangeRates)"));
                    continue;
                }
                // The notes' worth in the store's currency, rounded down: the store never credits more than the rate gives.
                BigDecimal worth = tender.amount().amount().multiply(rate)
                        .setScale(Math.max(currency.getDefaultFractionDigits(), 0), java.math.RoundingMode.DOWN);
                valued.add(tender.exchanged(new Money(worth, currency), rate));
                continue;
            }
            if (tender.type() != TenderType.TRADE_IN) {
                valued.add(tender);
                continue;
            }
            TradeIn asked = tender.tradeIn();
            BigDecimal spot = market.spotPerOunce().getOrDefault(asked.metal(), terms.tradeIn().spotPerOunce().get(asked.metal()));
            if (spot == null) {
                errors.add(new FieldError("tenders[" + i + "].metal", "no spot price for " + asked.metal().label()
                        + " today (sales.spotPrices): the trade-in cannot be valued"));
                continue;
            }
            TradeIn valuation = new TradeIn(asked.metal(), asked.fineness(), asked.purity(), asked.weight(), asked.seller(),
                    asked.description(), new Money(spot, currency), terms.tradeIn().payoutPercent());
            valued.add(tender.valued(valuation.value(currency), valuation));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The tenders cannot be taken", errors);
        }
        return valued;
    }

    /** The return an exchange makes, planned (every rule checked, nothing written); null without an exchange. */
    private ReturnService.Plan exchange(UnitOfWork work, SaleRequest request) {
        SaleRequest.Exchange exchange = request.exchange();
        if (exchange == null) {
            return null;
        }
        if (returns == null) {
            throw new InvalidInputException("The sale cannot be made", List.of(new FieldError("exchange", "exchanges are not taken here")));
        }
        return returns.plan(work, exchange.sale(), new ReturnService.Request(request.register(), exchange.lines(), exchange.reason()));
    }

    /**
     * What a sale's lines come to, without writing anything: each piece in stock and each item on hand
     * checked, overrides and discounts applied, tax computed, and what (if anything) needs a manager.
     */
    private Cart cart(UnitOfWork work, SaleRequest request) {
        SalesStore store = work.sales();
        List<Pricing.Item> items = new ArrayList<>();
        Map<String, Integer> wanted = new HashMap<>();
        List<String> overrides = new ArrayList<>();
        Set<String> giftCards = new HashSet<>();
        Set<String> serials = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            SaleRequest.Line line = request.lines().get(i);
            String path = "lines[" + i + "]";
            if (line.serial() != null) {
                if (!serials.add(line.serial())) {
                    errors.add(new FieldError(path + ".serial", line.serial() + " is already on this sale"));
                    continue;
                }
                items.add(pieceItem(work, line.serial(), line.price(), overrides));
            } else if (line.giftCard() != null) {
                String code = line.giftCard().isEmpty() ? CreditAccount.newCode(TenderType.GIFT_CARD) : line.giftCard();
                if (store.creditAccount(code).isPresent() || !giftCards.add(code)) {
                    errors.add(new FieldError(path + ".giftCard", "gift card " + code + " is already issued"));
                    continue;
                }
                // The code travels in the line's sku: what the receipt and a reprint show.
                items.add(new Pricing.Item(SaleLine.GIFT_CARD, null, code, null, null, "Gift card " + code, SaleLine.GIFT_CARD, 1,
                        line.price(), List.of()));
            } else if (line.sku() != null) {
                StockItem item = store.stockItem(line.sku()).orElse(null);
                if (item == null) {
                    errors.add(new FieldError(path + ".sku", "no stock item " + line.sku()));
                    continue;
                }
                wanted.merge(item.sku(), line.quantity(), Integer::sum);
                items.add(new Pricing.Item(SaleLine.ITEM, null, item.sku(), null, null, item.name(), item.category(), line.quantity(),
                        line.price() != null ? line.price() : item.price(), List.of()));
                if (line.price() != null && !line.price().equals(item.price())) {
                    overrides.add(item.sku());
                }
            } else {
                items.add(new Pricing.Item(SaleLine.SERVICE, null, null, line.service(), line.text(), serviceName(line.service()),
                        SaleLine.SERVICE, 1, line.price(), List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The sale cannot be made", errors);
        }
        for (Map.Entry<String, Integer> want : wanted.entrySet()) {
            StockItem item = store.stockItem(want.getKey()).orElseThrow();
            if (item.quantity() < want.getValue()) {
                throw new ConflictException("Only " + item.quantity() + " of " + item.sku() + " (" + item.name() + ") on hand, "
                        + want.getValue() + " asked");
            }
        }
        Discounts discounts = Discounts.apply(items, request.discounts(), currency);
        String approval = null;
        if (!overrides.isEmpty()) {
            approval = "overriding the price of " + String.join(", ", overrides);
        } else if (discounts.percentOf().compareTo(terms.discountApprovalPercent()) > 0) {
            approval = "a discount of " + discounts.percentOf().stripTrailingZeros().toPlainString() + "% (above "
                    + terms.discountApprovalPercent().stripTrailingZeros().toPlainString() + "%)";
        }
        return new Cart(serials, wanted, discounts, new Pricing(terms, currency).price(discounts.items()), approval);
    }

    /**
     * A sale's lines priced.
     *
     * @param approvalNeeded what needs a manager's approval, in words, or null
     */
    private record Cart(Set<String> serials, Map<String, Integer> wanted, Discounts discounts, Pricing.Totals totals,
            String approvalNeeded) {
    }

    /**
     * What a sale would come to, tax included, and what its cash payment would be: a register shows it before charging.
     *
     * @param exchangeCredit what the goods an exchange brings back are worth, exactly as the sale will credit them
     *                       (the return's refund), or null without an exchange
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quote(List<SaleLine> lines, Money subtotal, Money discount, Money tax, Money total, Money cashTotal,
            String approvalNeeded, Money exchangeCredit) {
    }

    /** Prices {@code request} as {@link #sell} would, exchange included, and writes nothing. Its tenders are not needed. */
    public Quote quote(UnitOfWork work, SaleRequest request) {
        ReturnService.Plan exchange = exchange(work, request);
        Cart cart = cart(work, request);
        Pricing.Totals totals = cart.totals();
        Money discount = cart.discounts().total();
        return new Quote(totals.lines(), totals.subtotal(), discount.signum() == 0 ? null : discount, totals.tax(), totals.total(),
                new Pricing(terms, currency).cashDue(totals.total()), cart.approvalNeeded(), exchange == null ? null : exchange.total());
    }

    /**
     * The gift cards and store credit {@code tenders} draw on, each with what will be left on it.
     *
     * @throws InvalidInputException for an unknown code or one of another kind
     * @throws ConflictException     when a balance does not cover what is drawn
     */
    static Map<String, CreditAccount> spend(SalesStore store, List<Tender> tenders) {
        Map<String, CreditAccount> after = new HashMap<>();
        for (int i = 0; i < tenders.size(); i++) {
            Tender tender = tenders.get(i);
            if (!tender.type().onAccount()) {
                continue;
            }
            CreditAccount account = after.containsKey(tender.account()) ? after.get(tender.account())
                    : store.creditAccount(tender.account()).orElse(null);
            if (account == null || account.kind() != tender.type()) {
                throw new InvalidInputException("The tenders cannot be taken", List.of(new FieldError("tenders[" + i + "].account",
                        "no " + tender.type().label() + " " + tender.account())));
            }
            if (tender.amount().exceeds(account.balance())) {
                throw new ConflictException(tender.type().label() + " " + account.code() + " holds " + account.balance().amount()
                        .toPlainString() + ", less than the " + tender.amount().amount().toPlainString() + " drawn on it");
            }
            after.put(account.code(), account.withBalance(account.balance().minus(tender.amount())));
        }
        return after;
    }

    /** The piece of {@code serial} at its list price, or at {@code price}, noted in {@code overrides} when it differs. */
    private Pricing.Item pieceItem(UnitOfWork work, String serial, Money price, List<String> overrides) {
        Piece piece = work.inventory().piece(serial).orElseThrow(() -> new NotFoundException("There is no piece with serial " + serial));
        if (piece.status() != PieceStatus.IN_STOCK && !ClickAndCollect.collectable(work, piece) && !Appointments.held(work, piece)) {
            throw new ConflictException(serial + " is " + piece.status().label() + ", not in stock: it cannot be sold");
        }
        if (price != null && !price.equals(piece.retailPrice())) {
            overrides.add(serial);
        }
        return Pricing.Item.piece(piece, price != null ? price : piece.retailPrice());
    }

    private static String serviceName(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    /** How the tenders settle the total: the change, and what rounding cash to the smallest coin added. */
    record Payment(Money change, Money cashRounding) {

        static Payment settle(List<Tender> tenders, Money total, Pricing pricing) {
            Money cards = Money.zero(total.currency());
            Money cash = Money.zero(total.currency());
            for (Tender tender : tenders) {
                if (tender.type().cash()) {
                    cash = cash.plus(tender.amount());
                } else {
                    cards = cards.plus(tender.amount());
                }
            }
            Money due = cash.signum() > 0 ? pricing.cashDue(total) : total;
            if (cards.exceeds(due)) {
                throw new InvalidInputException("The tenders do not settle the sale", List.of(new FieldError("tenders",
                        "cards and balances on account come to " + cards.amount().toPlainString() + ", more than the "
                                + due.amount().toPlainString() + " due; only cash gives change")));
            }
            Money paid = cards.plus(cash);
            if (due.exceeds(paid)) {
                throw new InvalidInputException("The tenders do not settle the sale", List.of(new FieldError("tenders",
                        "they come to " + paid.amount().toPlainString() + ", " + due.minus(paid).amount().toPlainString()
                                + " short of the " + due.amount().toPlainString() + " due")));
            }
            return new Payment(paid.minus(due), due.minus(total));
        }
    }
}
