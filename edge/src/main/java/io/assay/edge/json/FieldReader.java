package io.assay.edge.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.inventory.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a JSON object while collecting every problem with its field path, so that
 * a request with five mistakes is answered with five errors, not one.
 */
public final class FieldReader {

    private final List<FieldError> errors;
    private final String prefix;

    public FieldReader(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    public FieldReader nested(String path) {
        return new FieldReader(errors, path(path) + ".");
    }

    /** How many errors the whole read has collected so far. */
    public int errorCount() {
        return errors.size();
    }

    /** The path of {@code field} under this reader's prefix; "" is the nested object itself. */
    public String path(String field) {
        if (field.isEmpty() && prefix.endsWith(".")) {
            return prefix.substring(0, prefix.length() - 1);
        }
        return prefix + field;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(path(field), message));
    }

    public boolean has(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    /** A trimmed string, or null when absent; an error when present but not text. */
    public String text(JsonNode node, String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            error(field, "must be text");
            return null;
        }
        String text = value.asText().trim();
        if (text.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    public String requiredText(JsonNode node, String field, int maxLength) {
        if (!has(node, field)) {
            error(field, "is required");
            return null;
        }
        return text(node, field, maxLength);
    }

    public String matching(JsonNode node, String field, Pattern pattern, String expectation) {
        String text = text(node, field, 200);
        if (text != null && !pattern.matcher(text).matches()) {
            error(field, expectation + ", got '" + text + "'");
            return null;
        }
        return text;
    }

    /** A word from a closed vocabulary, returned in its canonical spelling. */
    public String oneOf(JsonNode node, String field, java.util.Collection<String> allowed) {
        String text = text(node, field, 80);
        if (text == null) {
            return null;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(text)) {
                return candidate;
            }
        }
        error(field, "'" + text + "' is not one of " + String.join(", ", allowed));
        return null;
    }

    /** An exact decimal from a decimal string (or a JSON number read as BigDecimal). */
    public BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual()) {
            error(field, "must be a decimal string such as \"4.12\"");
            return null;
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            error(field, "must be a decimal string such as \"4.12\", got '" + value.asText() + "'");
            return null;
        }
    }

    public Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.canConvertToInt() && value.isIntegralNumber()) {
            return value.intValue();
        }
        if (value.isTextual() && value.asText().trim().matches("-?\\d{1,9}")) {
            return Integer.parseInt(value.asText().trim());
        }
        error(field, "must be a whole number");
        return null;
    }

    /** The object under {@code field}, or null; an error when present but not an object. */
    public JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            error(field, "must be an object");
            return null;
        }
        return value;
    }

    /** The array under {@code field}, or an empty list; an error when present but not an array. */
    public List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            error(field, "must be an array");
            return out;
        }
        value.forEach(out::add);
        return out;
    }

    /**
     * A money object {@code {"amount": "12500.00", "currency": "USD"}}: a decimal amount with no more decimals
     * than its ISO 4217 currency has, at least zero (more than zero when {@code required}); null with the
     * errors recorded when it is not.
     */
    public Money money(JsonNode json, String field, boolean required) {
        JsonNode node = object(json, field);
        if (node == null) {
            if (required && !has(json, field)) {
                error(field, "is required");
            }
            return null;
        }
        FieldReader m = nested(field);
        BigDecimal amount = m.decimal(node, "amount");
        if (amount == null && !m.has(node, "amount")) {
            m.error("amount", "is required");
        }
        Currency currency = null;
        if (!m.has(node, "currency")) {
            m.error("currency", "is required: an ISO 4217 code such as USD, EUR or CHF");
        } else {
            String code = m.text(node, "currency", 10);
            try {
                currency = code == null ? null : Currency.getInstance(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                m.error("currency", "'" + code + "' is not an ISO 4217 currency code");
            }
        }
        if (amount == null || currency == null) {
            return null;
        }
        if (amount.signum() < 0 || (required && amount.signum() == 0)) {
            m.error("amount", "must be " + (required ? "greater than" : "at least") + " zero, got " + amount.toPlainString());
            return null;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            m.error("amount", currency + " has " + digits + " decimals, got " + amount.toPlainString());
            return null;
        }
        return new Money(amount.setScale(digits), currency);
    }
}
