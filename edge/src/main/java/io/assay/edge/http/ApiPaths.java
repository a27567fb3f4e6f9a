package io.assay.edge.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API's path templates and the methods each takes, to tell a path that does not exist (404) from a
 * method the path does not take (405 with {@code Allow}).
 */
final class ApiPaths {

    private record Template(Pattern path, String method) {
    }

    private final List<Template> templates = new ArrayList<>();

    /** @param template an OpenAPI path such as {@code /api/v1/items/{serial}} */
    void add(String template, String method) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        templates.add(new Template(Pattern.compile(regex.toString()), method));
    }

    /** The methods some route takes on {@code path}, in alphabetical order; empty when no route has that path. */
    Set<String> methodsFor(String path) {
        Set<String> methods = new TreeSet<>();
        for (Template t : templates) {
            if (t.path().matcher(path).matches()) {
                methods.add(t.method());
            }
        }
        return methods;
    }
}
