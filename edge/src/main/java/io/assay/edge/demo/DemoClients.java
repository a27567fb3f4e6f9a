package io.assay.edge.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.clients.Client;
import io.assay.edge.clients.ClientService;
import io.assay.edge.index.PieceQuery;
import io.assay.edge.index.SerialIndex;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.json.Json;
import io.assay.edge.sales.SaleHistory;
import io.assay.edge.store.Writer;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's client book: a few hundred clients from many countries, most with someone they buy for, their
 * dates spread over the year (a few always in the coming fortnight), sizes and tastes, and three years of
 * purchases taken from the demo's stock, so that tiers, lapsed VIPs and recommendations have something to say.
 * Entered through the write path like any client; the purchases as past sales ({@link SaleHistory}), never of a
 * piece HQ's demo work speaks of.
 */
public final class DemoClients {

    private static final Logger LOG = LoggerFactory.getLogger(DemoClients.class);
    static final int CLIENTS = 320;
    private static final long SEED = 8_2026L;
    private static final String[] WOMEN = {"Amélie", "Charlotte", "Sofia", "Isabella", "Yuki", "Hana", "Priya", "Chloé", "Léa", "Olivia",
        "Emma", "Ava", "Mia", "Zoë", "Margaux", "Inès", "Giulia", "Chiara", "Lucía", "Marta", "Ingrid", "Astrid", "Freya", "Noor", "Layla",
        "Aisha", "Mei", "Ji-woo", "Ana", "Beatriz", "Camille", "Élodie", "Grace", "Victoria", "Eleanor", "Céline", "Anneliese", "Małgorzata",
        "Siobhán", "Renée"};
    private static final String[] MEN = {"Jules", "Louis", "Matteo", "Lorenzo", "Hiroshi", "Kenji", "Arjun", "Omar", "Karim", "James",
        "William", "Henry", "Lucas", "Mateo", "Søren", "Björn", "Ethan", "Daniel", "Rafael", "João", "Théo", "Antoine", "Wei", "Min-jun",
        "Alejandro", "Nikolai", "Stefan", "Patrick", "Gabriel", "Benoît"};
    private static final String[] FAMILIES = {"Durand", "Laurent", "Moreau", "Lefèvre", "Rossi", "Bianchi", "Ferrari", "García",
        "Fernández", "López", "Müller", "Schmidt", "Weiß", "Nakamura", "Tanaka", "Satō", "Kim", "Park", "Chen", "Wang", "Patel", "Sharma",
        "Haddad", "Khoury", "Smith", "Johnson", "Williams", "Brown", "O'Connor", "Murphy", "Nilsson", "Johansson", "Kowalski", "Nowak",
        "Silva", "Santos", "Dubois", "de la Fontaine", "Van der Berg", "Okafor", "Mensah", "Rahman", "Cohen", "Levi", "Andersen",
        "Papadopoulos", "Novak", "Horváth", "Ionescu", "Yılmaz"};
    private static final String[] LANGUAGES = {"en", "en", "en", "fr", "it", "es", "de", "ja", "ko", "zh", "pt", "ar"};
    private static final String[] METALS = {"platinum", "gold", "gold", "silver", "palladium"};
    private static final String[] COLOURS = {"white", "yellow", "rose"};
    private static final String[] STONES = {"diamond", "sapphire", "emerald", "ruby", "pearl", "aquamarine", "tanzanite"};
    private static final String[] DESIGNERS = {"House", "Celia Rowan"};

    private final Dice dice = new Dice(SEED);
    private final java.util.Set<String> emails = new java.util.HashSet<>();
    private final LocalDate today;

    private DemoClients(LocalDate today) {
        this.today = today;
    }

    /**
     * Enters the demo's clients and their past purchases when {@code fresh} (the demo's stock was seeded by this
     * start), after that stock and HQ's demo holds are committed.
     *
     * @throws IllegalStateException when the write path fails or does not answer in time
     */
    public static void seedIfFresh(Writer writer, ClientService clients, SaleHistory history, SerialIndex index, ZoneId zone,
            Predicate<String> spoken, boolean fresh) {
        if (!fresh) {
            return;
        }
        long started = System.nanoTime();
        DemoClients demo = new DemoClients(LocalDate.now(zone));
        List<ObjectNode> profiles = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            profiles.add(demo.profile(i));
        }
        List<CompletableFuture<Client>> created = new ArrayList<>();
        for (ObjectNode profile : profiles) {
            created.add(writer.submit("associate", work -> clients.create(work, profile)));
        }
        List<Client> book = created.stream().map(DemoClients::await).toList();
        // Past purchases: the showcases' pieces, a few to each of most clients, over three years.
        List<Piece> stock = new ArrayList<>(index.matching(PieceQuery.withStatus(PieceStatus.IN_STOCK)).stream()
                .filter(p -> p.location() != null && p.location().startsWith("case-") && p.retailPrice() != null && !spoken.test(p.serial()))
                .sorted(Comparator.comparing(Piece::serial)).toList());
        List<CompletableFuture<?>> sales = new ArrayList<>();
        int sold = 0;
        for (Client client : book) {
            int purchases = demo.purchases();
            for (int n = 0; n < purchases && stock.size() > 60; n++) {
                Piece piece = stock.remove(demo.dice.between(0, stock.size() - 1));
                Instant when = demo.pastDay(client).atTime(demo.dice.between(10, 18), demo.dice.between(0, 59)).atZone(zone).toInstant();
                String seller = demo.dice.pick("associate", "manager", "owner");
                sales.add(writer.submit("system", work -> history.record(work, client.id(), when, seller, "reg-1", List.of(piece.serial()))));
                sold++;
            }
        }
        sales.forEach(DemoClients::await);
        LOG.info("demo: {} clients with {} past purchases in {} ms", book.size(), sold,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private ObjectNode profile(int i) {
        boolean woman = dice.chance(0.7);
        String given = woman ? dice.pick(WOMEN) : dice.pick(MEN);
        String family = dice.pick(FAMILIES);
        ObjectNode json = Json.mapper().createObjectNode().put("givenName", given).put("familyName", family);
        json.putArray("phones").add(phone(i));
        // Two clients of the same name are believable; two sharing one mailbox are not.
        String local = ascii(given) + "." + ascii(family);
        String email = (emails.add(local) ? local : local + i) + "@example.com";
        json.putArray("emails").add(email);
        json.put("language", dice.pick(LANGUAGES));
        if (dice.chance(0.6)) {
            json.putArray("consents").addObject().put("channel", "email").put("given", true)
                    .put("at", today.minusDays(dice.between(10, 900)).atStartOfDay().atOffset(java.time.ZoneOffset.UTC).toString());
        }
        if (dice.chance(0.6)) {
            String size = woman ? dice.pick("5", "5.5", "6", "6.5", "7") : dice.pick("9", "9.5", "10", "10.5", "11");
            json.putArray("ringSizes").addObject().put("hand", "left").put("finger", "ring").put("value", size).put("system", "US");
        }
        ObjectNode prefs = json.putObject("preferences");
        prefs.putArray("metals").add(dice.pick(METALS));
        if (dice.chance(0.5)) {
            prefs.putArray("colours").add(dice.pick(COLOURS));
        }
        prefs.putArray("stones").add(dice.pick(STONES));
        if (dice.chance(0.4)) {
            prefs.putArray("designers").add(dice.pick(DESIGNERS));
        }
        ArrayNode milestones = json.putArray("milestones");
        // The first dozen clients have a date in the coming fortnight, so that the day's list is never empty.
        LocalDate soon = today.plusDays(i % 14 + 1);
        if (i < 12 || dice.chance(0.7)) {
            LocalDate birthday = i < 12 && i % 2 == 0 ? soon.minusYears(dice.between(28, 66)) : anyDay(dice.between(1950, 2002));
            milestones.addObject().put("kind", "birthday").put("date", birthday.toString()).put("leadDays", 14);
        }
        if (dice.chance(0.55)) {
            ObjectNode partner = json.putArray("relations").addObject().put("kind", dice.chance(0.7) ? "spouse" : "partner")
                    .put("givenName", woman ? dice.pick(MEN) : dice.pick(WOMEN)).put("familyName", family);
            LocalDate theirs = i < 12 && i % 2 == 1 ? soon.minusYears(dice.between(28, 66)) : anyDay(dice.between(1950, 2002));
            partner.putArray("milestones").addObject().put("kind", "birthday").put("date", theirs.toString()).put("leadDays", 21);
            if (!woman) {
                partner.putArray("ringSizes").addObject().put("hand", "left").put("finger", "ring")
                        .put("value", dice.pick("5", "5.5", "6", "6.5")).put("system", "US");
            }
            milestones.addObject().put("kind", "anniversary").put("date", anyDay(dice.between(1985, 2024)).toString()).put("leadDays", 21);
        }
        return json;
    }

    /** How many pieces a client bought: most a few, some none, a handful of collectors many. */
    private int purchases() {
        double roll = dice.fraction();
        return roll < 0.3 ? 0 : roll < 0.75 ? dice.between(1, 2) : roll < 0.95 ? dice.between(3, 5) : dice.between(6, 9);
    }

    /** A day in the last three years; some clients stopped coming two years ago (the lapsed). */
    private LocalDate pastDay(Client client) {
        boolean lapsed = client.id().hashCode() % 9 == 0;
        return lapsed ? today.minusDays(dice.between(700, 1090)) : today.minusDays(dice.between(1, 1090));
    }

    private LocalDate anyDay(int year) {
        return LocalDate.of(year, 1, 1).plusDays(dice.between(0, 364));
    }

    private String phone(int i) {
        return switch (i % 4) {
            case 0 -> "+1 212 555 " + String.format("%04d", 1000 + i);
            case 1 -> "(646) 555-" + String.format("%04d", 2000 + i);
            case 2 -> "+33 6 " + dice.digits(2) + " " + dice.digits(2) + " " + dice.digits(2) + " " + dice.digits(2);
            default -> "+44 7700 9" + dice.digits(5);
        };
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the demo's clients could not be written: " + e.getMessage(), e);
        }
    }
}
