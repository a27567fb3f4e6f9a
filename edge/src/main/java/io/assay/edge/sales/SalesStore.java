package io.assay.edge.sales;

import java.util.List;
import java.util.Optional;

/**
 * The register's records as a command on the writer sees them: registers, sales, the idempotency keys
 * of sales, quantity stock and the running numbers.
 */
public interface SalesStore {

    Optional<Register> register(String id);

    List<Register> registers();

    void save(Register register);

    Optional<Sale> sale(String id);

    void save(Sale sale);

    /** The sale an idempotency key made, with the fingerprint of the request it answered. */
    Optional<SaleKey> saleKey(String key);

    void save(SaleKey key);

    void save(SaleReturn saleReturn);

    /** What has come back from {@code saleId} so far (empty before the first return). */
    Optional<ReturnLedger> returnLedger(String saleId);

    void save(ReturnLedger ledger);

    Optional<Layaway> layaway(String id);

    /** The open layaway holding {@code serial}, if one does. */
    Optional<Layaway> openLayawayOf(String serial);

    void save(Layaway layaway);

    Optional<CreditAccount> creditAccount(String code);

    void save(CreditAccount account);

    Optional<StockItem> stockItem(String sku);

    List<StockItem> stockItems();

    void save(StockItem item);

    /** The next number of {@code counter} (1, 2, 3...), taken for good. */
    long next(String counter);

    /** A sale's idempotency key: who may replay it, and what request it stands for. */
    record SaleKey(String key, String saleId, String fingerprint) {
    }
}
