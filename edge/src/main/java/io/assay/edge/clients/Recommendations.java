package io.assay.edge.clients;

import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.inventory.Stone;
import io.assay.edge.sales.Sale;
import io.assay.edge.sales.SaleLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pieces in stock to show a client, each with the reasons an associate can say out loud: on her wish list,
 * the pieces that complete a set she began, her metal, colour, stones and designers (said, or bought), her
 * ring size, her budget. Scored by adding the weights of the reasons; a piece with no reason is not shown.
 */
public final class Recommendations {

    private final SerialIndex index;
    private final ClientValues values;

    public Recommendations(SerialIndex index, ClientValues values) {
        this.index = index;
        this.values = values;
    }

    public List<Recommendation> of(Client client, int limit) {
        Signals signals = signals(client);
        List<Recommendation> ranked = new ArrayList<>();
        for (Piece piece : index.matching(PieceQuery.withStatus(PieceStatus.IN_STOCK))) {
            if (signals.bought.contains(piece.serial())) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            int score = score(client, signals, piece, reasons);
            if (score > 0 && !reasons.isEmpty()) {
                ranked.add(new Recommendation(piece, score, reasons));
            }
        }
        ranked.sort(Comparator.comparingInt(Recommendation::score).reversed().thenComparing(r -> r.piece().serial()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private int score(Client client, Signals signals, Piece piece, List<String> reasons) {
        int score = 0;
        if (client.wishList().stream().anyMatch(w -> piece.serial().equals(w.serial()) || (w.style() != null && w.style().equals(piece.style())))) {
            score += 100;
            reasons.add("on the wish list");
        }
        String collection = lower(piece.collection());
        if (collection != null && signals.collections.contains(collection)) {
            if (!signals.categoriesByCollection.contains(collection + "/" + piece.category())) {
                score += 60;
                reasons.add("completes the " + piece.collection() + " set begun");
            } else {
                score += 15;
                reasons.add("from the " + piece.collection() + " collection already owned");
            }
        }
        if (piece.metal() != null && signals.metals.contains(piece.metal().label())) {
            score += 20;
            reasons.add(piece.metal().label() + ", a preferred metal");
        }
        if (lower(piece.metalColour()) != null && signals.colours.contains(lower(piece.metalColour()))) {
            score += 10;
            reasons.add(piece.metalColour() + ", a preferred colour");
        }
        Optional<String> stone = piece.stones().stream().map(Stone::type).map(Recommendations::lower).filter(signals.stones::contains).findFirst();
        if (stone.isPresent()) {
            score += 20;
            reasons.add(stone.get() + ", a favourite stone");
        }
        if (lower(piece.designer()) != null && signals.designers.contains(lower(piece.designer()))) {
            score += 20;
            reasons.add("by " + piece.designer() + ", a favourite designer");
        }
        if (isRing(piece) && piece.ringSize() != null && signals.ringCircumference != null) {
            Optional<Double> size = RingSystem.parse(piece.ringSize().system()).flatMap(s -> s.circumference(piece.ringSize().value()));
            if (size.isPresent() && Math.abs(size.get() - signals.ringCircumference) <= 0.7) {
                score += 15;
                reasons.add("in the client's ring size");
            }
        }
        Preferences prefs = client.preferences();
        if (piece.retailPrice() != null && prefs.budgetMax() != null && piece.retailPrice().currency().equals(prefs.budgetMax().currency())) {
            if (piece.retailPrice().amount().compareTo(prefs.budgetMax().amount()) > 0) {
                score -= 40;
            } else if (prefs.budgetMin() == null || piece.retailPrice().amount().compareTo(prefs.budgetMin().amount()) >= 0) {
                score += 10;
                reasons.add("within budget");
            }
        }
        return score;
    }

    private static boolean isRing(Piece piece) {
        return piece.category() == Category.RING || piece.category() == Category.ENGAGEMENT_RING || piece.category() == Category.BAND;
    }

    /** What her words and her purchases say she likes. */
    private Signals signals(Client client) {
        Signals s = new Signals();
        Preferences prefs = client.preferences();
        prefs.metals().forEach(m -> s.metals.add(lower(m)));
        prefs.colours().forEach(c -> s.colours.add(lower(c)));
        prefs.stones().forEach(t -> s.stones.add(lower(t)));
        prefs.designers().forEach(d -> s.designers.add(lower(d)));
        for (Sale sale : values.history(client.id())) {
            for (SaleLine line : sale.lines()) {
                if (line.serial() == null) {
                    continue;
                }
                s.bought.add(line.serial());
                index.bySerial(line.serial()).ifPresent(piece -> {
                    if (piece.collection() != null) {
                        s.collections.add(lower(piece.collection()));
                        s.categoriesByCollection.add(lower(piece.collection()) + "/" + piece.category());
                    }
                    if (piece.metal() != null) {
                        s.metals.add(piece.metal().label());
                    }
                    if (piece.designer() != null) {
                        s.designers.add(lower(piece.designer()));
                    }
                });
            }
        }
        s.ringCircumference = client.ringSizes().stream().filter(f -> "ring".equals(f.finger()))
                .map(f -> RingSystem.parse(f.system()).flatMap(sys -> sys.circumference(f.value())).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return s;
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Signals {
        final Set<String> metals = new HashSet<>();
        final Set<String> colours = new HashSet<>();
        final Set<String> stones = new HashSet<>();
        final Set<String> designers = new HashSet<>();
        final Set<String> collections = new HashSet<>();
        final Set<String> categoriesByCollection = new HashSet<>();
        final Set<String> bought = new HashSet<>();
        Double ringCircumference;
    }

    /** A piece to show, how strongly, and why. */
    public record Recommendation(Piece piece, int score, List<String> reasons) {
    }
}
