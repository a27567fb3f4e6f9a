package io.assay.edge.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a JSON object while collecting every problem with its field path, so that
 * a request with five mistakes is answered with five errors, not one.
 */
final class FieldReader {

    private final List<FieldError> errors;
    private final String prefix;

    FieldReader(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    FieldReader nested(String path) {
        return new FieldReader(errors, path(path) + ".");
    }

    /** How many errors the whole read has collected so far. */
    int errorCount() {
        return errors.size();
    }

    String path(String field) {
        return prefix + field;
    }

    void error(String field, String message) {
        errors.add(new FieldError(path(field), message));
    }

    boolean has(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    /** A trimmed string, or null when absent; an error when present but not text. */
    String text(JsonNode node, String field, int maxLength) {
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

    String requiredText(JsonNode node, String field, int maxLength) {
        if (!has(node, field)) {
            error(field, "is required");
            return null;
        }
        return text(node, field, maxLength);
    }

    String matching(JsonNode node, String field, Pattern pattern, String expectation) {
        String text = text(node, field, 200);
        if (text != null && !pattern.matcher(text).matches()) {
            error(field, expectation + ", got '" + text + "'");
            return null;
        }
        return text;
    }

    /** A word from a closed vocabulary, returned in its canonical spelling. */
    String oneOf(JsonNode node, String field, java.util.Collection<String> allowed) {
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
    BigDecimal decimal(JsonNode node, String field) {
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

    Integer integer(JsonNode node, String field) {
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
    JsonNode object(JsonNode node, String field) {
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
    List<JsonNode> array(JsonNode node, String field) {
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
}
