package io.assay.edge.clients;

import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.InventoryService;
import io.assay.edge.sales.SalesBook;
import java.time.ZoneId;
import java.util.Currency;

/** The client book's parts, made once by the application: its read side, its commands and its views. */
public record ClientModule(ClientBook book, ClientService service, ClientValues values, Clienteling lists,
        Recommendations recommendations, Appointments appointments, LoyaltyProgram loyalty) {

    public static ClientModule of(ClientBook book, SalesBook sales, SerialIndex index, InventoryService inventory, Tiers tiers,
            Loyalty loyalty, Currency currency, ZoneId zone) {
        ClientValues values = new ClientValues(book, sales, tiers, currency, zone);
        return new ClientModule(book, new ClientService(), values, new Clienteling(book, values, sales, index),
                new Recommendations(index, values), new Appointments(inventory, book), new LoyaltyProgram(loyalty, values));
    }
}
