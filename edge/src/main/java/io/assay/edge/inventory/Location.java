package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place pieces rest: a case, a tray inside a case, the window, the safe, the back office.
 *
 * @param parent the id of the enclosing location (a tray's case), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String id, String name, LocationKind kind, String parent) {
}
