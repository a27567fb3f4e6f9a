package io.assay.edge.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.inventory.Money;
import io.assay.edge.json.FieldReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a client's profile as an associate's screen writes it, reporting every wrong field at once by its
 * path ({@code relations[0].milestones[1].date}). Reads the profile only: notes, the wish list and the tier
 * have commands of their own.
 */
public final class ClientReader {

    static final List<String> HANDS = List.of("left", "right");
    static final List<String> FINGERS = List.of("thumb", "index", "middle", "ring", "little");
    static final List<String> CHANNELS = List.of("email", "sms", "phone", "mail", "whatsapp");
    static final List<String> ADDRESS_KINDS = List.of("home", "work", "delivery", "billing");
    static final List<String> RELATION_KINDS = List.of("partner", "spouse", "child", "parent", "sibling", "friend", "other");
    static final List<String> MILESTONE_KINDS = List.of("birthday", "anniversary", "engagement", "custom");
    static final List<String> LENGTH_UNITS = List.of("cm", "mm", "in");
    private static final Set<String> PROFILE_FIELDS = Set.of("givenName", "familyName", "phones", "emails", "language", "addresses",
            "consents", "ringSizes", "wrist", "necklace", "preferences", "relations", "milestones");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_LIST = 20;

    /**
     * The profile in {@code json} as a client without id or history.
     *
     * @throws InvalidInputException naming every wrong field
     */
    public Client read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw InvalidInputException.of("", "a client is a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(errors, "");
        json.fieldNames().forEachRemaining(name -> {
            if (!PROFILE_FIELDS.contains(name) && !Set.of("id", "notes", "wishList", "tierOverride", "mergedInto", "erasedAt", "createdAt",
                    "updatedAt", "version").contains(name)) {
                in.error(name, "is not a field of a client");
            }
        });
        String given = in.text(json, "givenName", 100);
        String family = in.text(json, "familyName", 100);
        if (given == null && family == null && !in.has(json, "givenName") && !in.has(json, "familyName")) {
            in.error("familyName", "a client needs a given name or a family name");
        }
        List<String> phones = words(in, json, "phones", 40);
        for (int i = 0; i < phones.size(); i++) {
            int digits = PhoneNumbers.digits(phones.get(i)).length();
            if (digits < 4 || digits > 17) {
                in.error("phones[" + i + "]", "must hold 4 to 17 digits, got '" + phones.get(i) + "'");
            }
        }
        List<String> emails = words(in, json, "emails", 200);
        for (int i = 0; i < emails.size(); i++) {
            if (!EMAIL.matcher(emails.get(i)).matches()) {
                in.error("emails[" + i + "]", "must be an email address, got '" + emails.get(i) + "'");
            }
        }
        String language = in.matching(json, "language", LANGUAGE, "must be a language tag such as fr, en or pt-BR");
        List<Address> addresses = list(in, json, "addresses", (r, node) -> address(r, node));
        List<Consent> consents = list(in, json, "consents", ClientReader::consent);
        List<FingerSize> ringSizes = list(in, json, "ringSizes", ClientReader::fingerSize);
        Length wrist = length(in, json, "wrist");
        Length necklace = length(in, json, "necklace");
        Preferences preferences = preferences(in, json);
        List<Milestone> milestones = list(in, json, "milestones", ClientReader::milestone);
        List<Relation> relations = list(in, json, "relations", (r, node) -> new Relation(
                required(r, node, "kind", RELATION_KINDS), r.requiredText(node, "givenName", 100), r.text(node, "familyName", 100),
                list(r, node, "ringSizes", ClientReader::fingerSize), length(r, node, "wrist"), length(r, node, "necklace"),
                preferences(r, node), list(r, node, "milestones", ClientReader::milestone)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The client cannot be saved", errors);
        }
        return new Client(null, given, family, phones, emails, language, addresses, consents, ringSizes, wrist, necklace, preferences,
                relations, milestones, List.of(), List.of(), null, null, null, null, null, 0);
    }

    private static Address address(FieldReader r, JsonNode node) {
        return new Address(required(r, node, "kind", ADDRESS_KINDS), r.requiredText(node, "line1", 200), r.text(node, "line2", 200),
                r.requiredText(node, "city", 100), r.text(node, "region", 100), r.text(node, "postalCode", 20),
                r.matching(node, "country", Pattern.compile("[A-Z]{2}"), "must be an ISO 3166 country code such as US or FR"));
    }

    private static Consent consent(FieldReader r, JsonNode node) {
        String channel = required(r, node, "channel", CHANNELS);
        JsonNode given = node.get("given");
        if (given == null || !given.isBoolean()) {
            r.error("given", "must be true or false");
        }
        Instant at = instant(r, node, "at");
        return new Consent(channel, given != null && given.asBoolean(), at);
    }

    static FingerSize fingerSize(FieldReader r, JsonNode node) {
        String hand = required(r, node, "hand", HANDS);
        String finger = required(r, node, "finger", FINGERS);
        String systemName = r.requiredText(node, "system", 3);
        String value = r.requiredText(node, "value", 10);
        RingSystem system = null;
        if (systemName != null) {
            system = RingSystem.parse(systemName).orElse(null);
            if (system == null) {
                r.error("system", "must be US, UK, EU or JP, got '" + systemName + "'");
            }
        }
        if (system != null && value != null && system.circumference(value).isEmpty()) {
            r.error("value", "must be " + system.expectation() + ", got '" + value + "'");
        }
        return new FingerSize(hand, finger, value, system == null ? systemName : system.name());
    }

    static Milestone milestone(FieldReader r, JsonNode node) {
        String kind = required(r, node, "kind", MILESTONE_KINDS);
        String label = r.text(node, "label", 80);
        if ("custom".equals(kind) && label == null) {
            r.error("label", "is required for a custom milestone: what it is");
        }
        LocalDate date = null;
        String text = r.requiredText(node, "date", 10);
        if (text != null) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                r.error("date", "must be a date such as 2015-12-05, got '" + text + "'");
            }
        }
        Integer lead = r.integer(node, "leadDays");
        if (lead != null && (lead < 0 || lead > 90)) {
            r.error("leadDays", "must be 0 to 90 days");
        }
        return new Milestone(kind, label, date, lead == null ? Milestone.DEFAULT_LEAD_DAYS : lead);
    }

    private static Length length(FieldReader in, JsonNode json, String field) {
        JsonNode node = in.object(json, field);
        if (node == null) {
            return null;
        }
        FieldReader r = in.nested(field);
        BigDecimal value = r.decimal(node, "value");
        if (value == null && !r.has(node, "value")) {
            r.error("value", "is required");
        } else if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(200)) > 0)) {
            r.error("value", "must be more than 0 and at most 200");
        }
        String unit = required(r, node, "unit", LENGTH_UNITS);
        return new Length(value, unit);
    }

    private static Preferences preferences(FieldReader in, JsonNode json) {
        JsonNode node = in.object(json, "preferences");
        if (node == null) {
            return Preferences.NONE;
        }
        FieldReader r = in.nested("preferences");
        JsonNode budget = r.object(node, "budget");
        Money min = null;
        Money max = null;
        if (budget != null) {
            FieldReader b = r.nested("budget");
            min = b.money(budget, "min", false);
            max = b.money(budget, "max", false);
            if (min != null && max != null && (!min.currency().equals(max.currency()) || min.amount().compareTo(max.amount()) > 0)) {
                b.error("max", "must be in the same currency as min and not below it");
            }
        }
        return new Preferences(words(r, node, "metals", 60), words(r, node, "colours", 60), words(r, node, "stones", 60),
                words(r, node, "designers", 60), words(r, node, "styles", 60), min == null && max == null ? null : new Preferences.Budget(min, max));
    }

    private static String required(FieldReader r, JsonNode node, String field, List<String> allowed) {
        if (!r.has(node, field)) {
            r.error(field, "is required: one of " + String.join(", ", allowed));
            return null;
        }
        return r.oneOf(node, field, allowed);
    }

    private static Instant instant(FieldReader r, JsonNode node, String field) {
        String text = r.requiredText(node, field, 40);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            r.error(field, "must be an RFC 3339 date-time such as 2026-11-01T10:00:00-05:00, got '" + text + "'");
            return null;
        }
    }

    /** A list of short texts, trimmed, without blanks or repeats. */
    private static List<String> words(FieldReader in, JsonNode json, String field, int maxLength) {
        List<JsonNode> nodes = in.array(json, field);
        if (nodes.size() > MAX_LIST) {
            in.error(field, "at most " + MAX_LIST + " entries");
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (!node.isTextual() || node.asText().isBlank() || node.asText().trim().length() > maxLength) {
                in.error(field + "[" + i + "]", "must be text of 1 to " + maxLength + " characters");
            } else if (!words.contains(node.asText().trim())) {
                words.add(node.asText().trim());
            }
        }
        return words;
    }

    private interface ItemReader<T> {
        T read(FieldReader reader, JsonNode node);
    }

    private static <T> List<T> list(FieldReader in, JsonNode json, String field, ItemReader<T> item) {
        List<JsonNode> nodes = in.array(json, field);
        if (nodes.size() > MAX_LIST) {
            in.error(field, "at most " + MAX_LIST + " entries");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isObject()) {
                in.error(field + "[" + i + "]", "must be an object");
                continue;
            }
            items.add(item.read(in.nested(field + "[" + i + "]"), nodes.get(i)));
        }
        return items;
    }
}
