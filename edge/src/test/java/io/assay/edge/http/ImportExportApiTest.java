package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.AssayApp;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.json.Json;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.TestPieces;
import io.assay.edge.support.TestStaff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** CSV import and export over real HTTP, on a running appliance with its own MapDB files. */
@Timeout(120)
class ImportExportApiTest {

    private static final String HEADER = "serial,category,description,metal,fineness,weight,weightUnit,stones,"
            + "retailPrice,currency,location,notes";

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();
    final List<AssayApp> apps = new ArrayList<>();
    /** Each appliance's owner, signed in: whose session the raw requests here carry. */
    final Map<String, ApiClient> owners = new HashMap<>();
    String base;

    @BeforeEach
    void startAnApplianceWithACase() throws Exception {
        base = start(dir.resolve("store"));
    }

    @AfterEach
    void stop() {
        apps.forEach(AssayApp::close);
    }

    @Test
    void rowByRowImportEntersGoodRowsAndReportsEachBadOneWithItsLineAndColumn() throws Exception {
        String csv = HEADER + "\r\n"
                + "R-1,ring,Band,gold,18k,5.2,g,,100.00,USD,case-1,\"first line\r\nsecond, line\"\r\n"
                + "R-2,ring,Band,gold,18k,5.2,kg,\"type=diamond, clarity=VS3\",100.00,USD,case-1,\r\n"
                + "R-3,necklace,Chain,gold,18k,12,g,,950.00,USD,case-1,\r\n";

        HttpResponse<String> response = importCsv(csv, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode report = json(response);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("serials")).containsExactly(text("R-1"), text("R-3"));
        assertThat(report.get("errors")).hasSize(2);
        assertThat(report.get("errors").get(0)).isEqualTo(Json.mapper().createObjectNode().put("line", 4)
                .put("column", "weightUnit").put("field", "weight.unit").put("message", "'kg' is not one of g, ct, dwt, ozt, gr"));
        assertThat(report.get("errors").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(report.get("errors").get(1).get("column").asText()).isEqualTo("stones");
        assertThat(report.get("errors").get(1).get("field").asText()).isEqualTo("stones[0].clarity");
        assertThat(get("/api/v1/items/R-1").get("notes").asText()).isEqualTo("first line\r\nsecond, line");
        assertThat(count("")).isEqualTo(2);
    }

    @Test
    void atomicImportWithABadRowAnswers422WithEveryErrorAndEntersNothing() throws Exception {
        String csv = HEADER + "\n"
                + "R-1,ring,Band,gold,18k,5.2,g,,100.00,USD,case-1,\n"
                + "R-2,ring,Band,gold,18k,5.2,g,,100.00,USD,attic,\n"
                + "R-1,ring,Band,gold,18k,5.2,g,,-1,USD,case-1,\n";

        HttpResponse<String> response = importCsv(csv, "?atomic=true");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("https://assay.dev/problems/invalid-input");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asText()).isEqualTo("2 rows are invalid; nothing was imported");
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(e -> errors.add(e.get("line").asInt() + " " + e.get("column").asText() + " "
                + e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(errors).containsExactly(
                "3 location location: there is no location 'attic'",
                "4 serial serial: serial R-1 is already on line 2 of this file",
                "4 retailPrice retailPrice.amount: must be greater than zero, got -1");
        assertThat(count("")).isZero();
    }

    @Test
    void atomicImportOfGoodRowsEntersThemAll() throws Exception {
        String csv = HEADER + "\n"
                + "R-1,ring,Band,gold,18k,5.2,g,,100.00,USD,case-1,\n"
                + "R-2,ring,Band,gold,14k,3.1,g,,80.00,USD,case-1,\n";

        HttpResponse<String> response = importCsv(csv, "?atomic=true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("imported").asInt()).isEqualTo(2);
        assertThat(count("")).isEqualTo(2);
    }

    @Test
    void anUnknownColumnIsRefusedByName() throws Exception {
        HttpResponse<String> response = importCsv(HEADER + ",Colour\nR-1,ring,Band,gold,18k,5.2,g,,100.00,USD,case-1,,F\n", "");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("column").asText()).isEqualTo("Colour");
        assertThat(error.get("message").asText()).startsWith("'Colour' is not a column; the columns are serial, epc,");
        assertThat(count("")).isZero();
    }

    @Test
    void unreadableFilesWrongMediaTypesAndOversizedBodiesAreRefusedPlainly() throws Exception {
        HttpResponse<String> unclosed = importCsv(HEADER + "\nR-1,ring,\"Band,gold\n", "");
        assertThat(unclosed.statusCode()).isEqualTo(400);
        assertThat(json(unclosed).get("errors").get(0).get("line").asInt()).isEqualTo(2);

        HttpResponse<String> wrongType = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/import"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(json(wrongType).get("detail").asText()).isEqualTo("Send the spreadsheet as text/csv (UTF-8), not application/json");

        HttpResponse<String> badFlag = importCsv(HEADER + "\n", "?atomic=maybe");
        assertThat(badFlag.statusCode()).isEqualTo(400);

        byte[] huge = new byte[(int) BodyLimits.LARGEST + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(tooLarge).get("detail").asText()).contains("(" + BodyLimits.LARGEST + " bytes)");
    }

    @Test
    void exportThenImportIntoAnEmptyStoreReproducesThePieces() throws Exception {
        post("/api/v1/locations", TestPieces.location("safe-1", "safe"));
        post("/api/v1/items", TestPieces.ring("R-1", "3034257BF7194E4000001A85", "case-1"));
        ObjectNode solitaire = TestPieces.ring("R-2", null, "case-1");
        solitaire.put("category", "engagement ring").put("style", "SOL-RD-100").put("designer", "House")
                .put("collection", "Lumiere").put("metal", "platinum").put("fineness", "950").put("metalColour", "white")
                .put("status", "on memo in").put("notes", "=consigned by \"Vendor, Ltd\"\nreturn by June; ask for Ana");
        solitaire.putObject("ringSize").put("value", "6.5").put("system", "US");
        solitaire.putObject("cost").put("amount", "5200.00").put("currency", "USD");
        solitaire.putArray("stones").add(Json.mapper().createObjectNode().put("type", "diamond").put("shape", "round")
                        .put("count", 1).put("caratWeight", "1.01").put("colour", "F").put("clarity", "VS1").put("cut", "excellent"))
                .add(Json.mapper().createObjectNode().put("type", "sapphire").put("count", 2).put("caratWeight", "0.30")
                        .put("origin", "Ratnapura, Sri Lanka").put("treatment", "heat"));
        ObjectNode gia = Json.mapper().createObjectNode().put("lab", "GIA").put("number", "2141438171").put("date", "2024-03-18");
        gia.putObject("grades").put("colour", "F").put("clarity", "VS1");
        solitaire.putArray("certificates").add(gia);
        post("/api/v1/items", solitaire);
        ObjectNode stone = Json.mapper().createObjectNode().put("serial", "LS-1").put("category", "loose stone")
                .put("description", "Loose emerald").put("location", "safe-1").put("status", "in repair");
        stone.putObject("weight").put("value", "2.05").put("unit", "ct");
        stone.putArray("stones").add(Json.mapper().createObjectNode().put("type", "emerald").put("shape", "emerald")
                .put("caratWeight", "2.05").put("treatment", "minor oil"));
        stone.putObject("retailPrice").put("amount", "18000.00").put("currency", "USD");
        post("/api/v1/items", stone);

        HttpResponse<byte[]> export = http.send(signed(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/export"))),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"assay-demo-store-pieces-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        String second = start(dir.resolve("empty-store"));
        post(second, "/api/v1/locations", TestPieces.location("safe-1", "safe"));
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(second + "/api/v1/items/import?atomic=true"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("serials")).containsExactly(text("LS-1"), text("R-1"), text("R-2"));
        assertThat(pieces(second, "")).isEqualTo(pieces(base, "")).hasSize(3);
    }

    @Test
    void exportTakesTheSameFiltersAsTheList() throws Exception {
        importCsv(HEADER + "\n"
                + "R-1,ring,Band,gold,18k,5.2,g,,100.00,USD,case-1,\n"
                + "N-1,necklace,Chain,gold,18k,12,g,,900.00,USD,case-1,\n"
                + "N-2,necklace,Chain,silver,925,12,g,,90.00,USD,case-1,\n", "");

        String csv = http.send(signed(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/export?category=necklace&metal=gold"))),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith("N-1,");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/export?category=tiara")));
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void tenThousandRowsImportAndExportAgain() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(String.format("BULK-%05d,ring,\"Band, size %d\",gold,18k,%d.%02d,g,\"type=diamond, shape=round, caratWeight=0.%02d\","
                    + "%d.00,USD,case-1,\r\n", i, i % 13, 2 + i % 7, i % 100, 1 + i % 99, 500 + i));
        }

        long started = System.nanoTime();
        HttpResponse<String> response = importCsv(csv.toString(), "");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("10,000-row CSV import (row by row, " + csv.length() + " bytes) answered in " + millis + " ms");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("imported").asInt()).isEqualTo(10_000);
        assertThat(json(response).get("errors")).isEmpty();
        assertThat(count("")).isEqualTo(10_000);

        started = System.nanoTime();
        HttpResponse<String> export = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/export")));
        System.out.println("10,000-piece CSV export answered in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(export.body().split("\r\n")).hasSize(10_001);
    }

    private String start(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        AssayApp app = AssayApp.start(AssayConfig.forTest(dataDir, false));
        apps.add(app);
        String url = "http://127.0.0.1:" + app.httpPort();
        owners.put(url, TestStaff.owner(app.httpPort(), app.enrolmentCode()));
        post(url, "/api/v1/locations", TestPieces.location("case-1", "case"));
        return url;
    }

    private HttpResponse<String> importCsv(String csv, String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/import" + query))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private void post(String path, JsonNode body) throws Exception {
        post(base, path, body);
    }

    private void post(String url, String path, JsonNode body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private int count(String query) throws Exception {
        return get("/api/v1/items/count" + query).get("count").asInt();
    }

    /** The pieces of a store by serial, without what the store itself sets (version, times). */
    private Map<String, JsonNode> pieces(String url, String query) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/items?size=500" + query)));
        Map<String, JsonNode> pieces = new TreeMap<>();
        for (JsonNode item : (ArrayNode) json(response).get("items")) {
            ((ObjectNode) item).remove(List.of("version", "createdAt", "updatedAt"));
            pieces.put(item.get("serial").asText(), item);
        }
        return pieces;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(signed(request), HttpResponse.BodyHandlers.ofString());
    }

    /** The request with the session of the owner of the appliance it goes to, as a browser would send it. */
    private HttpRequest signed(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        URI uri = request.uri();
        ApiClient owner = owners.get(uri.getScheme() + "://" + uri.getAuthority());
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Cookie", ApiClient.SESSION_COOKIE + "=" + owner.sessionCookie())
                .header("X-CSRF-Token", owner.csrfToken()).build();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private static JsonNode text(String value) {
        return Json.mapper().getNodeFactory().textNode(value);
    }
}
