package io.assay.edge.http;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API's path templates, the methods each takes and the operation behind each: to tell a path that
 * does not exist (404) from a method the path does not take (405 with {@code Allow}), and to know which
 * operation a request is for before any body is read (the access check).
 */
final class ApiPaths {

    /** @param literals how many characters of the template are fixed: {@code /items/count} beats {@code /items/{serial}} */
    private record Template(Pattern path, String method, String operationId, int literals) {
    }

    private static final String OPERATION_KEY = "assay.operation";

    private final List<Template> templates = new ArrayList<>();

    /** @param template an OpenAPI path such as {@code /api/v1/items/{serial}} */
    void add(String template, String method, String operationId) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(part));
                literals += part.length();
            }
        }
        templates.add(new Template(Pattern.compile(regex.toString()), method, operationId, literals));
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

    /**
     * The operation {@code rc} is for, found once per request (the access check and the body limits both
     * ask, before the router has matched anything).
     */
    Optional<String> operation(RoutingContext rc) {
        Optional<String> known = rc.get(OPERATION_KEY);
        if (known == null) {
            known = operation(rc.request().method().name(), rc.request().path());
            rc.put(OPERATION_KEY, known);
        }
        return known;
    }

    /**
     * The operation that answers {@code method} on {@code path}, as the router would pick it: a fixed path
     * segment wins over a parameter. HEAD is answered by the GET route.
     */
    Optional<String> operation(String method, String path) {
        String asked = method.equals("HEAD") ? "GET" : method;
        Template best = null;
        for (Template t : templates) {
            if (t.method().equals(asked) && (best == null || t.literals() > best.literals()) && t.path().matcher(path).matches()) {
                best = t;
            }
        }
        return Optional.ofNullable(best).map(Template::operationId);
    }
}
