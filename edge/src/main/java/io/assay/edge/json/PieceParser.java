package io.assay.edge.json;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the stored pieces at start, when 100k of them are parsed before the appliance is ready. It reads
 * the bytes of the layout {@link Json#mapper()} writes for a {@link Piece} straight into the constructors.
 * On a cold JVM the time went less to parsing than to warming up the parser: databind and jackson-core's
 * tokenizer run long in the interpreter and then keep both cores busy in the JIT compiler for seconds,
 * and a hand-written jackson-core token walk fared no better. This is a few small loops over a byte array,
 * compiled early and cheaply.
 *
 * <p>Anything outside that layout (an escape in a string, a number where a string is written, an unknown
 * field or enum label, malformed JSON...) sends the whole record to databind, so every record reads
 * exactly as {@code Json.mapper().readValue(json, Piece.class)} reads it, errors included.
 *
 * <p>Equal texts and decimals are shared between pieces: designers, locations, styles and grades come
 * from small sets, and 100k copies of each were a large part of the heap the collector copied during the
 * load. Not thread-safe (the shared values are per instance): one per loading thread.
 */
public final class PieceParser {

    /** Past this many distinct shared values (a stock of unique texts), new ones are no longer kept. */
    private static final int MAX_SHARED = 1 << 14;

    private static final byte[][] PIECE_FIELDS = names("serial", "epc", "style", "category", "description",
            "designer", "collection", "metal", "fineness", "metalColour", "weight", "ringSize", "stones",
            "certificates", "cost", "retailPrice", "location", "status", "notes", "photos", "version", "createdAt",
            "updatedAt");
    private static final byte[][] STONE_FIELDS = names("type", "shape", "count", "caratWeight", "colour", "clarity",
            "cut", "polish", "symmetry", "fluorescence", "origin", "treatment");
    private static final byte[][] CERTIFICATE_FIELDS = names("lab", "number", "date", "grades", "scan");
    private static final byte[][] WEIGHT_FIELDS = names("value", "unit");
    private static final byte[][] RING_SIZE_FIELDS = names("value", "system");
    private static final byte[][] MONEY_FIELDS = names("amount", "currency");

    private static final Labels<Category> CATEGORIES = new Labels<>(Category.values(), Category::label);
    private static final Labels<Metal> METALS = new Labels<>(Metal.values(), Metal::label);
    private static final Labels<PieceStatus> STATUSES = new Labels<>(PieceStatus.values(), PieceStatus::label);
    private static final Labels<WeightUnit> UNITS = new Labels<>(WeightUnit.values(), WeightUnit::symbol);

    private final Shared<String> strings = new Shared<>();
    private final Shared<BigDecimal> decimals = new Shared<>();
    private final Shared<Currency> currencies = new Shared<>();
    private byte[] b;
    private int i;
    /** Where the last field name read ends (its closing quote). */
    private int nameEnd;
    private int parsed;
    private int fallbacks;

    /** The piece {@code json} holds, read as {@code Json.mapper().readValue(json, Piece.class)} would. */
    public Piece parse(byte[] json) {
        parsed++;
        b = json;
        i = 0;
        try {
            Piece piece = piece();
            while (i < json.length && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
                i++;
            }
            if (i == json.length) {
                return piece;
            }
        } catch (RuntimeException notThisLayout) {
            // Databind decides what this record is, or which error it is.
        } finally {
            b = null;
        }
        fallbacks++;
        try {
            return Json.mapper().readValue(json, Piece.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored Piece", e);
        }
    }

    /** Records read by databind instead (0 for what this appliance writes). */
    public int fallbacks() {
        return fallbacks;
    }

    public int parsed() {
        return parsed;
    }

    private Piece piece() {
        String serial = null;
        String epc = null;
        String style = null;
        Category category = null;
        String description = null;
        String designer = null;
        String collection = null;
        Metal metal = null;
        String fineness = null;
        String metalColour = null;
        Weight weight = null;
        RingSize ringSize = null;
        List<Stone> stones = null;
        List<Certificate> certificates = null;
        Money cost = null;
        Money retailPrice = null;
        String location = null;
        PieceStatus status = null;
        String notes = null;
        List<String> photos = null;
        long version = 0;
        Instant createdAt = null;
        Instant updatedAt = null;
        int field = firstField();
        int f = -1;
        while (field >= 0) {
            f = field(PIECE_FIELDS, field, f);
            switch (f) {
                case 0 -> serial = text();
                case 1 -> epc = text();
                case 2 -> style = shared();
                case 3 -> category = label(CATEGORIES);
                case 4 -> description = shared();
                case 5 -> designer = shared();
                case 6 -> collection = shared();
                case 7 -> metal = label(METALS);
                case 8 -> fineness = shared();
                case 9 -> metalColour = shared();
                case 10 -> weight = weight();
                case 11 -> ringSize = ringSize();
                case 12 -> stones = stones();
                case 13 -> certificates = certificates();
                case 14 -> cost = money();
                case 15 -> retailPrice = money();
                case 16 -> location = shared();
                case 17 -> status = label(STATUSES);
                case 18 -> notes = shared();
                case 19 -> photos = photos();
                case 20 -> version = number(18);
                case 21 -> createdAt = instant();
                case 22 -> updatedAt = instant();
                default -> throw NotThisLayout.INSTANCE;
            }
            field = nextField();
        }
        return new Piece(serial, epc, style, category, description, designer, collection, metal, fineness,
                metalColour, weight, ringSize, stones, certificates, cost, retailPrice, location, status, notes,
                photos, version, createdAt, updatedAt);
    }

    private Weight weight() {
        if (isNull()) {
            return null;
        }
        BigDecimal value = null;
        WeightUnit unit = null;
        int field = firstField();
        int f = -1;
        while (field >= 0) {
            f = field(WEIGHT_FIELDS, field, f);
            switch (f) {
                case 0 -> value = decimal();
                case 1 -> unit = label(UNITS);
                default -> throw NotThisLayout.INSTANCE;
            }
            field = nextField();
        }
        return new Weight(value, unit);
    }

    private RingSize ringSize() {
        if (isNull()) {
            return null;
        }
        String value = null;
        String system = null;
        int field = firstField();
        int f = -1;
        while (field >= 0) {
            f = field(RING_SIZE_FIELDS, field, f);
            switch (f) {
                case 0 -> value = shared();
                case 1 -> system = shared();
                default -> throw NotThisLayout.INSTANCE;
            }
            field = nextField();
        }
        return new RingSize(value, system);
    }

    private Money money() {
        if (isNull()) {
            return null;
        }
        BigDecimal amount = null;
        Currency currency = null;
        int field = firstField();
        int f = -1;
        while (field >= 0) {
            f = field(MONEY_FIELDS, field, f);
            switch (f) {
                case 0 -> amount = decimal();
                case 1 -> currency = currency();
                default -> throw NotThisLayout.INSTANCE;
            }
            field = nextField();
        }
        if (amount == null || currency == null) {
            // Money's JSON creator fails on these in its own way: databind says how.
            throw NotThisLayout.INSTANCE;
        }
        return new Money(amount, currency);
    }

    private List<Stone> stones() {
        if (isNull()) {
            return null;
        }
        if (!firstElement()) {
            return List.of();
        }
        List<Stone> stones = new ArrayList<>(2);
        for (boolean more = true; more; more = nextElement()) {
            stones.add(stone());
        }
        return stones;
    }

    private Stone stone() {
        String type = null;
        String shape = null;
        int count = 0;
        BigDecimal caratWeight = null;
        String colour = null;
        String clarity = null;
        String cut = null;
        String polish = null;
        String symmetry = null;
        String fluorescence = null;
        String origin = null;
        String treatment = null;
        int field = firstField();
        int f = -1;
        while (field >= 0) {
            f = field(STONE_FIELDS, field, f);
            switch (f) {
                case 0 -> type = shared();
                case 1 -> shape = shared();
                case 2 -> count = (int) number(9);
                case 3 -> caratWeight = decimal();
                case 4 -> colour = shared();
                case 5 -> clarity = shared();
                case 6 -> cut = shared();
                case 7 -> polish = shared();
                case 8 -> symmetry = shared();
                case 9 -> fluorescence = shared();
                case 10 -> origin = shared();
                case 11 -> treatment = shared();
                default -> throw NotThisLayout.INSTANCE;
            }
            field = nextField();
        }
        return new Stone(type, shape, count, caratWeight, colour, clarity, cut, polish, symmetry, fluorescence,
                origin, treatment);
    }

    private List<Certificate> certificates() {
        if (isNull()) {
            return null;
        }
        if (!firstElement()) {
            return List.of();
        }
        List<Certificate> certificates = new ArrayList<>(1);
        for (boolean more = true; more; more = nextElement()) {
            certificates.add(certificate());
        }
        return certificates;
    }

    private Certificate certificate() {
        String lab = null;
        String number = null;
        LocalDate date = null;
        Map<String, String> grades = null;
        String scan = null;
        int field = firstField();
        int f = -1;
        while (field >= 0) {
            f = field(CERTIFICATE_FIELDS, field, f);
            switch (f) {
                case 0 -> lab = shared();
                case 1 -> number = text();
                case 2 -> date = date();
                case 3 -> grades = grades();
                case 4 -> scan = text();
                default -> throw NotThisLayout.INSTANCE;
            }
            field = nextField();
        }
        return new Certificate(lab, number, date, grades, scan);
    }

    private Map<String, String> grades() {
        if (isNull()) {
            return null;
        }
        Map<String, String> grades = new LinkedHashMap<>();
        int name = firstField();
        while (name >= 0) {
            String grade = sharedString(name, nameEnd);
            String value = shared();
            if (value == null) {
                throw NotThisLayout.INSTANCE;
            }
            grades.put(grade, value);
            name = nextField();
        }
        return grades;
    }

    private List<String> photos() {
        if (isNull()) {
            return null;
        }
        if (!firstElement()) {
            return List.of();
        }
        List<String> photos = new ArrayList<>(2);
        for (boolean more = true; more; more = nextElement()) {
            String photo = text();
            if (photo == null) {
                throw NotThisLayout.INSTANCE;
            }
            photos.add(photo);
        }
        return photos;
    }

    // Values. Each starts at the value's first byte and leaves i just past it.

    private String text() {
        if (isNull()) {
            return null;
        }
        int from = stringStart();
        int to = end(from);
        return decode(from, to);
    }

    private String shared() {
        if (isNull()) {
            return null;
        }
        int from = stringStart();
        return sharedString(from, end(from));
    }

    private String sharedString(int from, int to) {
        String known = strings.get(b, from, to);
        if (known == null) {
            known = decode(from, to);
            strings.put(b, from, to, known);
        }
        return known;
    }

    private BigDecimal decimal() {
        if (isNull()) {
            return null;
        }
        int from = stringStart();
        int to = end(from);
        BigDecimal known = decimals.get(b, from, to);
        if (known == null) {
            // Digits with at most one point and a leading minus, as toPlainString writes; databind reads
            // anything else (its own trimming and exponent rules).
            int k = from < to && b[from] == '-' ? from + 1 : from;
            boolean digits = false;
            boolean point = false;
            for (; k < to; k++) {
                byte c = b[k];
                if (c >= '0' && c <= '9') {
                    digits = true;
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    throw NotThisLayout.INSTANCE;
                }
            }
            if (!digits) {
                throw NotThisLayout.INSTANCE;
            }
            known = new BigDecimal(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
            decimals.put(b, from, to, known);
        }
        return known;
    }

    private Currency currency() {
        int from = stringStart();
        int to = end(from);
        Currency known = currencies.get(b, from, to);
        if (known == null) {
            known = Currency.getInstance(decode(from, to));
            currencies.put(b, from, to, known);
        }
        return known;
    }

    private <E> E label(Labels<E> labels) {
        if (isNull()) {
            return null;
        }
        int from = stringStart();
        // Databind's creators also take other letter cases, and refuse unknown labels their own way.
        return labels.of(b, from, end(from));
    }

    private Instant instant() {
        if (isNull()) {
            return null;
        }
        int from = stringStart();
        Instant instant = UtcInstants.parse(decode(from, end(from)));
        if (instant == null) {
            throw NotThisLayout.INSTANCE;
        }
        return instant;
    }

    private LocalDate date() {
        if (isNull()) {
            return null;
        }
        int from = stringStart();
        int to = end(from);
        // Only the plain ISO date LocalDate.toString() writes (databind judges anything else), read without
        // DateTimeFormatter, whose parsing machinery the JIT would otherwise compile into this parser.
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            throw NotThisLayout.INSTANCE;
        }
        return LocalDate.of(digits(from, from + 4), digits(from + 5, from + 7), digits(from + 8, from + 10));
    }

    private int digits(int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9) {
                throw NotThisLayout.INSTANCE;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** A non-negative integer of at most {@code maxDigits} digits, without leading zeros. */
    private long number(int maxDigits) {
        int from = i;
        long value = 0;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            value = value * 10 + (b[i++] - '0');
        }
        int digits = i - from;
        if (digits == 0 || digits > maxDigits || (digits > 1 && b[from] == '0')) {
            throw NotThisLayout.INSTANCE;
        }
        return value;
    }

    private boolean isNull() {
        if (b[i] != 'n') {
            return false;
        }
        if (b[i + 1] != 'u' || b[i + 2] != 'l' || b[i + 3] != 'l') {
            throw NotThisLayout.INSTANCE;
        }
        i += 4;
        return true;
    }

    // Structure.

    /** Enters an object at i: the start of its first field's name, or -1 when it is empty. */
    private int firstField() {
        ws();
        expect('{');
        ws();
        if (b[i] == '}') {
            i++;
            return -1;
        }
        return name();
    }

    /** After a field's value: the start of the next field's name, or -1 at the end of the object. */
    private int nextField() {
        ws();
        if (b[i] == ',') {
            i++;
            ws();
            return name();
        }
        expect('}');
        return -1;
    }

    /** Reads a field name and its colon, leaving i at the value: returns where the name starts. */
    private int name() {
        int from = stringStart();
        nameEnd = end(from);
        ws();
        expect(':');
        ws();
        return from;
    }

    /** Which of {@code fields} the name just read (starting at {@code from}) is; throws for any other name. */
    private int field(byte[][] fields, int from, int previous) {
        int expected = previous + 1;
        // The writer keeps the fields in declaration order (absent ones left out): mostly the next one.
        for (int f = expected; f < fields.length; f++) {
            if (same(b, from, nameEnd, fields[f])) {
                return f;
            }
        }
        for (int f = 0; f < expected && f < fields.length; f++) {
            if (same(b, from, nameEnd, fields[f])) {
                return f;
            }
        }
        throw NotThisLayout.INSTANCE;
    }

    private boolean firstElement() {
        ws();
        expect('[');
        ws();
        if (b[i] == ']') {
            i++;
            return false;
        }
        return true;
    }

    private boolean nextElement() {
        ws();
        if (b[i] == ',') {
            i++;
            ws();
            return true;
        }
        expect(']');
        return false;
    }

    /** Enters a string at i: returns where its text starts. */
    private int stringStart() {
        expect('"');
        return i;
    }

    /** Finds the end of the string whose text starts at {@code from}, leaving i past its closing quote. */
    private int end(int from) {
        int k = from;
        byte c;
        while ((c = b[k]) != '"') {
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                // Escapes and control characters: databind's decoding rules, not a copy of them.
                throw NotThisLayout.INSTANCE;
            }
            k++;
        }
        i = k + 1;
        return k;
    }

    private String decode(int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] < 0) {
                String text = new String(b, from, to - from, StandardCharsets.UTF_8);
                if (text.indexOf('\uFFFD') >= 0) {
                    // Malformed UTF-8 (or a real replacement character): databind's to judge.
                    throw NotThisLayout.INSTANCE;
                }
                return text;
            }
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private void ws() {
        byte c;
        while ((c = b[i]) == ' ' || c == '\n' || c == '\r' || c == '\t') {
            i++;
        }
    }

    private void expect(char c) {
        if (b[i] != c) {
            throw NotThisLayout.INSTANCE;
        }
        i++;
    }

    private static byte[][] names(String... names) {
        byte[][] bytes = new byte[names.length][];
        for (int k = 0; k < names.length; k++) {
            bytes[k] = names[k].getBytes(StandardCharsets.ISO_8859_1);
        }
        return bytes;
    }

    /** An enum's JSON labels, exactly as written; all are ASCII. */
    private static final class Labels<E> {
        private final byte[][] labels;
        private final E[] values;

        Labels(E[] values, Function<E, String> label) {
            this.values = values;
            this.labels = new byte[values.length][];
            for (int k = 0; k < values.length; k++) {
                labels[k] = label.apply(values[k]).getBytes(StandardCharsets.ISO_8859_1);
            }
        }

        E of(byte[] b, int from, int to) {
            for (int k = 0; k < labels.length; k++) {
                if (same(b, from, to, labels[k])) {
                    return values[k];
                }
            }
            throw NotThisLayout.INSTANCE;
        }
    }

    /** Whether {@code b[from, to)} holds the bytes of {@code key}; a plain loop: the keys are short. */
    private static boolean same(byte[] b, int from, int to, byte[] key) {
        if (key.length != to - from) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (b[from + k] != key[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Values by the bytes they were read from, so a repeated value costs neither a decode nor a copy:
     * open addressing over a power-of-two table, keys kept as byte arrays with their hashes.
     */
    private static final class Shared<V> {
        private int[] hashes = new int[64];
        private byte[][] keys = new byte[64][];
        private Object[] values = new Object[64];
        private int size;
        /** The hash of the bytes last looked up, for the put that follows a miss. */
        private int lastHash;

        @SuppressWarnings("unchecked")
        V get(byte[] b, int from, int to) {
            int h = hash(b, from, to);
            lastHash = h;
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                byte[] key = keys[slot];
                if (key == null) {
                    return null;
                }
                if (hashes[slot] == h && same(b, from, to, key)) {
                    return (V) values[slot];
                }
            }
        }

        /** Keeps {@code value} for the bytes of the last {@link #get}, which missed. */
        void put(byte[] b, int from, int to, V value) {
            if (size >= MAX_SHARED) {
                return;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(lastHash, Arrays.copyOfRange(b, from, to), value);
            size++;
        }

        private void insert(int h, byte[] key, Object value) {
            int mask = keys.length - 1;
            int slot = h & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            keys[slot] = key;
            values[slot] = value;
        }

        private void grow() {
            int[] oldHashes = hashes;
            byte[][] oldKeys = keys;
            Object[] oldValues = values;
            hashes = new int[oldKeys.length * 2];
            keys = new byte[oldKeys.length * 2][];
            values = new Object[oldKeys.length * 2];
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != null) {
                    insert(oldHashes[k], oldKeys[k], oldValues[k]);
                }
            }
        }

        private static int hash(byte[] b, int from, int to) {
            int h = 0;
            for (int k = from; k < to; k++) {
                h = 31 * h + b[k];
            }
            return h ^ (h >>> 16);
        }
    }

    /** Not the layout this appliance writes: databind reads the record instead. No stack: it is expected. */
    private static final class NotThisLayout extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotThisLayout INSTANCE = new NotThisLayout();

        private NotThisLayout() {
            super(null, null, false, false);
        }
    }
}
