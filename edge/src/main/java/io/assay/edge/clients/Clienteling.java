package io.assay.edge.clients;

import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.sales.Layaway;
import io.assay.edge.sales.SalesBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The lists that make an associate's day: whom to call, and why. */
public final class Clienteling {

    private final ClientBook book;
    private final ClientValues values;
    private final SalesBook sales;
    private final SerialIndex index;

    public Clienteling(ClientBook book, ClientValues values, SalesBook sales, SerialIndex index) {
        this.book = book;
        this.values = values;
        this.sales = sales;
        this.index = index;
    }

    /** Milestones of clients and of the people they buy for in the next {@code days} days from {@code today}, soonest first. */
    public List<Upcoming> upcoming(LocalDate today, int days) {
        List<Upcoming> upcoming = new ArrayList<>();
        for (Client client : book.live()) {
            collect(upcoming, client, today, days);
        }
        upcoming.sort(Comparator.comparing(Upcoming::on).thenComparing(Upcoming::clientName).thenComparing(Upcoming::client));
        return upcoming;
    }

    /** One client's and her people's milestones in the next {@code days} days, soonest first. */
    public List<Upcoming> upcomingOf(Client client, LocalDate today, int days) {
        List<Upcoming> upcoming = new ArrayList<>();
        collect(upcoming, client, today, days);
        upcoming.sort(Comparator.comparing(Upcoming::on));
        return upcoming;
    }

    private static void collect(List<Upcoming> upcoming, Client client, LocalDate today, int days) {
        LocalDate last = today.plusDays(days);
        for (Milestone milestone : client.milestones()) {
            add(upcoming, client, null, milestone, today, last);
        }
        for (Relation relation : client.relations()) {
            for (Milestone milestone : relation.milestones()) {
                add(upcoming, client, relation, milestone, today, last);
            }
        }
    }

    private static void add(List<Upcoming> upcoming, Client client, Relation relation, Milestone milestone, LocalDate today, LocalDate last) {
        if (milestone.date() == null) {
            return;
        }
        LocalDate on = milestone.nextOn(today);
        if (on.isAfter(last)) {
            return;
        }
        String person = relation == null ? client.displayName()
                : ((relation.givenName() == null ? "" : relation.givenName()) + " " + (relation.familyName() == null ? "" : relation.familyName())).trim();
        upcoming.add(new Upcoming(client.id(), client.displayName(), person, relation == null ? "self" : relation.kind(), milestone.kind(),
                milestone.label(), on, (int) ChronoUnit.DAYS.between(today, on), on.getYear() - milestone.date().getYear(),
                on.minusDays(milestone.leadDays()), client.phones().isEmpty() ? null : client.phones().get(0)));
    }

    /** VIPs who have not bought for the lapse period, the longest gone first. */
    public List<Lapsed> lapsedVips(Instant now) {
        List<Lapsed> lapsed = new ArrayList<>();
        for (Client client : book.live()) {
            ClientValue value = values.of(client, now);
            if (value.lapsedVip()) {
                lapsed.add(new Lapsed(client.id(), client.displayName(), value.lifetimeValue(), value.lastPurchase()));
            }
        }
        lapsed.sort(Comparator.comparing(Lapsed::lastPurchase).thenComparing(Lapsed::client));
        return lapsed;
    }

    /** Clients spending more, and coming more often, than in the window before: worth a call. The biggest spenders first. */
    public List<Rising> rising(Instant now) {
        List<Rising> rising = new ArrayList<>();
        for (Client client : book.live()) {
            ClientValue value = values.of(client, now);
            if (value.rising()) {
                rising.add(new Rising(client.id(), client.displayName(), value.tier(), value.lifetimeValue(), value.lastPurchase()));
            }
        }
        rising.sort(Comparator.comparing((Rising r) -> r.lifetimeValue().amount()).reversed().thenComparing(Rising::client));
        return rising;
    }

    /** Clients whose wished-for style or piece is in stock now. */
    public List<BackInStock> wishesInStock() {
        List<BackInStock> found = new ArrayList<>();
        for (Client client : book.live()) {
            for (Wish wish : client.wishList()) {
                List<String> serials = wish.serial() != null
                        ? index.bySerial(wish.serial()).filter(p -> p.status() == PieceStatus.IN_STOCK).map(Piece::serial).stream().toList()
                        : index.byStyle(wish.style()).stream().filter(p -> p.status() == PieceStatus.IN_STOCK).map(Piece::serial).toList();
                if (!serials.isEmpty()) {
                    found.add(new BackInStock(client.id(), client.displayName(), wish.style(), wish.serial(), serials));
                }
            }
        }
        found.sort(Comparator.comparing(BackInStock::clientName).thenComparing(BackInStock::client));
        return found;
    }

    /** Open layaways with their client's name, the oldest first. */
    public List<OpenLayaway> openLayaways(LocalDate today) {
        List<OpenLayaway> open = new ArrayList<>();
        for (Layaway layaway : sales.layaways(null, Layaway.OPEN)) {
            String name = layaway.client() == null ? null : book.client(layaway.client()).map(Client::displayName).orElse(null);
            open.add(new OpenLayaway(layaway.id(), layaway.number(), layaway.client(), name, layaway.serial(), layaway.balance().amount()
                    .toPlainString(), layaway.balance().currency().getCurrencyCode(), layaway.overdueOn(today)));
        }
        open.sort(Comparator.comparing(OpenLayaway::number));
        return open;
    }

    /**
     * @param person   whose date it is: the client's name, or the partner's, child's...
     * @param relation {@code self}, or the relation's kind
     * @param years    how many years it will be (an anniversary's 10th, a birthday's 40th)
     * @param remindFrom when the client wants to be reminded: the date less its lead time
     */
    public record Upcoming(String client, String clientName, String person, String relation, String kind, String label, LocalDate on,
            int inDays, int years, LocalDate remindFrom, String phone) {
    }

    public record Lapsed(String client, String clientName, io.assay.edge.inventory.Money lifetimeValue, Instant lastPurchase) {
    }

    public record Rising(String client, String clientName, String tier, io.assay.edge.inventory.Money lifetimeValue, Instant lastPurchase) {
    }

    public record BackInStock(String client, String clientName, String style, String serial, List<String> inStock) {
    }

    public record OpenLayaway(String id, String number, String client, String clientName, String serial, String balance, String currency,
            boolean overdue) {
    }
}
