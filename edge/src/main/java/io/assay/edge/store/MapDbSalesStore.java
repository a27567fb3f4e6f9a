package io.assay.edge.store;

import io.assay.edge.sales.CreditAccount;
import io.assay.edge.sales.Layaway;
import io.assay.edge.sales.Register;
import io.assay.edge.sales.ReturnLedger;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.SaleReturn;
import io.assay.edge.sales.SalesStore;
import io.assay.edge.sales.StockItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link SalesStore} on MapDB document maps, for the writer's transaction; reports each saved document. */
public final class MapDbSalesStore implements SalesStore {

    private final Database db;
    private final DocumentMap documents;

    MapDbSalesStore(Database db, Consumer<Object> onSave) {
        this.db = db;
        this.documents = new DocumentMap(db, onSave);
    }

    @Override
    public Optional<Register> register(String id) {
        return get(DocumentCollection.REGISTERS, id, Register.class);
    }

    @Override
    public List<Register> registers() {
        return all(DocumentCollection.REGISTERS, Register.class);
    }

    @Override
    public void save(Register register) {
        put(DocumentCollection.REGISTERS, register.id(), register);
    }

    @Override
    public Optional<Sale> sale(String id) {
        return get(DocumentCollection.SALES, id, Sale.class);
    }

    @Override
    public void save(Sale sale) {
        put(DocumentCollection.SALES, sale.id(), sale);
    }

    @Override
    public Optional<SaleKey> saleKey(String key) {
        return get(DocumentCollection.SALE_KEYS, key, SaleKey.class);
    }

    @Override
    public void save(SaleKey key) {
        put(DocumentCollection.SALE_KEYS, key.key(), key);
    }

    @Override
    public void save(SaleReturn saleReturn) {
        put(DocumentCollection.RETURNS, saleReturn.id(), saleReturn);
    }

    @Override
    public Optional<ReturnLedger> returnLedger(String saleId) {
        return get(DocumentCollection.RETURN_LEDGERS, saleId, ReturnLedger.class);
    }

    @Override
    public void save(ReturnLedger ledger) {
        put(DocumentCollection.RETURN_LEDGERS, ledger.sale(), ledger);
    }

    @Override
    public Optional<Layaway> layaway(String id) {
        return get(DocumentCollection.LAYAWAYS, id, Layaway.class);
    }

    @Override
    public Optional<Layaway> openLayawayOf(String serial) {
        // Open layaways are few (a boutique's handful); a scan on the writer beats keeping an index in step.
        return all(DocumentCollection.LAYAWAYS, Layaway.class).stream()
                .filter(l -> Layaway.OPEN.equals(l.status()) && serial.equals(l.serial())).findFirst();
    }

    @Override
    public void save(Layaway layaway) {
        put(DocumentCollection.LAYAWAYS, layaway.id(), layaway);
    }

    @Override
    public Optional<CreditAccount> creditAccount(String code) {
        return get(DocumentCollection.CREDIT_ACCOUNTS, code, CreditAccount.class);
    }

    @Override
    public void save(CreditAccount account) {
        put(DocumentCollection.CREDIT_ACCOUNTS, account.code(), account);
    }

    @Override
    public Optional<StockItem> stockItem(String sku) {
        return get(DocumentCollection.STOCK_ITEMS, sku, StockItem.class);
    }

    @Override
    public List<StockItem> stockItems() {
        return all(DocumentCollection.STOCK_ITEMS, StockItem.class);
    }

    @Override
    public void save(StockItem item) {
        put(DocumentCollection.STOCK_ITEMS, item.sku(), item);
    }

    @Override
    public long next(String counter) {
        long next = get(DocumentCollection.COUNTERS, counter, Long.class).orElse(0L) + 1;
        db.putDocument(DocumentCollection.COUNTERS, counter, StoredJson.write(next));
        return next;
    }

    /** Every stored register, sale and stock item: for loading the read side at start. */
    public static List<Object> everything(Database db) {
        MapDbSalesStore store = new MapDbSalesStore(db, saved -> { });
        List<Object> all = new ArrayList<>(store.registers());
        all.addAll(store.all(DocumentCollection.SALES, Sale.class));
        all.addAll(store.stockItems());
        all.addAll(store.all(DocumentCollection.RETURNS, SaleReturn.class));
        all.addAll(store.all(DocumentCollection.CREDIT_ACCOUNTS, CreditAccount.class));
        all.addAll(store.all(DocumentCollection.LAYAWAYS, Layaway.class));
        return all;
    }

    private <T> Optional<T> get(DocumentCollection collection, String key, Class<T> type) {
        return documents.get(collection, key, type);
    }

    private <T> List<T> all(DocumentCollection collection, Class<T> type) {
        return documents.all(collection, type);
    }

    private void put(DocumentCollection collection, String key, Object value) {
        documents.put(collection, key, value);
    }
}
