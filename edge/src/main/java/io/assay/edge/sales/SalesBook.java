package io.assay.edge.sales;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Registers, sales, returns and stock items as last committed, for readers on any thread (the API, the screens).
 * MapDB's transaction is not isolated, so readers never look there; the writer hands each committed
 * document here ({@link #apply}).
 */
public final class SalesBook {

    private final ConcurrentMap<String, Register> registers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Sale> sales = new ConcurrentHashMap<>();
    /** Sale ids by the number their receipt prints, for a return brought with its receipt. */
    private final ConcurrentMap<String, String> saleIds = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, StockItem> stockItems = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, SaleReturn> returns = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CreditAccount> accounts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Layaway> layaways = new ConcurrentHashMap<>();
    /** Sale ids by client, for a client's history. */
    private final ConcurrentMap<String, List<String>> salesByClient = new ConcurrentHashMap<>();
    /** Return ids by the sale they came back from. */
    private final ConcurrentMap<String, List<String>> returnsBySale = new ConcurrentHashMap<>();

    /** Takes committed documents; anything that is not the register's is ignored. */
    public void apply(Collection<?> documents) {
        for (Object document : documents) {
            if (document instanceof Register register) {
                registers.merge(register.id(), register, (held, next) -> next.version() >= held.version() ? next : held);
            } else if (document instanceof Sale sale) {
                if (sales.put(sale.id(), sale) == null && sale.client() != null) {
                    salesByClient.computeIfAbsent(sale.client(), c -> new CopyOnWriteArrayList<>()).add(sale.id());
                }
                saleIds.put(sale.number(), sale.id());
            } else if (document instanceof Layaway layaway) {
                layaways.merge(layaway.id(), layaway, (held, next) -> next.version() >= held.version() ? next : held);
            } else if (document instanceof CreditAccount account) {
                accounts.merge(account.code(), account, (held, next) -> next.version() >= held.version() ? next : held);
            } else if (document instanceof SaleReturn saleReturn) {
                // A return without a receipt is against no sale.
                if (returns.put(saleReturn.id(), saleReturn) == null && saleReturn.sale() != null) {
                    returnsBySale.computeIfAbsent(saleReturn.sale(), s -> new CopyOnWriteArrayList<>()).add(saleReturn.id());
                }
            } else if (document instanceof StockItem item) {
                stockItems.merge(item.sku(), item, (held, next) -> next.version() >= held.version() ? next : held);
            }
        }
    }

    public Optional<Register> register(String id) {
        return Optional.ofNullable(registers.get(id));
    }

    public List<Register> registers() {
        return registers.values().stream().sorted(Comparator.comparing(Register::id)).toList();
    }

    public Optional<Sale> sale(String id) {
        return Optional.ofNullable(sales.get(id));
    }

    /** The sales made to {@code client}, oldest first. */
    public List<Sale> salesOf(String client) {
        return salesByClient.getOrDefault(client, List.of()).stream().map(sales::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Sale::time)).toList();
    }

    /** What came back from {@code saleId}, oldest first. */
    public List<SaleReturn> returnsOf(String saleId) {
        return returnsBySale.getOrDefault(saleId, List.of()).stream().map(returns::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(SaleReturn::time)).toList();
    }

    public Optional<SaleReturn> saleReturn(String id) {
        return Optional.ofNullable(returns.get(id));
    }

    /** The sale printed as {@code number} (S000123) on its receipt. */
    public Optional<Sale> saleByNumber(String number) {
        return Optional.ofNullable(saleIds.get(number)).map(sales::get);
    }

    /** Layaways, newest first: all, or only those of {@code client} and of {@code status} when given. */
    public List<Layaway> layaways(String client, String status) {
        return layaways.values().stream()
                .filter(l -> client == null || client.equals(l.client()))
                .filter(l -> status == null || status.equals(l.status()))
                .sorted(Comparator.comparing(Layaway::createdAt).reversed()).toList();
    }

    public Optional<Layaway> layaway(String id) {
        return Optional.ofNullable(layaways.get(id));
    }

    /** Open layaways behind their schedule on {@code today}, oldest first. */
    public List<Layaway> overdue(java.time.LocalDate today) {
        return layaways.values().stream().filter(l -> l.overdueOn(today)).sorted(Comparator.comparing(Layaway::createdAt)).toList();
    }

    public Optional<CreditAccount> creditAccount(String code) {
        return Optional.ofNullable(accounts.get(code));
    }

    public List<StockItem> stockItems() {
        return stockItems.values().stream().sorted(Comparator.comparing(StockItem::sku)).toList();
    }
}
