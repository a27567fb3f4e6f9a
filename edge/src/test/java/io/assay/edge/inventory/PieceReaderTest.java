package io.assay.edge.inventory;

import static io.assay.edge.support.TestPieces.contractDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The piece's own rules, without a store: each broken rule is named by its field path with a message a
 * jeweler can act on, and a piece with several mistakes gets all of them at once.
 */
class PieceReaderTest {

    private final PieceReader reader = new PieceReader();

    @Test
    void theContractDocumentReadsAsWritten() {
        Piece piece = reader.read(contractDocument());

        assertThat(piece.serial()).isEqualTo("R-10234");
        assertThat(piece.epc()).isEqualTo("3034257BF7194E4000001A85");
        assertThat(piece.category()).isEqualTo(Category.ENGAGEMENT_RING);
        assertThat(piece.metal()).isEqualTo(Metal.PLATINUM);
        assertThat(piece.fineness()).isEqualTo("950");
        assertThat(piece.weight()).isEqualTo(new Weight(new BigDecimal("4.12"), WeightUnit.GRAM));
        assertThat(piece.ringSize()).isEqualTo(new RingSize("6.5", "US"));
        assertThat(piece.stones()).singleElement().satisfies(s -> {
            assertThat(s.clarity()).isEqualTo("VS1");
            assertThat(s.caratWeight()).isEqualByComparingTo("1.01");
        });
        assertThat(piece.retailPrice().minorUnits()).isEqualTo(1_250_000L);
        assertThat(piece.cost().amount()).isEqualTo(new BigDecimal("5200.00"));
        assertThat(piece.status()).isEqualTo(PieceStatus.IN_STOCK);
    }

    @Test
    void aLowerCaseEpcIsKeptInUpperCase() {
        ObjectNode json = contractDocument().put("epc", "3034257bf7194e4000001a85");

        assertThat(reader.read(json).epc()).isEqualTo("3034257BF7194E4000001A85");
    }

    @Test
    void millesimalGoldCountsAsItsKarat() {
        ObjectNode json = gold("750");

        assertThat(reader.read(json).fineness()).isEqualTo("18k");
    }

    @ParameterizedTest(name = "{0} {1} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "platinum | 24k | karat applies to gold only; platinum is 850, 900, 950",
        "platinum | 800 | platinum is 850, 900, 950, not 800",
        "silver   | 750 | silver is 800, 925, 958, 999, not 750",
        "gold     | 7k  | gold is 8k to 24k, not 7k",
        "gold     | 25k | gold is 8k to 24k, not 25k",
        "gold     | 250 | gold fineness 250 is below 8k (333)",
        "palladium| 18k | karat applies to gold only; palladium is millesimal (500 to 999)",
        "gold     | pure| 'pure' is neither karat (e.g. 18k) nor millesimal (e.g. 750)"})
    void aFinenessThatDoesNotFitTheMetalIsRefused(String metal, String fineness, String message) {
        ObjectNode json = contractDocument().put("metal", metal).put("fineness", fineness);

        assertThat(errorsOf(json)).containsExactly(new FieldError("fineness", message));
    }

    @Test
    void aMetalNeedsItsFineness() {
        ObjectNode json = contractDocument();
        json.remove("fineness");

        assertThat(errorsOf(json)).containsExactly(new FieldError("fineness", "is required for platinum"));
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource(delimiter = '|', value = {"-1.5 | must be greater than zero, got -1.5",
        "0 | must be greater than zero, got 0", "0.000 | must be greater than zero, got 0.000"})
    void aWeightMustBePositive(String value, String message) {
        ObjectNode json = contractDocument();
        json.putObject("weight").put("value", value).put("unit", "g");

        assertThat(errorsOf(json)).containsExactly(new FieldError("weight.value", message));
    }

    @Test
    void anUnknownWeightUnitIsRefused() {
        ObjectNode json = contractDocument();
        json.putObject("weight").put("value", "4.12").put("unit", "lb");

        assertThat(errorsOf(json)).containsExactly(new FieldError("weight.unit", "'lb' is not one of g, ct, dwt, ozt, gr"));
    }

    @Test
    void aWeightInPennyweightIsKeptInItsUnitAndConvertedExactly() {
        ObjectNode json = contractDocument();
        json.putObject("weight").put("value", "2").put("unit", "dwt");

        Weight weight = reader.read(json).weight();

        assertThat(weight.unit()).isEqualTo(WeightUnit.PENNYWEIGHT);
        assertThat(weight.grams()).isEqualByComparingTo("3.11034768");
    }

    @Test
    void clarityVs3IsNotAGiaGrade() {
        ObjectNode json = contractDocument();
        ((ObjectNode) json.get("stones").get(0)).put("clarity", "VS3");

        assertThat(errorsOf(json)).containsExactly(new FieldError("stones[0].clarity",
                "'VS3' is not one of FL, IF, VVS1, VVS2, VS1, VS2, SI1, SI2, I1, I2, I3"));
    }

    @Test
    void aMisspeltFieldOfAStoneOrACertificateIsNamedNotDropped() {
        ObjectNode json = contractDocument();
        ((ObjectNode) json.get("stones").get(0)).put("carats", "1.01");
        ((ObjectNode) json.get("certificates").get(0)).put("grade", "F VS1");

        assertThat(errorsOf(json)).containsExactlyInAnyOrder(
                new FieldError("stones[0].carats", "is not a field of a stone"),
                new FieldError("certificates[0].grade", "is not a field of a certificate"));
    }

    @Test
    void colourQPlusIsNotADiamondColour() {
        ObjectNode json = contractDocument();
        ((ObjectNode) json.get("stones").get(0)).put("colour", "Q+");

        assertThat(errorsOf(json)).containsExactly(new FieldError("stones[0].colour",
                "a diamond's colour is D to Z or fancy (e.g. 'fancy intense yellow'), got 'Q+'"));
    }

    @Test
    void aFancyColourIsADiamondColour() {
        ObjectNode json = contractDocument();
        ((ObjectNode) json.get("stones").get(0)).put("colour", "fancy intense yellow");

        assertThat(reader.read(json).stones().get(0).colour()).isEqualTo("fancy intense yellow");
    }

    @Test
    void diamondGradesOnASapphireAreRefused() {
        ObjectNode json = contractDocument();
        ((ObjectNode) json.get("stones").get(0)).put("type", "sapphire").put("colour", "blue");

        assertThat(errorsOf(json)).extracting(FieldError::field).containsExactly("stones[0].clarity", "stones[0].cut",
                "stones[0].polish", "stones[0].symmetry", "stones[0].fluorescence");
    }

    @ParameterizedTest(name = "EPC {0}")
    @CsvSource({"3034257BF7194E4000001A8", "3034257BF7194E4000001A85FF", "3034257BF7194E4000001AZZ"})
    void anEpcMustBe24HexDigits(String epc) {
        ObjectNode json = contractDocument().put("epc", epc);

        assertThat(errorsOf(json)).containsExactly(new FieldError("epc",
                "must be 24 hexadecimal digits (a 96-bit EPC), got '" + epc + "'"));
    }

    @Test
    void aPriceWithoutCurrencyIsRefused() {
        ObjectNode json = contractDocument();
        json.putObject("retailPrice").put("amount", "12500.00");

        assertThat(errorsOf(json)).containsExactly(new FieldError("retailPrice.currency",
                "is required: an ISO 4217 code such as USD, EUR or CHF"));
    }

    @Test
    void aCurrencyMustBeAnIso4217Code() {
        ObjectNode json = contractDocument();
        json.putObject("retailPrice").put("amount", "12500.00").put("currency", "USX");

        assertThat(errorsOf(json)).containsExactly(new FieldError("retailPrice.currency", "'USX' is not an ISO 4217 currency code"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"12500.005 | USD | USD has 2 decimals, got 12500.005",
        "1250000.5 | JPY | JPY has 0 decimals, got 1250000.5"})
    void anAmountCannotHaveMoreDecimalsThanItsCurrency(String amount, String currency, String message) {
        ObjectNode json = contractDocument();
        json.remove("cost");
        json.putObject("retailPrice").put("amount", amount).put("currency", currency);

        assertThat(errorsOf(json)).containsExactly(new FieldError("retailPrice.amount", message));
    }

    @Test
    void aRetailPriceMustBeAboveZero() {
        ObjectNode json = contractDocument();
        json.putObject("retailPrice").put("amount", "0").put("currency", "USD");

        assertThat(errorsOf(json)).containsExactly(new FieldError("retailPrice.amount", "must be greater than zero, got 0"));
    }

    @Test
    void costAndRetailPriceMustShareACurrency() {
        ObjectNode json = contractDocument();
        json.putObject("cost").put("amount", "5200.00").put("currency", "EUR");

        assertThat(errorsOf(json)).containsExactly(new FieldError("cost.currency",
                "cost is in EUR but the retail price in USD"));
    }

    @Test
    void anUnknownCategoryIsRefused() {
        ObjectNode json = contractDocument().put("category", "tiara");

        assertThat(errorsOf(json)).containsExactly(new FieldError("category", "'tiara' is not one of ring, engagement ring, "
                + "band, necklace, pendant, bracelet, earrings, brooch, watch, loose stone, other"));
    }

    @Test
    void aNecklaceHasNoRingSize() {
        ObjectNode json = contractDocument().put("category", "necklace");

        assertThat(errorsOf(json)).containsExactly(new FieldError("ringSize", "does not apply to the category necklace"));
    }

    @Test
    void anUnknownStatusIsRefused() {
        ObjectNode json = contractDocument().put("status", "lost");

        assertThat(errorsOf(json)).extracting(FieldError::field).containsExactly("status");
    }

    @Test
    void fieldsThatAreNotPartOfAPieceAreNamed() {
        ObjectNode json = contractDocument().put("karat", "18");

        assertThat(errorsOf(json)).containsExactly(new FieldError("karat", "is not a field of a piece"));
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        ObjectNode json = contractDocument();
        json.put("serial", 10234);
        json.put("weight", "4.12 g");
        json.put("stones", "one diamond");
        json.putArray("retailPrice").add("12500.00");

        assertThat(errorsOf(json)).containsExactly(
                new FieldError("serial", "must be text"),
                new FieldError("weight", "must be an object"),
                new FieldError("stones", "must be an array"),
                new FieldError("retailPrice", "must be an object"));
    }

    @Test
    void everyMistakeOfOnePieceIsReportedTogether() {
        ObjectNode json = contractDocument();
        json.remove("serial");
        json.put("fineness", "24k");
        json.putObject("weight").put("value", "-4.12").put("unit", "g");
        ((ObjectNode) json.get("stones").get(0)).put("clarity", "VS3").put("colour", "Q+");
        json.putObject("retailPrice").put("amount", "12500.00");
        json.put("epc", "not-an-epc");

        assertThat(errorsOf(json)).extracting(FieldError::field).containsExactlyInAnyOrder("serial", "epc", "fineness",
                "weight.value", "stones[0].colour", "stones[0].clarity", "retailPrice.currency");
    }

    @Test
    void requiredFieldsAreNamed() {
        ObjectNode json = contractDocument();
        for (String field : List.of("serial", "category", "description", "retailPrice", "location")) {
            json.remove(field);
        }
        json.remove("metal");
        json.remove("fineness");
        json.remove("metalColour");

        assertThat(errorsOf(json)).extracting(FieldError::field).containsExactlyInAnyOrder("serial", "category",
                "description", "retailPrice", "location");
    }

    private List<FieldError> errorsOf(ObjectNode json) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> reader.read(json));
        assertThat(refused).as("refused: " + json).isNotNull();
        return refused.errors();
    }

    private static ObjectNode gold(String fineness) {
        ObjectNode json = contractDocument().put("metal", "gold").put("fineness", fineness).put("metalColour", "yellow");
        return json;
    }
}
