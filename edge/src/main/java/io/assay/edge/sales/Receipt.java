package io.assay.edge.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.assay.edge.inventory.Money;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A sale as its receipt prints it, in the browser now and on the receipt printer later: the boutique,
 * the time on its clock, who sold, each line with its serial and certificates, the tax, the tenders as the
 * client may read them (a card as "VISA •••• 4242"), the change, the return policy and the barcode.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(String store, String storeId, String saleId, String number, LocalDateTime time, String timeZone, String register,
        String associate, String client, List<Line> lines, Money subtotal, Money tax, Money total, Money cashRounding,
        List<Payment> tenders, Money change, String returnPolicy, Barcode barcode) {

    /** A receipt line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String description, String serial, String sku, String text, List<String> certificates, int quantity,
            Money unitPrice, Money tax, Money total) {
    }

    /** A tender as the receipt names it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Payment(String label, Money amount, String authCode) {
    }

    /** What the barcode encodes and how: the sale number, as a till's scanner finds the sale again for a return. */
    public record Barcode(String symbology, String value) {
    }

    /**
     * @param associateName the seller's name as the staff list has it
     * @param returnDays    the days a piece may come back with this receipt
     */
    public static Receipt of(Sale sale, String store, String storeId, ZoneId zone, String associateName, int returnDays) {
        List<Line> lines = sale.lines().stream().map(l -> new Line(l.description(), l.serial(), l.sku(), l.text(), l.certificates(),
                l.quantity(), l.unitPrice(), l.tax(), l.total())).toList();
        List<Payment> tenders = sale.tenders().stream().map(Receipt::payment).toList();
        String policy = "Returns and exchanges within " + returnDays + " days with this receipt, the piece unworn and with its "
                + "certificates. Engraved and resized pieces are final sale.";
        return new Receipt(store, storeId, sale.id(), sale.number(), LocalDateTime.ofInstant(sale.time(), zone), zone.getId(),
                sale.register(), associateName, sale.client(), lines, sale.subtotal(), sale.tax(), sale.total(),
                sale.cashRounding().signum() == 0 ? null : sale.cashRounding(), tenders, sale.change(), policy,
                new Barcode("code128", sale.number()));
    }

    /** A tender named as the client reads it; a card by scheme and last four digits only. */
    private static Payment payment(Tender tender) {
        String label = switch (tender.type()) {
            case CARD -> tender.scheme().toUpperCase(Locale.ROOT) + " •••• " + tender.last4();
            case GIFT_CARD -> "Gift card " + tender.account();
            case STORE_CREDIT -> "Store credit " + tender.account();
            case EXCHANGE -> "Exchange from " + tender.account();
            case FOREIGN_CASH -> tender.foreign() == null ? "Foreign cash"
                    : "Cash " + tender.foreign().amount().currency().getCurrencyCode() + " " + tender.foreign().amount().amount().toPlainString()
                            + " at " + tender.foreign().rate().toPlainString();
            case TRADE_IN -> tender.tradeIn() == null ? "Trade-in"
                    : "Trade-in " + tender.tradeIn().weight().value().toPlainString() + " " + tender.tradeIn().weight().unit().symbol()
                            + " " + tender.tradeIn().fineness() + " " + tender.tradeIn().metal().label();
            case CASH -> "Cash";
            case LOYALTY_POINTS -> "Loyalty points";
        };
        return new Payment(label, tender.amount(), tender.type() == TenderType.CARD ? tender.authCode() : null);
    }
}
