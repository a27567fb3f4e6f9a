package io.assay.edge.hq;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.DomainException;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.domain.UnitOfWork;
import io.assay.edge.json.Json;
import java.util.stream.Collectors;

/**
 * Applies HQ's commands and broadcasts on the writer, each at most once per id, and answers each with an
 * event whose subject is the id: {@code io.assay.hq.command-accepted} with what was done, or
 * {@code io.assay.hq.command-refused} with the reason. A refusal writes nothing else.
 */
public final class HqCommands {

    public static final String ACCEPTED = "io.assay.hq.command-accepted";
    public static final String REFUSED = "io.assay.hq.command-refused";
    /** Who HQ's changes are journaled as. */
    public static final String ACTOR = "hq";

    private final ClickAndCollect reservations;
    private final PriceChanges prices;
    private final Market market;
    private final Transfers transfers;
    private final OnlineInterests interests;

    public HqCommands(ClickAndCollect reservations, PriceChanges prices, Market market, Transfers transfers, OnlineInterests interests) {
        this.reservations = reservations;
        this.prices = prices;
        this.market = market;
        this.transfers = transfers;
        this.interests = interests;
    }

    /** Applies the message unless its id was answered before. */
    public Outcome apply(UnitOfWork work, HqMessage message) {
        if (work.hq().answer(message.id()).isPresent()) {
            return Outcome.DUPLICATE;
        }
        ObjectNode details;
        try {
            details = switch (message.kind()) {
                case RESERVATION -> reservations.reserve(work, message);
                case RESERVATION_RELEASE -> reservations.release(work, message);
                case PRICE_CHANGE -> prices.schedule(work, message);
                case PRICES -> prices.scheduleAll(work, message);
                case SPOT_PRICES -> market.spotPrices(work, message);
                case EXCHANGE_RATES -> market.exchangeRates(work, message);
                case TRANSFER -> transfers.transfer(work, message);
                case INTEREST -> interests.record(work, message);
            };
        } catch (InvalidInputException e) {
            answer(work, message.id(), message.kind().topicName(), reason(e), null);
            return Outcome.MALFORMED;
        } catch (DomainException e) {
            answer(work, message.id(), message.kind().topicName(), reason(e), null);
            return Outcome.REFUSED;
        }
        answer(work, message.id(), message.kind().topicName(), null, details);
        return Outcome.ACCEPTED;
    }

    /** Answers a message that could not be read as a command, once per id. */
    public Outcome refuse(UnitOfWork work, HqRefusal refusal) {
        if (work.hq().answer(refusal.id()).isPresent()) {
            return Outcome.DUPLICATE;
        }
        answer(work, refusal.id(), refusal.kind(), refusal.reason(), null);
        return refusal.why();
    }

    private static void answer(UnitOfWork work, String id, String kind, String reason, ObjectNode details) {
        ObjectNode data = Json.mapper().createObjectNode().put("command", id).put("kind", kind);
        if (reason != null) {
            data.put("reason", reason);
        }
        if (details != null) {
            details.fieldNames().forEachRemaining(name -> {
                if (!data.has(name)) {
                    data.set(name, details.get(name));
                }
            });
        }
        work.hq().save(new HqAnswer(id, kind, reason == null, reason, work.now()));
        work.record(reason == null ? ACCEPTED : REFUSED, id, data);
    }

    /** A refusal's reason in one line: the fields for a malformed payload, the rule otherwise. */
    static String reason(DomainException e) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }
}
