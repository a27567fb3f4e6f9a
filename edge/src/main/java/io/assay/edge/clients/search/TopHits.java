package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best {@code limit} hits offered, in {@link ClientHit}'s order: score, then {@link ClientOrder}.
 * A heap with the worst kept hit on top, so that the many candidates of a short prefix cost one
 * comparison each, mostly of numbers from arrays ({@link ClientTable#compareKeys}).
 *
 * <p>Each client is offered at most once. One per search and per thread; reads the table, so used
 * under {@link ClientSearch}'s lock.
 */
final class TopHits {

    private final ClientTable table;
    private final int limit;
    private int[] ordinals;
    private int[] scores;
    private String[] matchedOn;
    private int size;

    TopHits(ClientTable table, int limit) {
        this.table = table;
        this.limit = limit;
        int capacity = Math.min(limit, 64);
        this.ordinals = new int[capacity];
        this.scores = new int[capacity];
        this.matchedOn = new String[capacity];
    }

    boolean isFull() {
        return size == limit;
    }

    void offer(int ordinal, int score, String on) {
        if (size < limit) {
            if (size == ordinals.length) {
                int grown = (int) Math.min(limit, 2L * size);
                ordinals = Arrays.copyOf(ordinals, grown);
                scores = Arrays.copyOf(scores, grown);
                matchedOn = Arrays.copyOf(matchedOn, grown);
            }
            set(size, ordinal, score, on);
            siftUp(size++);
        } else if (better(ordinal, score, ordinals[0], scores[0])) {
            set(0, ordinal, score, on);
            siftDown(0);
        }
    }

    /**
     * The best {@code limit} of both, each client once with its better hit (a name before a contact
     * on equal scores): exact, because a client in the best of the union is in the best of its half.
     */
    static List<ClientHit> merged(TopHits names, TopHits contacts) {
        Map<Integer, Kept> best = new HashMap<>();
        for (TopHits half : List.of(names, contacts)) {
            for (int i = 0; i < half.size; i++) {
                Kept hit = new Kept(half.ordinals[i], half.scores[i], half.matchedOn[i]);
                best.merge(hit.ordinal(), hit, (kept, other) -> other.score() > kept.score() ? other : kept);
            }
        }
        List<Kept> ranked = new ArrayList<>(best.values());
        ranked.sort((a, b) -> names.better(a.ordinal(), a.score(), b.ordinal(), b.score()) ? -1
                : names.better(b.ordinal(), b.score(), a.ordinal(), a.score()) ? 1 : 0);
        List<ClientHit> hits = new ArrayList<>(Math.min(names.limit, ranked.size()));
        for (Kept hit : ranked.subList(0, Math.min(names.limit, ranked.size()))) {
            hits.add(new ClientHit(names.table.get(hit.ordinal()).id(), hit.score(), hit.matchedOn()));
        }
        return hits;
    }

    private record Kept(int ordinal, int score, String matchedOn) {
    }

    private void set(int at, int ordinal, int score, String on) {
        ordinals[at] = ordinal;
        scores[at] = score;
        matchedOn[at] = on;
    }

    /** True when hit a ranks before hit b. */
    private boolean better(int a, int scoreA, int b, int scoreB) {
        if (scoreA != scoreB) {
            return scoreA > scoreB;
        }
        int byKey = table.compareKeys(a, b);
        if (byKey != 0) {
            return byKey < 0;
        }
        return ClientOrder.compare(table.get(a), table.get(b)) < 0;
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(ordinals[parent], scores[parent], ordinals[at], scores[at])) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void siftDown(int at) {
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(ordinals[worst], scores[worst], ordinals[child], scores[child])) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void swap(int i, int j) {
        int o = ordinals[i];
        int s = scores[i];
        String m = matchedOn[i];
        set(i, ordinals[j], scores[j], matchedOn[j]);
        set(j, o, s, m);
    }
}
