package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A grading report from a laboratory.
 *
 * @param grades the report's grades as printed (e.g. "colour": "F"), possibly empty
 * @param scan   the id of the attached scan of the report, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Certificate(String lab, String number, LocalDate date, Map<String, String> grades, String scan) {

    public Certificate {
        // In the report's own order (colour, clarity, cut…): Map.copyOf would shuffle it.
        grades = grades == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }
}
