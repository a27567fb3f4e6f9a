package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.json.Json;
import io.assay.edge.staff.Role;
import io.assay.edge.staff.SecretHash;
import io.assay.edge.staff.StaffDirectory;
import io.assay.edge.staff.StaffMember;
import io.assay.edge.staff.StaffService;
import io.assay.edge.store.Writer;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The staff list and the owner's changes to it: {@code /api/v1/staff}. Secrets are hashed on a worker
 * (Argon2id is slow on purpose) and never leave the appliance, not even as hashes.
 */
final class StaffRoutes {

    private final StaffDirectory staff;
    private final StaffService service;
    private final SecretHash hash = new SecretHash();
    private final Writer writer;

    private final WorkerExecutor secretChecks;

    StaffRoutes(ApiDependencies deps, WorkerExecutor secretChecks) {
        this.secretChecks = secretChecks;
        this.staff = deps.staff();
        this.writer = deps.writer();
        this.service = new StaffService(deps.config().staff().signIn());
    }

    void list(RoutingContext rc) {
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode people = body.putArray("staff");
        staff.all().forEach(member -> people.add(describe(member)));
        Responses.json(rc, 200, body);
    }

    void create(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        char[] pin = secret(body, "pin");
        char[] password = secret(body, "password");
        List<FieldError> errors = new ArrayList<>(StaffService.secretProblems(pin, password));
        Role role = role(body, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The staff member cannot be added", errors);
        }
        String user = body.path("user").asText();
        String name = body.path("name").asText();
        String actor = Caller.actor(rc);
        secretChecks.executeBlocking(() -> {
            String pinHash = hash.hashThenWipe(pin);
            String passwordHash = hash.hashThenWipe(password);
            return writer.submit(actor, work -> service.create(work, user, name, role, pinHash, passwordHash)).get(30, TimeUnit.SECONDS);
        }, false).onSuccess(member -> {
            rc.response().putHeader("Location", "/api/v1/staff/" + member.user());
            Responses.json(rc, 201, describe(member));
        }).onFailure(rc::fail);
    }

    void changeRole(RoutingContext rc) {
        String user = rc.pathParam("user");
        JsonNode body = Responses.body(rc);
        List<FieldError> errors = new ArrayList<>();
        Role role = role(body, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The role cannot be changed", errors);
        }
        Responses.submit(rc, writer, work -> service.changeRole(work, user, role))
                .onSuccess(member -> Responses.json(rc, 200, describe(member)))
                .onFailure(rc::fail);
    }

    void unlock(RoutingContext rc) {
        String user = rc.pathParam("user");
        Responses.submit(rc, writer, work -> service.unlock(work, user))
                .onSuccess(member -> Responses.json(rc, 200, describe(member)))
                .onFailure(rc::fail);
    }

    /** A person as screens show them: whether they have a PIN or a password, never the hashes. */
    static ObjectNode describe(StaffMember member) {
        ObjectNode json = Json.mapper().createObjectNode()
                .put("user", member.user())
                .put("name", member.name())
                .put("role", member.role().jsonName())
                .put("pin", member.pinHash() != null)
                .put("password", member.passwordHash() != null)
                .put("createdAt", member.createdAt().toString())
                .put("updatedAt", member.updatedAt().toString());
        json.put("lockedUntil", member.lockedUntil() == null ? null : member.lockedUntil().toString());
        return json;
    }

    private static Role role(JsonNode body, List<FieldError> errors) {
        String name = body.path("role").asText("");
        for (Role role : Role.values()) {
            if (role.jsonName().equals(name)) {
                return role;
            }
        }
        errors.add(new FieldError("role", "one of owner, manager, associate, bench, auditor"));
        return null;
    }

    private static char[] secret(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText().toCharArray();
    }
}
