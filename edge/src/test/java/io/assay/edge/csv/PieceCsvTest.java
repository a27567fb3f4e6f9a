package io.assay.edge.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.csv.PieceRow.Draft;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.PieceReader;
import io.assay.edge.json.Json;
import io.assay.edge.support.TestPieces;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spreadsheet codec: what a jeweler's file becomes, and what an export looks like, without a server. */
class PieceCsvTest {

    private static final String HEADER = "serial,category,description,metal,fineness,weight,weightUnit,stones,"
            + "retailPrice,currency,location,notes";
    private static final String SCAN = "ab".repeat(32);
    private static final String PHOTO = "cd".repeat(32);

    private final PieceReader reader = new PieceReader();
    private final PieceCsvWriter writer = PieceCsvWriter.ALL_COLUMNS;

    @Test
    void aPieceWithEveryFieldRoundTripsThroughTheSpreadsheet() {
        Piece piece = reader.read(everyField());

        Piece back = reader.read(onlyRow(export(List.of(piece))).json());

        assertThat(back).isEqualTo(piece);
    }

    @Test
    void awkwardTextInEveryFreeTextColumnRoundTrips() {
        List<String> awkward = List.of("a, b", "say \"hi\"", "first line\r\nsecond line\nthird", "=HYPERLINK(\"x\")",
                "+1", "-2 resized", "@mention", "'quoted'", "''", " leading space", "Gübelin € ½", "tab\tinside", "#1");
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < awkward.size(); i++) {
            ObjectNode json = TestPieces.ring("AWK-" + i, null, "case-1");
            json.put("notes", awkward.get(i));
            json.put("designer", awkward.get(i));
            json.put("collection", awkward.get(i));
            json.put("description", awkward.get(i));
            pieces.add(reader.read(json));
        }

        List<Piece> back = new ArrayList<>();
        PieceCsvFile.check(export(pieces), 100).rows().forEachRemaining(d -> back.add(reader.read(d.json())));

        assertThat(back).isEqualTo(pieces);
    }

    @Test
    void exportStartsWithAByteOrderMarkAndUsesCrlf() {
        byte[] csv = export(List.of(reader.read(TestPieces.ring("R-1", null, "case-1"))));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("serial,epc,style,category,description,designer,collection,metal,fineness,"
                + "metalColour,weight,weightUnit,ringSize,ringSizeSystem,stones,certificates,cost,costCurrency,"
                + "retailPrice,currency,location,status,notes,photos\r\n");
        assertThat(text).contains("\r\nR-1,,,ring,18k yellow gold band with a round diamond,,,gold,18k,,5.20,g,,,,,,,"
                + "2450.00,USD,case-1,in stock,,\r\n");
    }

    @Test
    void formulaLikeTextIsExportedBehindAnApostrophe() {
        ObjectNode json = TestPieces.ring("R-1", null, "case-1");
        json.put("notes", "=1+1");

        String text = new String(export(List.of(reader.read(json))), StandardCharsets.UTF_8);

        assertThat(text).contains(",'=1+1,");
    }

    @Test
    void anExcelFileWithBomCrlfAndAMultiLineNoteIsRead() {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "R-1,ring,\"Band, plain\",gold,18k,5.2,g,,100.00,USD,case-1,\"line one\r\nline \"\"two\"\"\"\r\n"
                + "R-2,ring,Band,gold,14k,3,g,type=diamond,200.00,USD,case-1,\r\n";

        List<Draft> rows = rows(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(Draft::line).containsExactly(2, 4);
        Piece first = reader.read(rows.get(0).json());
        assertThat(first.serial()).isEqualTo("R-1");
        assertThat(first.description()).isEqualTo("Band, plain");
        assertThat(first.notes()).isEqualTo("line one\r\nline \"two\"");
        assertThat(reader.read(rows.get(1).json()).stones()).singleElement()
                .satisfies(stone -> assertThat(stone.type()).isEqualTo("diamond"));
    }

    @Test
    void headerNamesIgnoreCaseAndErrorsUseTheFilesSpelling() {
        String csv = "SERIAL,Category,DESCRIPTION,retailprice,Currency,Location,Metal,Fineness,WEIGHTUNIT,weight\n"
                + "R-1,ring,Band,-5,USD,case-1,gold,18k,stone,4\n";

        assertThat(problems(csv)).containsExactly(
                new RowError(2, "WEIGHTUNIT", "weight.unit", "'stone' is not one of g, ct, dwt, ozt, gr"),
                new RowError(2, "retailprice", "retailPrice.amount", "must be greater than zero, got -5"));
    }

    @Test
    void badRowsAreReportedWithTheirPhysicalLineAndColumn() {
        String csv = HEADER + "\n"
                + "R-1,ring,\"a note\nthat spans\nthree lines\",gold,18k,5,g,,100.00,USD,case-1,\n"
                + "\n"
                + ",,,,,,,,,,,\n"
                + "R-2,ring,Band,platinum,24k,5,g,\"type=diamond, clarity=VS3\",100.00,,case-1,\n"
                + "R-3,ring,Band,gold,18k,5,g,\"type=diamond, colr=F\",100.00,USD,case-1,\n"
                + "R-1,ring,Band,gold,18k,5,g,type=diamond; oval,100.00,USD,case-1,,extra\n";

        assertThat(problems(csv)).containsExactly(
                new RowError(7, "fineness", "fineness", "karat applies to gold only; platinum is 850, 900, 950"),
                new RowError(7, "stones", "stones[0].clarity", "'VS3' is not one of FL, IF, VVS1, VVS2, VS1, VS2, SI1, SI2, I1, I2, I3"),
                new RowError(7, "currency", "retailPrice.currency", "is required: an ISO 4217 code such as USD, EUR or CHF"),
                new RowError(8, "stones", "stones[0].colr", "entry 1: 'colr' is not a key of a stone; the keys are type, "
                        + "shape, count, caratWeight, colour, clarity, cut, polish, symmetry, fluorescence, origin, treatment"),
                new RowError(9, "stones", "stones", "entry 2: 'oval' has no value; write key=value; write stones as "
                        + "type=diamond, shape=round, caratWeight=1.01; type=ruby, count=2"),
                new RowError(9, "", "", "cell 13 ('extra') is in no named column; the header has 12 columns"),
                new RowError(9, "serial", "serial", "serial R-1 is already on line 2 of this file"));
    }

    @Test
    void aSemicolonSeparatedFileFromAEuropeanExcelIsRead() {
        String csv = "serial;category;description;metal;fineness;retailPrice;currency;location\r\n"
                + "R-1;ring;\"Bague; or\";gold;18k;1200.00;EUR;case-1\r\n";

        Piece piece = reader.read(onlyRow(csv.getBytes(StandardCharsets.UTF_8)).json());

        assertThat(piece.description()).isEqualTo("Bague; or");
        assertThat(piece.retailPrice().currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void unknownRepeatedAndMissingColumnsAreAllNamed() {
        byte[] csv = "serial,colour,Serial,description,,price\nR-1,F,R-1,Band,,100\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PieceCsvFile.check(csv, 10))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CsvImportException.Reason.BAD_HEADER);
                    assertThat(e.errors()).extracting(RowError::line).containsOnly(1);
                    assertThat(e.errors()).extracting(RowError::column)
                            .containsExactly("colour", "Serial", "", "price", "category", "retailPrice", "currency", "location");
                    assertThat(e.errors().get(0).message()).startsWith("'colour' is not a column; the columns are serial, epc,");
                    assertThat(e.errors().get(1).message()).isEqualTo("column 'Serial' appears twice, as columns 1 and 3");
                    assertThat(e.errors().get(2).message()).isEqualTo("column 5 has no name");
                    assertThat(e.errors().get(4).message()).isEqualTo("the file has no 'category' column; every piece needs one");
                });
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereItsRowStarts() {
        byte[] csv = (HEADER + "\nR-1,ring,Band,gold,18k,5,g,,100.00,USD,case-1,\nR-2,ring,\"Band,gold\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PieceCsvFile.check(csv, 10))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CsvImportException.Reason.UNREADABLE);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.line()).isEqualTo(3);
                        assertThat(error.message()).startsWith("line 3 is not valid CSV: Missing closing quote");
                    });
                });
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAtTheFirstBadLine() {
        byte[] csv = (HEADER + "\nR-1,ring,Band,gold,18k,5,g,,100.00,USD,case-1,\nR-2,ring,Bague dorée,gold,18k,5,g,,100.00,EUR,case-1,\n")
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> PieceCsvFile.check(csv, 10))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CsvImportException.Reason.UNREADABLE);
                    assertThat(e.errors()).extracting(RowError::line).containsExactly(3);
                    assertThat(e.getMessage()).isEqualTo("line 3 is not UTF-8 text; in Excel save the sheet as 'CSV UTF-8'");
                });
    }

    @Test
    void aFileWithMoreRowsThanTheCapIsRefusedWhole() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 4; i++) {
            csv.append("R-").append(i).append(",ring,Band,gold,18k,5,g,,100.00,USD,case-1,\n").append(",,,\n");
        }

        assertThat(PieceCsvFile.check(csv.toString().getBytes(StandardCharsets.UTF_8), 4).rowCount()).isEqualTo(4);
        assertThatThrownBy(() -> PieceCsvFile.check(csv.toString().getBytes(StandardCharsets.UTF_8), 3))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CsvImportException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("The file has more than 3 rows; split it into files of at most 3 rows");
                });
    }

    @Test
    void anEmptyFileNeedsAHeader() {
        assertThatThrownBy(() -> PieceCsvFile.check(new byte[0], 10))
                .isInstanceOfSatisfying(CsvImportException.class, e ->
                        assertThat(e.reason()).isEqualTo(CsvImportException.Reason.BAD_HEADER));
    }

    private static ObjectNode everyField() {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("serial", "R-10234");
        json.put("epc", "3034257BF7194E4000001A85");
        json.put("style", "SOL-RD/100");
        json.put("category", "engagement ring");
        json.put("description", "Round brilliant solitaire, \"Lumière\" setting");
        json.put("designer", "House");
        json.put("collection", "Lumiere");
        json.put("metal", "platinum");
        json.put("fineness", "950");
        json.put("metalColour", "white");
        json.putObject("weight").put("value", "4.12").put("unit", "g");
        json.putObject("ringSize").put("value", "6.5").put("system", "US");
        json.putArray("stones")
                .add(Json.mapper().createObjectNode().put("type", "diamond").put("shape", "round").put("count", 1)
                        .put("caratWeight", "1.01").put("colour", "F").put("clarity", "VS1").put("cut", "excellent")
                        .put("polish", "excellent").put("symmetry", "very good").put("fluorescence", "none"))
                .add(Json.mapper().createObjectNode().put("type", "sapphire").put("shape", "oval").put("count", 2)
                        .put("caratWeight", "0.450").put("colour", "cornflower blue").put("origin", "Ratnapura, Sri Lanka; \"Ceylon\"")
                        .put("treatment", "heat"));
        ObjectNode gia = Json.mapper().createObjectNode().put("lab", "GIA").put("number", "2141438171")
                .put("date", "2024-03-18").put("scan", SCAN);
        gia.putObject("grades").put("colour", "F").put("clarity", "VS1").put("cut, polish", "excellent=EX; 3X");
        json.putArray("certificates").add(gia)
                .add(Json.mapper().createObjectNode().put("lab", "Gübelin").put("number", "23-0412-9"));
        json.putObject("cost").put("amount", "5200.00").put("currency", "USD");
        json.putObject("retailPrice").put("amount", "12500.00").put("currency", "USD");
        json.put("location", "case-1");
        json.put("status", "on memo in");
        json.put("notes", "Resized 2023.\nClient: \"Mrs. A\", prefers, commas");
        json.putArray("photos").add(PHOTO).add(SCAN);
        return json;
    }

    private byte[] export(List<Piece> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(writer.header());
        out.writeBytes(writer.rows(pieces));
        return out.toByteArray();
    }

    private static Draft onlyRow(byte[] csv) {
        List<Draft> rows = rows(csv);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).errors()).isEmpty();
        return rows.get(0);
    }

    private static List<Draft> rows(byte[] csv) {
        List<Draft> rows = new ArrayList<>();
        PieceCsvFile.check(csv, 100).rows().forEachRemaining(rows::add);
        return rows;
    }

    /** Each row's problems as an import reports them: its own, then the rules its piece breaks. */
    private List<RowError> problems(String csv) {
        PieceCsvFile file = PieceCsvFile.check(csv.getBytes(StandardCharsets.UTF_8), 100);
        List<RowError> problems = new ArrayList<>();
        for (Iterator<Draft> rows = file.rows(); rows.hasNext(); ) {
            Draft row = rows.next();
            List<RowError> own = new ArrayList<>(row.errors());
            try {
                reader.read(row.json());
            } catch (InvalidInputException e) {
                e.errors().stream().map(error -> PieceRow.error(file.header(), row.line(), error))
                        .filter(error -> own.stream().noneMatch(o -> o.column().equals(error.column())))
                        .forEach(problems::add);
            }
            problems.addAll(own);
        }
        return problems;
    }
}
