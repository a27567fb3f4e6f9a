package io.assay.edge.index;

import io.assay.drivers.epc.Epc96;
import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Certificate;
import io.assay.edge.inventory.Metal;
import io.assay.edge.inventory.Money;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceStatus;
import io.assay.edge.inventory.RingSize;
import io.assay.edge.inventory.Stone;
import io.assay.edge.inventory.Weight;
import io.assay.edge.inventory.WeightUnit;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A boutique's stock, made up from a seed: the same seed gives the same pieces, so the index, the
 * brute-force scan and H2 see the same data. Values come from small pools (the pools are public, so
 * queries can pick values that exist), prices follow metal, weight and stones, and a few pieces lack a
 * price, a weight, a metal or a tag, as real stock does.
 */
public final class StockGenerator {

    public static final List<String> LOCATIONS = locations();
    public static final List<String> DESIGNERS = List.of("Maison Lumière", "Cartier", "Van Cleef & Arpels", "Tiffany",
            "Chopard", "Mikimoto", "Boucheron", "David Yurman", "Graff", "Harry Winston", "Piaget", "Chaumet",
            "Buccellati", "Pomellato", "Messika", "Repossi", "Fabergé", "Björg", "Ole Lynggaard", "Marco Bicego",
            "Roberto Coin", "John Hardy", "Verdura", "Seaman Schepps", "Temple St. Clair", "House");
    public static final List<String> COLLECTIONS = List.of("Lumiere", "Étoile", "Serpenti", "Alhambra", "Juste",
            "Happy Diamonds", "Quatre", "Perlée", "Pearls Classic", "Nudo", "Move", "Possession", "Joséphine",
            "Cable", "Bee My Love", "Icon", "Legacy", "Rivière", "Toi et Moi", "Heritage", "Signature", "Solstice",
            "Océan", "Garden", "Arabesque", "Infinity", "Classic", "Bridal");
    public static final List<String> STONE_TYPES = List.of("diamond", "sapphire", "ruby", "emerald", "pearl",
            "tanzanite", "aquamarine", "tourmaline", "opal", "morganite", "spinel", "garnet");
    public static final List<String> COLOURS = List.of("yellow", "white", "rose", "black");
    public static final List<String> FINENESS = List.of("9k", "10k", "14k", "18k", "22k", "24k", "950", "900", "850",
            "500", "925", "800", "958", "999");
    /** Words that appear in descriptions, for text queries. */
    public static final List<String> DESCRIPTION_WORDS = List.of("solitaire", "halo", "pavé", "eternity", "vintage",
            "cocktail", "tennis", "drop", "hoop", "stud", "cluster", "three", "stone", "signet", "cuff", "chain",
            "rivière", "bombé", "twisted", "milgrain", "cabochon", "baguette", "brilliant", "oval", "émeraude",
            "cushion", "pear", "marquise", "art", "deco", "estate", "gold", "platinum", "silver", "with", "and");

    private static final PieceStatus[] STATUS_BY_WEIGHT = weighted(PieceStatus.class, Map.of(PieceStatus.IN_STOCK, 62,
            PieceStatus.SOLD, 18, PieceStatus.RESERVED, 4, PieceStatus.ON_MEMO_OUT, 3, PieceStatus.ON_MEMO_IN, 6,
            PieceStatus.IN_REPAIR, 3, PieceStatus.IN_TRANSIT, 2, PieceStatus.MISSING, 1, PieceStatus.WRITTEN_OFF, 1));
    private static final Category[] CATEGORY_BY_WEIGHT = weighted(Category.class, Map.ofEntries(Map.entry(Category.RING, 20),
            Map.entry(Category.ENGAGEMENT_RING, 14), Map.entry(Category.BAND, 10), Map.entry(Category.NECKLACE, 10),
            Map.entry(Category.PENDANT, 10), Map.entry(Category.BRACELET, 10), Map.entry(Category.EARRINGS, 14),
            Map.entry(Category.BROOCH, 3), Map.entry(Category.WATCH, 4), Map.entry(Category.LOOSE_STONE, 4),
            Map.entry(Category.OTHER, 1)));
    private static final String[] SHAPES = {"round", "oval", "cushion", "emerald", "pear", "princess", "marquise"};
    private static final String[] CLARITY = {"IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2"};
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant EPOCH = Instant.parse("2023-01-01T00:00:00Z");
    private static final long EPC_HIGH = 0x3074257BF7000000L;

    private final Random random;
    private final int styles;
    private int made;
    private long tags;

    /**
     * @param seed         the stock's seed
     * @param expectedSize roughly how many pieces will be made; styles scale with it (about 8 pieces each)
     */
    public StockGenerator(long seed, int expectedSize) {
        this.random = new Random(seed);
        this.styles = Math.max(10, expectedSize / 8);
    }

    /** A new piece with a serial no other piece of this generator has. */
    public Piece next() {
        int n = made++;
        Category category = CATEGORY_BY_WEIGHT[random.nextInt(CATEGORY_BY_WEIGHT.length)];
        Metal metal = category == Category.LOOSE_STONE ? null : metal();
        String fineness = fineness(metal);
        String colour = metal == null || random.nextInt(20) == 0 ? null : colour(metal);
        List<Stone> stones = stones(category);
        Weight weight = weight(category, stones);
        String designer = DESIGNERS.get(skewed(DESIGNERS.size()));
        String collection = random.nextInt(10) == 0 ? null : COLLECTIONS.get(skewed(COLLECTIONS.size()));
        int style = skewed(styles);
        Money price = random.nextInt(50) == 0 ? null : price(metal, fineness, weight, stones);
        Instant created = EPOCH.plusSeconds(random.nextInt(60 * 60 * 24 * 700));
        return new Piece(
                String.format("%s-%07d", category.name().substring(0, 2), n),
                random.nextInt(8) == 0 ? null : newEpc(style),
                String.format("%s-%05d", category.name().substring(0, 3), style),
                category,
                description(category, metal, fineness, colour, stones),
                designer,
                collection,
                metal,
                fineness,
                colour,
                weight,
                category.isRing() ? new RingSize(BigDecimal.valueOf(400 + 25L * random.nextInt(37)).movePointLeft(2).stripTrailingZeros().toPlainString(), "US") : null,
                stones,
                certificates(stones),
                price == null ? null : new Money(price.amount().multiply(new BigDecimal("0.42"))
                        .setScale(2, RoundingMode.HALF_UP), price.currency()),
                price,
                LOCATIONS.get(skewed(LOCATIONS.size())),
                STATUS_BY_WEIGHT[random.nextInt(STATUS_BY_WEIGHT.length)],
                "",
                List.of(),
                1,
                created,
                created.plusSeconds(random.nextInt(60 * 60 * 24 * 30)));
    }

    /**
     * The piece after a random change a boutique makes: a status change, a move, a new price, a
     * re-weigh, a new tag or none, a rewritten description or designer. Transitions are not checked: the
     * index indexes whatever the store committed.
     */
    public Piece change(Piece p) {
        PieceStatus status = p.status();
        String location = p.location();
        Money price = p.retailPrice();
        Weight weight = p.weight();
        String epc = p.epc();
        String description = p.description();
        String designer = p.designer();
        String collection = p.collection();
        String metalColour = p.metalColour();
        List<Stone> stones = p.stones();
        switch (random.nextInt(8)) {
            case 0, 1 -> status = STATUS_BY_WEIGHT[random.nextInt(STATUS_BY_WEIGHT.length)];
            case 2 -> location = LOCATIONS.get(random.nextInt(LOCATIONS.size()));
            case 3 -> price = random.nextInt(10) == 0 ? null
                    : new Money(new BigDecimal(random.nextInt(2_000_000)).movePointLeft(2), random.nextBoolean() ? USD : EUR);
            case 4 -> weight = random.nextInt(10) == 0 ? null : new Weight(new BigDecimal(random.nextInt(90_000)).movePointLeft(3), WeightUnit.GRAM);
            case 5 -> epc = random.nextInt(4) == 0 ? null : newEpc(random.nextInt(styles));
            case 6 -> {
                description = random.nextInt(10) == 0 ? null : description(p.category(), p.metal(), p.fineness(), metalColour, stones);
                designer = random.nextInt(10) == 0 ? null : DESIGNERS.get(random.nextInt(DESIGNERS.size()));
                collection = random.nextInt(5) == 0 ? null : COLLECTIONS.get(random.nextInt(COLLECTIONS.size()));
            }
            default -> {
                stones = stones(p.category());
                metalColour = random.nextInt(5) == 0 ? null : COLOURS.get(random.nextInt(COLOURS.size()));
            }
        }
        Instant at = p.updatedAt().plusSeconds(1 + random.nextInt(86_400));
        return new Piece(p.serial(), epc, p.style(), p.category(), description, designer, collection, p.metal(),
                p.fineness(), metalColour, weight, p.ringSize(), stones, p.certificates(), p.cost(), price, location,
                status, p.notes(), p.photos(), p.version() + 1, p.createdAt(), at);
    }

    /** How many pieces {@link #next} has made. */
    public int made() {
        return made;
    }

    private String newEpc(int style) {
        // SGTIN-like: a company prefix and item reference in the high part, a tag serial in the low part.
        long serial = tags++;
        return new Epc96(EPC_HIGH | (style & 0xFFFFFFL) | ((serial >>> 32) << 24), serial & 0xFFFF_FFFFL).toHex();
    }

    private Metal metal() {
        int r = random.nextInt(100);
        return r < 68 ? Metal.GOLD : r < 86 ? Metal.PLATINUM : r < 90 ? Metal.PALLADIUM : r < 98 ? Metal.SILVER : Metal.OTHER;
    }

    private String fineness(Metal metal) {
        if (metal == null) {
            return null;
        }
        return switch (metal) {
            case GOLD -> pick("18k", "18k", "18k", "14k", "14k", "22k", "10k", "9k", "24k");
            case PLATINUM -> pick("950", "950", "900", "850");
            case PALLADIUM -> pick("950", "500");
            case SILVER -> pick("925", "925", "925", "800", "958", "999");
            case OTHER -> null;
        };
    }

    private String colour(Metal metal) {
        return switch (metal) {
            case GOLD -> pick("yellow", "yellow", "white", "white", "rose");
            case SILVER -> pick("white", "white", "black");
            default -> "white";
        };
    }

    private List<Stone> stones(Category category) {
        int count = category == Category.LOOSE_STONE ? 1 : category == Category.BAND ? random.nextInt(2) : random.nextInt(4);
        List<Stone> stones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String type = random.nextInt(10) < 6 ? "diamond" : STONE_TYPES.get(1 + random.nextInt(STONE_TYPES.size() - 1));
            int pieces = i == 0 ? 1 : 2 + random.nextInt(40);
            BigDecimal carats = new BigDecimal(i == 0 ? 20 + random.nextInt(280) : 1 + random.nextInt(10))
                    .movePointLeft(2).multiply(BigDecimal.valueOf(pieces));
            boolean diamond = type.equals("diamond");
            stones.add(new Stone(type, SHAPES[random.nextInt(SHAPES.length)], pieces, carats,
                    diamond ? String.valueOf((char) ('D' + random.nextInt(8))) : null,
                    diamond ? CLARITY[random.nextInt(CLARITY.length)] : null,
                    diamond ? "excellent" : null, diamond ? "excellent" : null, diamond ? "very good" : null,
                    diamond ? "none" : null, diamond ? null : pick("Sri Lanka", "Colombia", "Burma", "Tanzania"),
                    diamond ? null : pick("none", "heated")));
        }
        return stones;
    }

    private Weight weight(Category category, List<Stone> stones) {
        if (random.nextInt(40) == 0) {
            return null;
        }
        if (category == Category.LOOSE_STONE) {
            return new Weight(stones.get(0).caratWeight(), WeightUnit.CARAT);
        }
        int centigrams = switch (category) {
            case NECKLACE, BRACELET, WATCH -> 800 + random.nextInt(6000);
            case BROOCH -> 600 + random.nextInt(2000);
            default -> 150 + random.nextInt(1200);
        };
        return random.nextInt(10) == 0
                ? new Weight(new BigDecimal(centigrams).divide(new BigDecimal("155.517384"), 2, RoundingMode.HALF_UP), WeightUnit.PENNYWEIGHT)
                : new Weight(new BigDecimal(centigrams).movePointLeft(2), WeightUnit.GRAM);
    }

    private Money price(Metal metal, String fineness, Weight weight, List<Stone> stones) {
        // Metal at a rough spot price by purity, stones by carat, times a boutique's markup; whole dollars.
        BigDecimal grams = weight == null ? BigDecimal.valueOf(5) : weight.grams();
        BigDecimal perGram = metal == null ? BigDecimal.ZERO : switch (metal) {
            case GOLD -> BigDecimal.valueOf(75L * karat(fineness)).divide(BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP);
            case PLATINUM -> BigDecimal.valueOf(32);
            case PALLADIUM -> BigDecimal.valueOf(35);
            case SILVER -> BigDecimal.ONE;
            case OTHER -> new BigDecimal("0.5");
        };
        BigDecimal value = grams.multiply(perGram).add(BigDecimal.valueOf(60));
        for (Stone s : stones) {
            BigDecimal perStone = s.caratWeight().divide(BigDecimal.valueOf(s.count()), 4, RoundingMode.HALF_UP);
            BigDecimal perCarat = s.type().equals("diamond") ? BigDecimal.valueOf(1500).add(perStone.multiply(BigDecimal.valueOf(9000)))
                    : BigDecimal.valueOf(s.type().equals("pearl") ? 300 : 400 + random.nextInt(2500));
            value = value.add(perCarat.multiply(s.caratWeight()));
        }
        BigDecimal markup = BigDecimal.valueOf(220 + random.nextInt(100)).movePointLeft(2);
        long fives = value.multiply(markup).divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).longValueExact();
        return new Money(BigDecimal.valueOf(Math.max(fives * 5, 25)), random.nextInt(40) == 0 ? EUR : USD);
    }

    private static int karat(String fineness) {
        return fineness == null ? 18 : Integer.parseInt(fineness.substring(0, fineness.length() - 1));
    }

    private String description(Category category, Metal metal, String fineness, String colour, List<Stone> stones) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            text.append(DESCRIPTION_WORDS.get(random.nextInt(20))).append(' ');
        }
        if (fineness != null) {
            text.append(fineness).append(' ');
        }
        if (colour != null) {
            text.append(colour).append(' ');
        }
        if (metal != null) {
            text.append(metal.label()).append(' ');
        }
        text.append(category.label());
        if (!stones.isEmpty()) {
            Stone centre = stones.get(0);
            text.append(" with a ").append(centre.caratWeight().toPlainString()).append(" ct ").append(centre.shape())
                    .append(' ').append(centre.type());
            if (random.nextInt(4) == 0) {
                text.append(" and ").append(DESCRIPTION_WORDS.get(20 + random.nextInt(10))).append(" accents");
            }
        }
        return text.toString();
    }

    private List<Certificate> certificates(List<Stone> stones) {
        if (stones.isEmpty() || stones.get(0).caratWeight().compareTo(new BigDecimal("0.50")) < 0 || random.nextInt(3) == 0) {
            return List.of();
        }
        Stone centre = stones.get(0);
        return List.of(new Certificate(pick("GIA", "GIA", "IGI", "AGS", "HRD"), String.valueOf(1_000_000_000L + random.nextInt(1_000_000_000)),
                LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2500)),
                centre.clarity() == null ? Map.of() : Map.of("colour", centre.colour(), "clarity", centre.clarity()), null));
    }

    /** A random index, favouring low ones: real stock crowds into a few cases, designers and styles. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return (int) (n * u * u);
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> locations() {
        List<String> ids = new ArrayList<>();
        for (int c = 1; c <= 12; c++) {
            ids.add("case-" + c);
            for (char tray = 'a'; tray <= 'c'; tray++) {
                ids.add("case-" + c + "-tray-" + tray);
            }
        }
        ids.addAll(List.of("window-1", "window-2", "window-3", "safe-1", "safe-2", "back-office"));
        return List.copyOf(ids);
    }

    private static <T extends Enum<T>> T[] weighted(Class<T> type, Map<T, Integer> weights) {
        List<T> table = new ArrayList<>();
        // Sorted, not in Map.of's order (which changes from one JVM to the next): a seed must mean one stock.
        weights.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<T, Integer> e) -> e.getKey().ordinal()))
                .forEach(e -> {
                    for (int i = 0; i < e.getValue(); i++) {
                        table.add(e.getKey());
                    }
                });
        return table.toArray(newArray(type, table.size()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(Class<T> type, int length) {
        return (T[]) Array.newInstance(type, length);
    }
}
