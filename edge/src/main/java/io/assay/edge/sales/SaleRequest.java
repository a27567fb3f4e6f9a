package io.assay.edge.sales;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.inventory.Fineness;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Weight;
import io.assay.edge.inventory.WeightUnit;
import io.assay.edge.json.FieldReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a register asks to sell, read from its JSON and checked for shape: every mistake is named by its
 * path ({@code lines[1].quantity}, {@code tenders[0].last4}) in one answer. What the store holds (is the
 * piece in stock, is the register open) is checked by {@link SaleService} on the writer.
 *
 * @param client the client-book id, or null
 */
public record SaleRequest(String register, String client, List<Line> lines, List<Discount> discounts, List<Tender> tenders,
        Exchange exchange) {

    /** Without discounts. */
    public SaleRequest(String register, String client, List<Line> lines, List<Tender> tenders) {
        this(register, client, lines, List.of(), tenders, null);
    }

    /**
     * Goods from an earlier sale brought back in the same transaction: what they are worth pays toward this
     * sale, and what is left over becomes store credit.
     */
    public record Exchange(String sale, List<ReturnService.Request.Line> lines, String reason) {
    }

    /** Services the boutique's bench performs; their price is quoted at the counter. */
    public static final Set<String> SERVICES = Set.of("engraving", "sizing", "cleaning");

    private static final int MAX_LINES = 100;
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");
    private static final Pattern AUTH_CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

    /**
     * One line asked for: exactly one of a serial, a SKU with a quantity, or a service with its price.
     *
     * @param price    a service's quoted price, a gift card's value, or a piece's or an item's overridden one
     *                 (null for the list price)
     * @param giftCard a gift card sold: its code when the card carries one, "" for one the store makes up
     */
    public record Line(String serial, String sku, int quantity, String service, String text, Money price, String giftCard) {

        public Line(String serial, String sku, int quantity, String service, String text, Money price) {
            this(serial, sku, quantity, service, text, price, null);
        }
    }

    /**
     * A discount: on one line ({@code line}, its index) or on the whole sale (null), as a percent or an
     * amount.
     */
    public record Discount(Integer line, BigDecimal percent, Money amount, String reason) {
    }

    private static final int MAX_DISCOUNTS = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Reads a sale.
     *
     * @throws InvalidInputException naming every field at fault
     */
    public static SaleRequest read(JsonNode json, Currency currency) {
        return read(json, currency, true);
    }

    /** As {@link #read(JsonNode, Currency)}; a quote is asked before any tender, so they may be left out. */
    public static SaleRequest read(JsonNode json, Currency currency, boolean tendersRequired) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(errors, "");
        String register = in.requiredText(json, "register", 40);
        String client = in.text(json, "client", 64);
        List<Line> lines = new ArrayList<>();
        JsonNode lineNodes = json.get("lines");
        if (lineNodes == null || !lineNodes.isArray() || lineNodes.isEmpty()) {
            in.error("lines", "a sale needs at least one line");
        } else if (lineNodes.size() > MAX_LINES) {
            in.error("lines", "a sale takes at most " + MAX_LINES + " lines");
        } else {
            for (int i = 0; i < lineNodes.size(); i++) {
                lines.add(line(in.nested("lines[" + i + "]"), lineNodes.get(i), currency));
            }
        }
        List<Discount> discounts = new ArrayList<>();
        JsonNode discountNodes = json.get("discounts");
        if (discountNodes != null && !discountNodes.isNull()) {
            if (!discountNodes.isArray() || discountNodes.size() > MAX_DISCOUNTS) {
                in.error("discounts", "a list of at most " + MAX_DISCOUNTS + " discounts");
            } else {
                for (int i = 0; i < discountNodes.size(); i++) {
                    discounts.add(discount(in.nested("discounts[" + i + "]"), discountNodes.get(i), lines.size(), currency));
                }
            }
        }
        Exchange exchange = exchange(in, json);
        // With goods brought back, they may pay for all of it.
        boolean needTenders = tendersRequired && exchange == null;
        List<Tender> tenders = needTenders || json.has("tenders") ? tenders(in, json, currency) : List.of();
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The sale cannot be made", errors);
        }
        return new SaleRequest(register, client, List.copyOf(lines), List.copyOf(discounts), List.copyOf(tenders), exchange);
    }

    private static Exchange exchange(FieldReader in, JsonNode json) {
        JsonNode node = json.get("exchange");
        if (node == null || node.isNull()) {
            return null;
        }
        FieldReader at = in.nested("exchange");
        if (!node.isObject()) {
            at.error("", "an exchange names the earlier sale and the lines brought back");
            return null;
        }
        String sale = at.requiredText(node, "sale", 64);
        String reason = at.text(node, "reason", 200);
        List<ReturnService.Request.Line> lines = new ArrayList<>();
        JsonNode nodes = node.get("lines");
        if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
            at.error("lines", "at least one line brought back");
        } else {
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode line = nodes.get(i);
                FieldReader l = at.nested("lines[" + i + "]");
                if (!line.isObject() || l.has(line, "serial") == l.has(line, "sku")) {
                    l.error("", "a line names a serial or a sku");
                    continue;
                }
                Integer quantity = l.integer(line, "quantity");
                lines.add(new ReturnService.Request.Line(l.text(line, "serial", 64), l.text(line, "sku", 64), quantity == null ? 1 : quantity));
            }
        }
        return new Exchange(sale, List.copyOf(lines), reason);
    }

    /** The {@code tenders} of {@code json}: at least one, each read as a sale's; mistakes go to {@code in}. */
    public static List<Tender> tenders(FieldReader in, JsonNode json, Currency currency) {
        List<Tender> tenders = new ArrayList<>();
        JsonNode tenderNodes = json.get("tenders");
        if (tenderNodes == null || !tenderNodes.isArray() || tenderNodes.isEmpty()) {
            in.error("tenders", "at least one tender is needed");
        } else {
            for (int i = 0; i < tenderNodes.size(); i++) {
                tenders.add(tender(in.nested("tenders[" + i + "]"), tenderNodes.get(i), currency));
            }
        }
        return tenders;
    }

    private static Line line(FieldReader in, JsonNode node, Currency currency) {
        if (node == null || !node.isObject()) {
            in.error("", "a line is an object with a serial, a sku, a service or a giftCard");
            return null;
        }
        // "giftCard": "" asks for a code the appliance makes up, so its mere presence counts.
        boolean giftCardLine = node.hasNonNull("giftCard");
        int kinds = (in.has(node, "serial") ? 1 : 0) + (in.has(node, "sku") ? 1 : 0) + (in.has(node, "service") ? 1 : 0)
                + (giftCardLine ? 1 : 0);
        if (kinds != 1) {
            in.error("", "a line names exactly one of serial, sku, service or giftCard");
            return null;
        }
        if (giftCardLine) {
            JsonNode code = node.get("giftCard");
            String giftCard = code.isTextual() ? code.asText().strip().toUpperCase(Locale.ROOT) : null;
            if (giftCard == null || giftCard.length() > 40) {
                in.error("giftCard", "the card's code (up to 40 characters), or \"\" for a code the appliance makes up");
            }
            Money value = in.money(node, "price", true);
            sameCurrency(in, "price", value, currency);
            return new Line(null, null, 1, null, null, value, giftCard);
        }
        String serial = in.text(node, "serial", 64);
        String sku = in.text(node, "sku", 64);
        Integer quantity = in.integer(node, "quantity");
        if (serial != null && quantity != null && quantity != 1) {
            in.error("quantity", "a serialized piece is sold one at a time");
        }
        if (quantity != null && (quantity < 1 || quantity > 999)) {
            in.error("quantity", "from 1 to 999, got " + quantity);
        }
        String service = in.oneOf(node, "service", SERVICES);
        String text = in.text(node, "text", 200);
        if ("engraving".equals(service) && (text == null || text.isBlank())) {
            in.error("text", "an engraving needs its text");
        }
        // A service's price is quoted at the counter; a piece's or an item's given price overrides its list price.
        Money price = in.money(node, "price", service != null);
        sameCurrency(in, "price", price, currency);
        return new Line(serial, sku, quantity == null ? 1 : quantity, service, text, price);
    }

    private static Discount discount(FieldReader in, JsonNode node, int lines, Currency currency) {
        if (node == null || !node.isObject()) {
            in.error("", "a discount is an object with a percent or an amount");
            return null;
        }
        Integer line = in.integer(node, "line");
        if (line != null && (line < 0 || line >= lines)) {
            in.error("line", "the index of one of the sale's " + lines + " lines, from 0");
        }
        if (in.has(node, "percent") == in.has(node, "amount")) {
            in.error("", "a discount is either a percent or an amount");
            return null;
        }
        BigDecimal percent = in.decimal(node, "percent");
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2)) {
            in.error("percent", "more than 0 and at most 100, with at most two decimals, got " + percent.toPlainString());
        }
        Money amount = in.money(node, "amount", in.has(node, "amount"));
        sameCurrency(in, "amount", amount, currency);
        String reason = in.text(node, "reason", 200);
        return new Discount(line, percent, amount, reason);
    }

    private static Tender tender(FieldReader in, JsonNode node, Currency currency) {
        if (node == null || !node.isObject()) {
            in.error("", "a tender is an object with a type and an amount");
            return null;
        }
        String typeName = in.requiredText(node, "type", 20);
        TenderType type = typeName == null ? null : TenderType.fromLabel(typeName).orElse(null);
        if (typeName != null && type == null) {
            in.error("type", "one of cash, card, gift-card, store-credit, trade-in, foreign-cash, loyalty-points, got '" + typeName + "'");
        }
        if (type == TenderType.TRADE_IN) {
            return tradeIn(in, node);
        }
        Money amount = in.money(node, "amount", true);
        if (type == TenderType.FOREIGN_CASH) {
            if (amount != null && amount.currency().equals(currency)) {
                in.error("amount.currency", "foreign cash is in another currency than the store's " + currency + ": take it as cash");
            }
        } else {
            sameCurrency(in, "amount", amount, currency);
        }
        String scheme = null;
        String last4 = null;
        String authCode = null;
        if (type == TenderType.CARD) {
            scheme = in.requiredText(node, "scheme", 20);
            last4 = in.has(node, "last4") ? in.matching(node, "last4", LAST4, "the card's last four digits, as the terminal printed them")
                    : missing(in, "last4");
            authCode = in.has(node, "authCode") ? in.matching(node, "authCode", AUTH_CODE, "the terminal's authorisation code")
                    : missing(in, "authCode");
        } else {
            for (String field : List.of("scheme", "last4", "authCode")) {
                if (in.has(node, field)) {
                    in.error(field, "only a card tender has a " + field);
                }
            }
        }
        String account = null;
        if (type != null && type.onAccount()) {
            account = in.requiredText(node, "account", 40);
            account = account == null ? null : account.strip().toUpperCase(Locale.ROOT);
        } else if (in.has(node, "account")) {
            in.error("account", "only a gift card or store credit has an account");
        }
        return new Tender(type, amount, scheme, last4, authCode, account);
    }

    /**
     * Old metal taken as payment: what it is and who sells it. Its amount is the appliance's to work out
     * (spot price, payout rate), never the register's to state.
     */
    private static Tender tradeIn(FieldReader in, JsonNode node) {
        if (in.has(node, "amount")) {
            in.error("amount", "the appliance values a trade-in from its metal, fineness and weight");
        }
        String metalName = in.requiredText(node, "metal", 20);
        Metal metal = metalName == null ? null : Metal.fromLabel(metalName.toLowerCase(Locale.ROOT)).filter(m -> m != Metal.OTHER).orElse(null);
        if (metalName != null && metal == null) {
            in.error("metal", "gold, silver, platinum or palladium, got '" + metalName + "'");
        }
        String fineness = in.requiredText(node, "fineness", 10);
        if (metal != null && fineness != null) {
            Fineness.Result canonical = Fineness.canonical(metal, fineness);
            if (canonical.value().isEmpty()) {
                in.error("fineness", canonical.reason());
            }
            fineness = canonical.value().orElse(null);
        }
        Weight weight = null;
        JsonNode w = in.object(node, "weight");
        if (w == null) {
            if (!in.has(node, "weight")) {
                in.error("weight", "is required: {\"value\": \"12.40\", \"unit\": \"g\"}");
            }
        } else {
            FieldReader at = in.nested("weight");
            BigDecimal value = at.decimal(w, "value");
            WeightUnit unit = WeightUnit.fromSymbol(at.text(w, "unit", 5) == null ? "" : at.text(w, "unit", 5)).orElse(null);
            if (value == null || value.signum() <= 0) {
                at.error("value", "more than zero");
            }
            if (unit == null) {
                at.error("unit", "g, ct, dwt or ozt");
            }
            weight = value != null && value.signum() > 0 && unit != null ? new Weight(value, unit) : null;
        }
        String seller = in.requiredText(node, "seller", 120);
        String description = in.text(node, "description", 200);
        TradeIn details = metal == null || fineness == null || weight == null || seller == null ? null
                : new TradeIn(metal, fineness, TradeIn.purity(fineness), weight, seller, description, null, null);
        return new Tender(TenderType.TRADE_IN, null, null, null, null, null, details);
    }

    private static String missing(FieldReader in, String field) {
        in.error(field, "is required for a card");
        return null;
    }

    private static void sameCurrency(FieldReader in, String field, Money money, Currency currency) {
        if (money != null && !money.currency().equals(currency)) {
            in.error(field + ".currency", "the store sells in " + currency + "; notes in another currency are a foreign-cash tender");
        }
    }
}
