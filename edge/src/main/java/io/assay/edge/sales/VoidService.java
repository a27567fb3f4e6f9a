package io.assay.edge.sales;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes a sale within the shift it was rung up in (the caller has a manager's approval): its pieces back
 * in stock, its items back on the shelf, its tenders given back (the card voided, the cash out of the
 * drawer, balances credited back, change returned), any gift card it sold cancelled unspent. After a close,
 * or once anything of it came back, only a return undoes it.
 */
public final class VoidService {

    public static final String SALE_VOIDED = "io.assay.sale.voided";

    private final InventoryService inventory;
    private final Rewards rewards;

    public VoidService(InventoryService inventory) {
        this(inventory, Rewards.NONE);
    }

    /** @param rewards gives back the points a voided sale was paid with and takes back those it earned */
    public VoidService(InventoryService inventory, Rewards rewards) {
        this.inventory = inventory;
        this.rewards = rewards;
    }

    public Sale voidSale(UnitOfWork work, String saleId, String reason) {
        SalesStore store = work.sales();
        Sale sale = store.sale(saleId).orElseThrow(() -> new NotFoundException("There is no sale " + saleId));
        if (sale.voided() != null) {
            throw new ConflictException("Sale " + sale.number() + " is already void");
        }
        Register register = store.register(sale.register()).orElseThrow();
        if (!register.isOpen() || register.shift().openedAt().isAfter(sale.time())) {
            throw new ConflictException("Sale " + sale.number() + " was rung up in a shift that is closed: take it back as a return");
        }
        if (store.returnLedger(saleId).isPresent()) {
            throw new ConflictException("Part of sale " + sale.number() + " has come back already: take the rest back as a return");
        }
        Money cashOut = sale.tenders().stream().filter(t -> t.type() == TenderType.CASH).map(Tender::amount)
                .reduce(Money.zero(sale.total().currency()), Money::plus).minus(sale.change());
        if (cashOut.exceeds(register.shift().expected(TenderType.CASH))) {
            throw new ConflictException("Voiding gives back " + cashOut.amount().toPlainString() + " in cash; the drawer should hold "
                    + register.shift().expected(TenderType.CASH).amount().toPlainString());
        }
        Map<String, CreditAccount> accounts = new HashMap<>();
        for (SaleLine line : sale.lines()) {
            if (SaleLine.GIFT_CARD.equals(line.kind())) {
                CreditAccount card = store.creditAccount(line.sku()).orElseThrow();
                if (!card.balance().equals(line.total())) {
                    throw new ConflictException("Gift card " + card.code() + " sold on this sale has been spent: take the sale back as a return");
                }
                accounts.put(card.code(), card.withBalance(Money.zero(card.balance().currency())));
            } else if (SaleLine.PIECE.equals(line.kind())) {
                PieceStatus status = work.inventory().piece(line.serial()).map(Piece::status).orElse(null);
                if (status != PieceStatus.SOLD) {
                    throw new ConflictException(line.serial() + " is " + (status == null ? "gone" : status.label()) + ", no longer sold");
                }
            }
        }
        for (Tender tender : sale.tenders()) {
            if (tender.type().onAccount()) {
                CreditAccount account = accounts.containsKey(tender.account()) ? accounts.get(tender.account())
                        : store.creditAccount(tender.account()).orElseThrow();
                accounts.put(account.code(), account.withBalance(account.balance().plus(tender.amount())));
            }
        }

        for (SaleLine line : sale.lines()) {
            if (SaleLine.PIECE.equals(line.kind())) {
                inventory.update(work, line.serial(), JsonNodeFactory.instance.objectNode().put("status", PieceStatus.IN_STOCK.label()));
            } else if (SaleLine.ITEM.equals(line.kind())) {
                StockItem item = store.stockItem(line.sku()).orElseThrow();
                store.save(item.withQuantity(item.quantity() + line.quantity()));
            }
        }
        accounts.values().forEach(store::save);
        store.save(register.with(register.shift().afterVoid(sale.tenders(), sale.change())));
        if (sale.client() != null) {
            Money points = Tender.total(sale.tenders(), TenderType.LOYALTY_POINTS, Money.zero(sale.total().currency()));
            rewards.reversed(work, sale, sale.total().minus(points), points);
        }
        Sale voided = sale.voided(new Sale.Voiding(work.actor(), work.now(), reason));
        store.save(voided);
        work.record(SALE_VOIDED, sale.id(), Json.mapper().createObjectNode().put("number", sale.number()).put("reason", reason));
        return voided;
    }
}
