package io.assay.edge.http;

import static io.assay.edge.support.TestPieces.contractDocument;
import static io.assay.edge.support.TestPieces.location;
import static io.assay.edge.support.TestPieces.ring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.RunningApp;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Entering pieces through {@code POST /api/v1/items}: the contract document is accepted as
 * written and read back with the same fields; every broken rule is a 422 problem naming each field;
 * a body that is not JSON is a 400 problem. Nothing refused is written.
 */
class ItemValidationApiTest {

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void caseOneExists() {
        api = running.client();
        assertThat(api.post("/api/v1/locations", location("case-1", "case")).status()).isEqualTo(201);
    }

    @Test
    void theContractDocumentIsAcceptedAsWrittenAndReadBackWithTheSameFields() {
        ApiResponse created = api.post("/api/v1/items", contractDocument());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/items/R-10234");
        ApiResponse read = api.get(created.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.contentType()).isEqualTo("application/json");
        JsonNode piece = read.json();
        for (Iterator<Map.Entry<String, JsonNode>> it = contractDocument().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            assertThat(piece.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
        }
        assertThat(piece.get("version").asLong()).isEqualTo(1);
        assertThat(created.json()).isEqualTo(piece);
    }

    @Test
    void platinumOf24KaratIsRefusedNamingTheFineness() {
        assertRefused(contractDocument().put("fineness", "24k"), "fineness");
    }

    @Test
    void platinum800AndSilver750AreRefused() {
        assertRefused(contractDocument().put("fineness", "800"), "fineness");
        assertRefused(contractDocument().put("metal", "silver").put("fineness", "750"), "fineness");
    }

    @Test
    void goldOf7Or25KaratIsRefused() {
        assertRefused(contractDocument().put("metal", "gold").put("fineness", "7k"), "fineness");
        assertRefused(contractDocument().put("metal", "gold").put("fineness", "25k"), "fineness");
    }

    @Test
    void aNegativeOrZeroWeightIsRefused() {
        ObjectNode negative = contractDocument();
        negative.putObject("weight").put("value", "-4.12").put("unit", "g");
        ObjectNode zero = contractDocument();
        zero.putObject("weight").put("value", "0").put("unit", "g");

        assertRefused(negative, "weight.value");
        assertRefused(zero, "weight.value");
    }

    @Test
    void anUnknownWeightUnitIsRefused() {
        ObjectNode json = contractDocument();
        json.putObject("weight").put("value", "4.12").put("unit", "lb");

        assertRefused(json, "weight.unit");
    }

    @Test
    void clarityVs3AndColourQPlusAreRefused() {
        ObjectNode clarity = contractDocument();
        ((ObjectNode) clarity.get("stones").get(0)).put("clarity", "VS3");
        ObjectNode colour = contractDocument();
        ((ObjectNode) colour.get("stones").get(0)).put("colour", "Q+");

        assertRefused(clarity, "stones[0].clarity");
        assertRefused(colour, "stones[0].colour");
    }

    @Test
    void aDuplicateSerialIsRefused() {
        assertThat(api.post("/api/v1/items", ring("R-1", null, "case-1")).status()).isEqualTo(201);

        ApiResponse again = assertRefused(ring("R-1", null, "case-1"), "serial");
        assertThat(again.errorMessage("serial")).isEqualTo("a piece with serial R-1 already exists");
    }

    @Test
    void aDuplicateEpcIsRefusedWhateverItsCase() {
        assertThat(api.post("/api/v1/items", ring("R-1", "3034257BF7194E4000001A85", "case-1")).status()).isEqualTo(201);

        ApiResponse again = assertRefused(ring("R-2", "3034257bf7194e4000001a85", "case-1"), "epc");
        assertThat(again.errorMessage("epc")).isEqualTo("EPC 3034257BF7194E4000001A85 is already on piece R-1");
    }

    @Test
    void anEpcThatIsNotHexIsRefused() {
        assertRefused(contractDocument().put("epc", "3034257BF7194E4000001AZZ"), "epc");
    }

    @Test
    void aPriceWithoutCurrencyOrWithAnUnknownOneIsRefused() {
        ObjectNode without = contractDocument();
        without.putObject("retailPrice").put("amount", "12500.00");
        ObjectNode unknown = contractDocument();
        unknown.putObject("retailPrice").put("amount", "12500.00").put("currency", "USX");

        assertRefused(without, "retailPrice.currency");
        assertRefused(unknown, "retailPrice.currency");
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
        ObjectNode cents = contractDocument();
        cents.putObject("retailPrice").put("amount", "12500.001").put("currency", "USD");

        assertRefused(cents, "retailPrice.amount");
    }

    @Test
    void anUnknownLocationOrCategoryIsRefused() {
        assertRefused(contractDocument().put("location", "case-9"), "location");
        assertRefused(contractDocument().put("category", "tiara"), "category");
    }

    @Test
    void everyMistakeOfOneDocumentIsReportedInOneAnswer() {
        ObjectNode json = contractDocument();
        json.put("fineness", "24k");
        json.putObject("weight").put("value", "-1").put("unit", "g");
        ((ObjectNode) json.get("stones").get(0)).put("clarity", "VS3");
        json.putObject("retailPrice").put("amount", "12500.00");
        json.put("location", "case-9");

        assertRefused(json, "fineness", "weight.value", "stones[0].clarity", "retailPrice.currency", "location");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingTheField() {
        assertRefused(contractDocument().put("serial", 10234), "serial");
        assertRefused(contractDocument().put("weight", "4.12 g"), "weight");
        assertRefused(contractDocument().put("stones", "one diamond"), "stones");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedTogetherWithTheOtherMistakes() {
        ObjectNode json = contractDocument().put("serial", 10234).put("fineness", "24k");
        json.putObject("weight").put("value", "-1").put("unit", "g");

        ApiResponse refused = assertRefused(json, "serial", "fineness", "weight.value");
        assertThat(refused.errorMessage("serial")).isEqualTo("must be text");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        ApiResponse response = api.send("POST", "/api/v1/items", "application/json", "{\"serial\": \"R-1\",");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    @Test
    void aBodyThatIsNotLabelledJsonIsAnUnsupportedMediaType() {
        String json = contractDocument().toString();

        ApiResponse plain = api.send("POST", "/api/v1/items", "text/plain", json);
        ApiResponse unlabelled = api.send("POST", "/api/v1/items", null, json);
        ApiResponse patch = api.send("PATCH", "/api/v1/items/R-10234", "text/plain", "{\"notes\": \"x\"}");

        assertThat(plain.status()).as(plain.body()).isEqualTo(415);
        assertThat(plain.contentType()).isEqualTo("application/problem+json");
        assertThat(plain.json().path("detail").asText()).contains("text/plain");
        assertThat(unlabelled.status()).as(unlabelled.body()).isEqualTo(415);
        assertThat(patch.status()).as(patch.body()).isEqualTo(415);
        assertThat(api.get("/api/v1/items/count").json().path("count").asInt()).isZero();
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        ApiResponse response = api.send("POST", "/api/v1/items", "application/json", "[1, 2]");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().path("detail").asText()).isEqualTo("the body must be a JSON object");
    }

    @Test
    void nothingRefusedIsWritten() {
        assertRefused(contractDocument().put("fineness", "24k"), "fineness");

        assertThat(api.get("/api/v1/items/R-10234").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/items/count").json().path("count").asInt()).isZero();
        // After the owner's enrolment and sign-in, the location is the only event.
        assertThat(api.get("/api/v1/journal/verify").json().path("count").asInt()).isEqualTo(3);
    }

    /** Posts {@code piece} and expects a 422 problem whose errors name exactly {@code fields}. */
    private ApiResponse assertRefused(ObjectNode piece, String... fields) {
        ApiResponse response = api.post("/api/v1/items", piece);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(422);
        assertThat(response.json().path("type").asText()).endsWith("/invalid-input");
        assertThat(response.errorFields()).as(response.body()).containsExactlyInAnyOrder(fields);
        for (JsonNode error : response.json().path("errors")) {
            assertThat(error.path("message").asText()).as("message of " + error).isNotBlank();
        }
        return response;
    }
}
