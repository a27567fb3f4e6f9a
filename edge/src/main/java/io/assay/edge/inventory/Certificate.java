package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
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
        grades = grades == null ? Map.of() : Map.copyOf(grades);
    }
}
