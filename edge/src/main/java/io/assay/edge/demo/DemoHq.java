package io.assay.edge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.hq.HqCommands;
import io.assay.edge.hq.HqKind;
import io.assay.edge.hq.HqMessage;
import io.assay.edge.hq.Outcome;
import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.index.SortOrder;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import io.assay.edge.store.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What HQ would have sent the demo boutique by the time a visitor opens it: two pieces of the showcases held
 * for online clients until tomorrow evening, a ring on its way from store-007, a new price for a necklace
 * a few days out, and the day's spot prices and euro rate. Each is a message of HQ's own kind applied by
 * {@link HqCommands} on the writer as {@code hq}, so the journal, the screens and the register meet exactly
 * what a store linked to HQ meets. The ids are fixed: a second run is answered as a duplicate and changes
 * nothing.
 */
public final class DemoHq {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHq.class);
    private static final long TIMEOUT_SECONDS = 60;
    /** The sister boutique the demo's transfer comes from. */
    static final String SISTER_STORE = "store-007";
    /** The ring on its way from the sister boutique: a serial this boutique has never had. */
    static final String ARRIVING = "EN-70412";

    private final HqCommands commands;
    private final SerialIndex index;
    private final AssayConfig.StoreIdentity store;
    private final ZonedDateTime now;

    private DemoHq(HqCommands commands, SerialIndex index, AssayConfig.StoreIdentity store, ZonedDateTime now) {
        this.commands = commands;
        this.index = index;
        this.store = store;
        this.now = now;
    }

    /**
     * Sends HQ's demo messages when {@code fresh} (the demo's stock was seeded by this start), after that
     * stock is committed. A message the store refuses is logged; the demo goes on without it.
     *
     * @throws IllegalStateException when the write path fails or does not answer in time
     */
    public static void seedIfFresh(Writer writer, HqCommands commands, SerialIndex index, AssayConfig.StoreIdentity store, boolean fresh) {
        if (!fresh) {
            return;
        }
        Map<HqMessage, CompletableFuture<Outcome>> sent = new LinkedHashMap<>();
        for (HqMessage message : new DemoHq(commands, index, store, ZonedDateTime.now(store.timeZone())).messages()) {
            sent.put(message, writer.submit(HqCommands.ACTOR, work -> commands.apply(work, message)));
        }
        try {
            CompletableFuture.allOf(sent.values().toArray(new CompletableFuture<?>[0])).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the demo's HQ messages were not applied: " + e.getMessage(), e);
        }
        sent.forEach((message, outcome) -> {
            if (outcome.join() != Outcome.ACCEPTED) {
                LOG.warn("demo: HQ's {} {} was {} (the journal's io.assay.hq.command-refused says why)", message.kind().topicName(),
                        message.id(), outcome.join().label());
            }
        });
    }

    /** The market first: it is what the rest is valued at. */
    private List<HqMessage> messages() {
        List<HqMessage> messages = new ArrayList<>(List.of(spotPrices(), euroRate()));
        Instant tomorrowEvening = now.plusDays(1).with(LocalTime.of(18, 0)).toInstant();
        inStock(Category.ENGAGEMENT_RING).ifPresent(p -> messages.add(reservation(1, p, tomorrowEvening,
                client("Amélie Durand").put("email", "amelie.durand@example.com").put("phone", "+1 212 555 0143"))));
        inStock(Category.EARRINGS).ifPresent(p -> messages.add(reservation(2, p, tomorrowEvening,
                client("Kenji Sato").put("email", "kenji.sato@example.com"))));
        messages.add(transfer());
        inStock(Category.NECKLACE).ifPresent(p -> messages.add(priceChange(p)));
        return messages;
    }

    private HqMessage spotPrices() {
        ObjectNode body = Json.mapper().createObjectNode().put("id", "demo-spot-prices").put("currency", currency())
                .put("at", now.minusHours(1).toInstant().toString());
        body.putObject("perTroyOunce").put("gold", "4126.40").put("silver", "52.85").put("platinum", "1612.00").put("palladium", "1438.50");
        return new HqMessage("demo-spot-prices", HqKind.SPOT_PRICES, null, body);
    }

    /** How many euros one unit of the store's currency buys, as a rates feed quotes it. */
    private HqMessage euroRate() {
        ObjectNode body = Json.mapper().createObjectNode().put("id", "demo-exchange-rates").put("base", currency())
                .put("at", now.minusHours(1).toInstant().toString());
        body.putObject("rates").put("EUR", "0.9214");
        return new HqMessage("demo-exchange-rates", HqKind.EXCHANGE_RATES, null, body);
    }

    private HqMessage reservation(int n, Piece piece, Instant until, ObjectNode client) {
        ObjectNode payload = Json.mapper().createObjectNode().put("serial", piece.serial()).put("until", until.toString());
        payload.set("client", client);
        return command("demo-reservation-" + n, HqKind.RESERVATION, payload);
    }

    /** The sister boutique's ring, as its {@code io.assay.transfer.sent} event carried it to HQ. */
    private HqMessage transfer() {
        ObjectNode payload = Json.mapper().createObjectNode().put("serial", ARRIVING).put("toStore", store.id()).put("fromStore", SISTER_STORE);
        ObjectNode piece = payload.putObject("piece").put("serial", ARRIVING).put("style", "MA-EN-412").put("category", "engagement ring")
                .put("description", "Oval diamond halo engagement ring").put("collection", "Lumière").put("metal", "platinum")
                .put("fineness", "950").put("metalColour", "white");
        piece.putObject("weight").put("value", "5.08").put("unit", "g");
        piece.putObject("ringSize").put("value", "6").put("system", "US");
        piece.putArray("stones").addObject().put("type", "diamond").put("shape", "oval").put("count", 1).put("caratWeight", "1.21")
                .put("colour", "F").put("clarity", "VS1").put("polish", "excellent").put("symmetry", "excellent").put("fluorescence", "none");
        piece.withArray("stones").addObject().put("type", "diamond").put("shape", "round").put("count", 28).put("caratWeight", "0.34");
        piece.putArray("certificates").addObject().put("lab", "GIA").put("number", "6224418093").put("date", "2025-10-02");
        piece.putObject("retailPrice").put("amount", "14800.00").put("currency", currency());
        piece.put("location", "case-1").put("status", PieceStatus.IN_TRANSIT.label());
        return command("demo-transfer-1", HqKind.TRANSFER, payload);
    }

    /** Six percent more from nine o'clock three days on, rounded to ten as price tags are. */
    private HqMessage priceChange(Piece piece) {
        BigDecimal price = piece.retailPrice().amount().multiply(new BigDecimal("1.06")).divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                .multiply(BigDecimal.TEN).setScale(2);
        ObjectNode payload = Json.mapper().createObjectNode().put("serial", piece.serial())
                .put("effectiveAt", now.plusDays(3).with(LocalTime.of(9, 0)).toInstant().toString());
        payload.putObject("price").put("amount", price.toPlainString()).put("currency", currency());
        return command("demo-price-change-1", HqKind.PRICE_CHANGE, payload);
    }

    private HqMessage command(String id, HqKind kind, ObjectNode payload) {
        return new HqMessage(id, kind, now.toInstant(), payload);
    }

    /** The first piece of {@code category} in the showcases, by serial: the same piece in every fresh demo. */
    private Optional<Piece> inStock(Category category) {
        PieceQuery query = new PieceQuery(null, EnumSet.of(PieceStatus.IN_STOCK), EnumSet.of(category), null, null, null, null, null,
                null, null, null, null, null, null, null);
        return index.search(query, SortOrder.BY_SERIAL, 0, 200).items().stream()
                .filter(p -> p.location().startsWith("case-") && p.retailPrice() != null).findFirst();
    }

    private String currency() {
        return store.currency().getCurrencyCode();
    }

    private static ObjectNode client(String name) {
        return Json.mapper().createObjectNode().put("name", name);
    }
}
