package io.assay.edge.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.drivers.epc.Epc96;
import io.assay.edge.attachments.AttachmentStore;
import io.assay.edge.domain.FieldError;
import io.assay.edge.json.FieldReader;
import io.assay.edge.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a piece as a client wrote it (JSON from the API, a CSV row) into a valid {@link Piece}, or refuses
 * it with every bad field named. Checks the piece on its own; rules that depend on the store (unique
 * serial and EPC, known location, status transitions) belong to {@link InventoryService}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PieceReader {

    static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern STYLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern CERT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,23}");
    private static final Pattern UK_SIZE = Pattern.compile("[A-Z](½|1/2| 1/2)?");
    private static final List<String> COLOURS = List.of("yellow", "white", "rose", "green", "black", "two-tone", "tri-colour");
    private static final List<String> LABS = List.of("GIA", "IGI", "AGS", "HRD", "GCAL", "EGL", "SSEF", "GRS", "AGL", "Gübelin", "other");
    private static final List<String> SIZE_SYSTEMS = List.of("US", "UK", "EU", "ISO", "JP");
    private static final Set<String> READ_ONLY = Set.of("version", "createdAt", "updatedAt");
    private static final Set<String> FIELDS = Set.of("serial", "epc", "style", "category", "description", "designer",
            "collection", "metal", "fineness", "metalColour", "weight", "ringSize", "stones", "certificates", "cost",
            "retailPrice", "location", "status", "notes", "photos");

    /**
     * Reads and validates a piece.
     *
     * @throws InvalidInputException naming every bad field when the piece breaks a rule
     */
    public Piece read(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw InvalidInputException.of("", "a piece is a JSON object");
        }
        FieldReader in = new FieldReader(errors, "");
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name) && !READ_ONLY.contains(name)) {
                in.error(name, "is not a field of a piece");
            }
        }

        String serial = null;
        if (!in.has(json, "serial")) {
            in.error("serial", "is required");
        } else {
            serial = in.matching(json, "serial", SERIAL, "must be 1 to 40 letters, digits, '.', '_' or '-'");
        }
        String epc = null;
        if (in.has(json, "epc")) {
            String text = in.text(json, "epc", 40);
            if (text != null && !Epc96.isValidHex(text)) {
                in.error("epc", "must be 24 hexadecimal digits (a 96-bit EPC), got '" + text + "'");
            } else if (text != null) {
                epc = text.toUpperCase(Locale.ROOT);
            }
        }
        String style = in.matching(json, "style", STYLE, "must be 1 to 40 letters, digits, '.', '_', '/' or '-'");
        Category category = enumValue(in, json, "category", Category::fromLabel, labels(Category.values()), true);
        String description = in.requiredText(json, "description", 500);
        String designer = in.text(json, "designer", 80);
        String collection = in.text(json, "collection", 80);

        Metal metal = enumValue(in, json, "metal", Metal::fromLabel, labels(Metal.values()), false);
        if (metal == null && !in.has(json, "metal") && category != null && category != Category.LOOSE_STONE) {
            in.error("metal", "is required for a " + category.label());
        }
        if (metal != null && category == Category.LOOSE_STONE) {
            in.error("metal", "a loose stone has no metal");
        }
        String fineness = fineness(in, json, metal);
        String metalColour = in.oneOf(json, "metalColour", COLOURS);
        if (metalColour != null && metal == null) {
            in.error("metalColour", "needs a metal");
        }
        Weight weight = weight(in, json);
        RingSize ringSize = ringSize(in, json, category);
        List<Stone> stones = stones(in, json);
        if (category == Category.LOOSE_STONE && stones.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("stones"))) {
            in.error("stones", "a loose stone needs its stone described");
        }
        List<Certificate> certificates = certificates(in, json);
        Money cost = in.money(json, "cost", false);
        Money retailPrice = in.money(json, "retailPrice", true);
        if (cost != null && retailPrice != null && !cost.currency().equals(retailPrice.currency())) {
            in.error("cost.currency", "cost is in " + cost.currency() + " but the retail price in " + retailPrice.currency());
        }
        String location = in.requiredText(json, "location", 40);
        PieceStatus status = PieceStatus.IN_STOCK;
        if (in.has(json, "status")) {
            PieceStatus s = enumValue(in, json, "status", PieceStatus::fromLabel, labels(PieceStatus.values()), false);
            status = s == null ? status : s;
        }
        String notes = in.text(json, "notes", 4000);
        List<String> photos = new ArrayList<>();
        List<JsonNode> photoNodes = in.array(json, "photos");
        for (int i = 0; i < photoNodes.size(); i++) {
            JsonNode p = photoNodes.get(i);
            if (!p.isTextual() || !AttachmentStore.isId(p.asText())) {
                in.error("photos[" + i + "]", "must be an attachment id (64 hex digits) from POST /api/v1/attachments");
            } else {
                photos.add(p.asText());
            }
        }

        if (!errors.isEmpty()) {
            throw new InvalidInputException("The piece has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "" : "s"), errors);
        }
        return new Piece(serial, epc, style, category, description, designer, collection, metal, fineness,
                metalColour, weight, ringSize, stones, certificates, cost, retailPrice, location, status, notes,
                photos, 0, null, null);
    }

    private static String fineness(FieldReader in, JsonNode json, Metal metal) {
        String text = in.text(json, "fineness", 20);
        if (text == null) {
            if (metal != null && metal != Metal.OTHER) {
                in.error("fineness", "is required for " + metal.label());
            }
            return null;
        }
        if (metal == null) {
            in.error("fineness", "needs a metal");
            return null;
        }
        Fineness.Result result = Fineness.canonical(metal, text);
        if (result.value().isEmpty()) {
            in.error("fineness", result.reason());
            return null;
        }
        return result.value().get();
    }

    private static Weight weight(FieldReader in, JsonNode json) {
        JsonNode node = in.object(json, "weight");
        if (node == null) {
            return null;
        }
        FieldReader w = in.nested("weight");
        BigDecimal value = w.decimal(node, "value");
        if (value == null && !w.has(node, "value")) {
            w.error("value", "is required");
        } else if (value != null && value.signum() <= 0) {
            w.error("value", "must be greater than zero, got " + value.toPlainString());
            value = null;
        } else if (value != null && value.stripTrailingZeros().scale() > 6) {
            w.error("value", "has more than 6 decimals");
            value = null;
        }
        WeightUnit unit = null;
        if (!w.has(node, "unit")) {
            w.error("unit", "is required (g, ct, dwt, ozt or gr)");
        } else {
            String symbol = w.text(node, "unit", 10);
            unit = symbol == null ? null : WeightUnit.fromSymbol(symbol).orElse(null);
            if (symbol != null && unit == null) {
                w.error("unit", "'" + symbol + "' is not one of g, ct, dwt, ozt, gr");
            }
        }
        return value != null && unit != null ? new Weight(value, unit) : null;
    }

    private static RingSize ringSize(FieldReader in, JsonNode json, Category category) {
        JsonNode node = in.object(json, "ringSize");
        if (node == null) {
            return null;
        }
        if (category != null && !category.isRing()) {
            in.error("ringSize", "does not apply to the category " + category.label());
            return null;
        }
        FieldReader r = in.nested("ringSize");
        String system = r.oneOf(node, "system", SIZE_SYSTEMS);
        if (system == null && !r.has(node, "system")) {
            r.error("system", "is required (US, UK, EU, ISO or JP)");
        }
        JsonNode raw = node.get("value");
        String value = raw == null || raw.isNull() ? null : raw.asText().trim();
        if (value == null || value.isEmpty()) {
            r.error("value", "is required");
            return null;
        }
        if (system == null) {
            return null;
        }
        String problem = switch (system) {
            case "US" -> numericSize(value, new BigDecimal("0"), new BigDecimal("16"), new BigDecimal("0.25"));
            case "JP" -> numericSize(value, BigDecimal.ONE, new BigDecimal("30"), BigDecimal.ONE);
            case "EU", "ISO" -> numericSize(value, new BigDecimal("38"), new BigDecimal("76"), new BigDecimal("0.5"));
            default -> UK_SIZE.matcher(value).matches() ? null : "a UK size is a letter A to Z, optionally with ½";
        };
        if (problem != null) {
            r.error("value", problem + ", got '" + value + "'");
            return null;
        }
        return new RingSize(value, system);
    }

    private static String numericSize(String value, BigDecimal min, BigDecimal max, BigDecimal step) {
        try {
            BigDecimal size = new BigDecimal(value);
            if (size.compareTo(min) < 0 || size.compareTo(max) > 0) {
                return "must be from " + min + " to " + max;
            }
            if (size.remainder(step).signum() != 0) {
                return "must be in steps of " + step;
            }
            return null;
        } catch (NumberFormatException e) {
            return "must be a number";
        }
    }

    private static List<Stone> stones(FieldReader in, JsonNode json) {
        List<Stone> stones = new ArrayList<>();
        List<JsonNode> nodes = in.array(json, "stones");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String at = "stones[" + i + "]";
            if (!node.isObject()) {
                in.error(at, "must be an object");
                continue;
            }
            FieldReader s = in.nested(at);
            int before = s.errorCount();
            String type = s.oneOf(node, "type", StoneGrades.TYPES.stream().sorted().toList());
            if (type == null && !s.has(node, "type")) {
                s.error("type", "is required");
            }
            String shape = s.oneOf(node, "shape", StoneGrades.SHAPES.stream().sorted().toList());
            Integer count = s.integer(node, "count");
            if (count == null && !s.has(node, "count")) {
                count = 1;
            } else if (count != null && count < 1) {
                s.error("count", "must be at least 1, got " + count);
            }
            BigDecimal carats = s.decimal(node, "caratWeight");
            if (carats != null && carats.signum() <= 0) {
                s.error("caratWeight", "must be greater than zero, got " + carats.toPlainString());
            } else if (carats != null && carats.stripTrailingZeros().scale() > 3) {
                s.error("caratWeight", "is stated to at most 3 decimals");
            }
            boolean diamond = StoneGrades.isDiamond(type);
            String colour = s.text(node, "colour", 40);
            if (colour != null && diamond && !StoneGrades.isDiamondColour(colour)) {
                s.error("colour", "a diamond's colour is D to Z or fancy (e.g. 'fancy intense yellow'), got '" + colour + "'");
            }
            String clarity = diamondGrade(s, node, "clarity", StoneGrades.CLARITY, diamond, type);
            String cut = diamondGrade(s, node, "cut", StoneGrades.CUT, diamond, type);
            String polish = diamondGrade(s, node, "polish", StoneGrades.FINISH, diamond, type);
            String symmetry = diamondGrade(s, node, "symmetry", StoneGrades.FINISH, diamond, type);
            String fluorescence = diamondGrade(s, node, "fluorescence", StoneGrades.FLUORESCENCE, diamond, type);
            String origin = s.text(node, "origin", 60);
            String treatment = s.oneOf(node, "treatment", StoneGrades.TREATMENTS.stream().sorted().toList());
            refuseUnknownFields(s, node, STONE_FIELDS, "a stone");
            if (s.errorCount() == before && type != null) {
                stones.add(new Stone(type, shape, count == null ? 1 : count, carats, colour, clarity, cut, polish,
                        symmetry, fluorescence, origin, treatment));
            }
        }
        return stones;
    }

    private static final Set<String> STONE_FIELDS = Set.of("type", "shape", "count", "caratWeight", "colour", "clarity",
            "cut", "polish", "symmetry", "fluorescence", "origin", "treatment");
    private static final Set<String> CERTIFICATE_FIELDS = Set.of("lab", "number", "date", "grades", "scan");

    /** A misspelt field ("grade", "labName") would otherwise be dropped without a word. */
    private static void refuseUnknownFields(FieldReader in, JsonNode node, Set<String> known, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                in.error(name, "is not a field of " + what);
            }
        }
    }

    private static String diamondGrade(FieldReader s, JsonNode node, String field, List<String> scale,
                                       boolean diamond, String type) {
        if (!s.has(node, field)) {
            return null;
        }
        if (!diamond && type != null) {
            s.error(field, "applies to diamonds only, not " + type);
            return null;
        }
        return s.oneOf(node, field, scale);
    }

    private static List<Certificate> certificates(FieldReader in, JsonNode json) {
        List<Certificate> certificates = new ArrayList<>();
        List<JsonNode> nodes = in.array(json, "certificates");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String at = "certificates[" + i + "]";
            if (!node.isObject()) {
                in.error(at, "must be an object");
                continue;
            }
            FieldReader c = in.nested(at);
            int before = c.errorCount();
            refuseUnknownFields(c, node, CERTIFICATE_FIELDS, "a certificate");
            String lab = c.oneOf(node, "lab", LABS);
            if (lab == null && !c.has(node, "lab")) {
                c.error("lab", "is required");
            }
            String number = null;
            if (!c.has(node, "number")) {
                c.error("number", "is required");
            } else {
                number = c.matching(node, "number", CERT_NUMBER, "must be 4 to 24 letters or digits");
            }
            LocalDate date = null;
            String dateText = c.text(node, "date", 20);
            if (dateText != null) {
                try {
                    date = LocalDate.parse(dateText);
                    if (date.isAfter(LocalDate.now().plusDays(1))) {
                        c.error("date", "is in the future");
                    }
                } catch (DateTimeParseException e) {
                    c.error("date", "must be a date as YYYY-MM-DD, got '" + dateText + "'");
                }
            }
            Map<String, String> grades = new LinkedHashMap<>();
            JsonNode gradeNode = c.object(node, "grades");
            if (gradeNode != null) {
                gradeNode.fields().forEachRemaining(e -> {
                    if (!e.getValue().isValueNode() || e.getValue().asText().length() > 80) {
                        c.error("grades." + e.getKey(), "must be a short text");
                    } else {
                        grades.put(e.getKey(), e.getValue().asText());
                    }
                });
            }
            String scan = c.text(node, "scan", 200);
            if (scan != null && !AttachmentStore.isId(scan)) {
                c.error("scan", "must be an attachment id (64 hex digits) from POST /api/v1/attachments");
            }
            if (c.errorCount() == before) {
                certificates.add(new Certificate(lab, number, date, grades, scan));
            }
        }
        return certificates;
    }

    private static <E> E enumValue(FieldReader in, JsonNode json, String field,
                                   java.util.function.Function<String, java.util.Optional<E>> parse,
                                   List<String> labels, boolean required) {
        if (!in.has(json, field)) {
            if (required) {
                in.error(field, "is required");
            }
            return null;
        }
        String text = in.text(json, field, 40);
        if (text == null) {
            return null;
        }
        return parse.apply(text).orElseGet(() -> {
            in.error(field, "'" + text + "' is not one of " + String.join(", ", labels));
            return null;
        });
    }

    private static List<String> labels(Category[] values) {
        return java.util.Arrays.stream(values).map(Category::label).toList();
    }

    private static List<String> labels(Metal[] values) {
        return java.util.Arrays.stream(values).map(Metal::label).toList();
    }

    private static List<String> labels(PieceStatus[] values) {
        return java.util.Arrays.stream(values).map(PieceStatus::label).toList();
    }
}
