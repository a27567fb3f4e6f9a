package io.assay.edge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.domain.ConflictException;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.json.Json;
import io.assay.edge.staff.EnrolmentCode;
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
import java.util.function.Supplier;

/**
 * {@code POST /api/v1/enrolment}: the first person, with the one-time code from the appliance's log, makes
 * themselves the owner with a PIN and a password. Only while the store has no owner.
 */
final class EnrolmentRoutes {

    private static final String ACTOR = "enrolment";

    private final Supplier<EnrolmentCode> code;
    private final StaffDirectory staff;
    private final StaffService service;
    private final SecretHash hash = new SecretHash();
    private final Writer writer;

    private final WorkerExecutor secretChecks;

    EnrolmentRoutes(ApiDependencies deps, WorkerExecutor secretChecks) {
        this.secretChecks = secretChecks;
        this.code = deps.enrolment();
        this.staff = deps.staff();
        this.writer = deps.writer();
        this.service = new StaffService(deps.config().staff().signIn());
    }

    void enrol(RoutingContext rc) {
        JsonNode body = Responses.body(rc);
        EnrolmentCode current = code.get();
        if (current == null || current.used() || staff.hasOwner()) {
            throw new ConflictException("The store already has an owner: sign in instead");
        }
        if (!current.matches(body.path("code").asText(null))) {
            Problems.send(rc, 403, "wrong-enrolment-code", "Forbidden",
                    "The enrolment code is wrong: it is in the appliance's log, and changes at each start", List.of());
            return;
        }
        char[] pin = body.path("pin").asText("").toCharArray();
        char[] password = body.path("password").asText("").toCharArray();
        List<FieldError> errors = new ArrayList<>(StaffService.secretProblems(pin, password));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The owner cannot be enrolled", errors);
        }
        String user = body.path("user").asText();
        String name = body.path("name").asText();
        secretChecks.executeBlocking(() -> {
            String pinHash = hash.hashThenWipe(pin);
            String passwordHash = hash.hashThenWipe(password);
            return writer.submit(ACTOR, work -> service.enrolOwner(work, user, name, pinHash, passwordHash)).get(30, TimeUnit.SECONDS);
        }, false).onSuccess(owner -> {
            current.use();
            rc.response().putHeader("Location", "/api/v1/session");
            Responses.json(rc, 201, describe(owner));
        }).onFailure(rc::fail);
    }

    private static JsonNode describe(StaffMember member) {
        return Json.mapper().createObjectNode().put("user", member.user()).put("name", member.name())
                .put("role", member.role().jsonName());
    }
}
