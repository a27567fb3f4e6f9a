package io.assay.edge.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assay.edge.index.StockGenerator;
import io.assay.edge.inventory.Certificate;
import io.assay.edge.inventory.Piece;
import io.assay.edge.inventory.RingSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written reader against databind, the reference: same pieces, same errors. */
class PieceParserTest {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String[] TEXTS = {"", "plain", "pavé émeraude", "quote \" inside", "back\\slash", "line\nbreak",
        "tab\there", "snowman \u2603", "astral \uD83D\uDC8E gem", "control \u0001", "slash / ok", "  spaced  ", "ünïcödé"};

    @Test
    void readsWhatTheMapperWritesExactlyAsDatabindDoes() throws IOException {
        StockGenerator stock = new StockGenerator(42, 20_000);
        Random random = new Random(7);
        PieceParser parser = new PieceParser();
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            Piece piece = stock.next();
            if (random.nextInt(3) == 0) {
                piece = stock.change(piece);
            }
            if (random.nextInt(4) == 0) {
                piece = vary(piece, random);
            } else {
                plain++;
            }
            byte[] json = MAPPER.writeValueAsBytes(piece);
            Piece expected = MAPPER.readValue(json, Piece.class);
            assertThat(parser.parse(json)).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(expected);
        }
        assertThat(parser.parsed()).isEqualTo(20_000);
        // Escapes and control characters go to databind; everything else is read here.
        assertThat(parser.fallbacks()).isLessThan(20_000 - plain);
    }

    @Test
    void readsTheGeneratedStockWithoutDatabind() throws IOException {
        StockGenerator stock = new StockGenerator(3, 5_000);
        PieceParser parser = new PieceParser();
        for (int n = 0; n < 5_000; n++) {
            byte[] json = MAPPER.writeValueAsBytes(stock.next());
            assertThat(parser.parse(json)).isEqualTo(MAPPER.readValue(json, Piece.class));
        }
        assertThat(parser.fallbacks()).isZero();
    }

    @Test
    void sharesEqualValuesBetweenPieces() throws IOException {
        StockGenerator stock = new StockGenerator(5, 100);
        PieceParser parser = new PieceParser();
        Piece first = stock.next();
        Piece a = parser.parse(MAPPER.writeValueAsBytes(first));
        Piece b = parser.parse(MAPPER.writeValueAsBytes(first));
        assertThat(b.designer()).isSameAs(a.designer());
        assertThat(b.location()).isSameAs(a.location());
        assertThat(b.serial()).isEqualTo(a.serial());
    }

    @Test
    void layoutsOtherThanTheMappersReadAsDatabindReadsThem() throws IOException {
        Piece piece = new StockGenerator(11, 10).next();
        ObjectNode written = MAPPER.valueToTree(piece);
        List<String> variants = new ArrayList<>();
        variants.add(written.toPrettyString());
        variants.add(" " + written + " \n");
        ObjectNode unknown = written.deepCopy();
        unknown.putObject("addedLater").put("x", 1).putArray("y").add(2).add("z");
        variants.add(unknown.toString());
        ObjectNode nulls = written.deepCopy();
        for (String field : List.of("epc", "style", "description", "weight", "ringSize", "stones", "certificates", "cost",
                "notes", "photos", "createdAt")) {
            nulls.putNull(field);
        }
        variants.add(nulls.toString());
        ObjectNode numbers = written.deepCopy();
        numbers.put("serial", 12345);
        variants.add(numbers.toString());
        ObjectNode numericPrice = written.deepCopy();
        numericPrice.putObject("retailPrice").put("amount", 12.5).put("currency", "EUR");
        variants.add(numericPrice.toString());
        ObjectNode labels = written.deepCopy();
        labels.put("status", "SOLD").put("category", "Ring").put("metal", "Gold");
        variants.add(labels.toString());
        ObjectNode offsetTime = written.deepCopy();
        offsetTime.put("updatedAt", "2026-01-02T03:04:05+01:00");
        variants.add(offsetTime.toString());
        ObjectNode reordered = MAPPER.createObjectNode();
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(name -> reordered.set(name, written.get(name)));
        variants.add(reordered.toString());
        ObjectNode decimals = written.deepCopy();
        decimals.putObject("weight").put("value", "1e3").put("unit", "g");
        variants.add(decimals.toString());
        ObjectNode stone = written.deepCopy();
        ((ArrayNode) stone.putArray("stones")).addObject().put("type", "ruby").put("count", 2.0);
        variants.add(stone.toString());
        ObjectNode bigVersion = written.deepCopy();
        bigVersion.put("version", 12345678901234L);
        variants.add(bigVersion.toString());
        for (String json : variants) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(new PieceParser().parse(bytes)).as(json).isEqualTo(MAPPER.readValue(bytes, Piece.class));
        }
    }

    @Test
    void refusesWhatDatabindRefuses() {
        Piece piece = new StockGenerator(13, 10).next();
        ObjectNode written = MAPPER.valueToTree(piece);
        List<String> broken = List.of(
                written.toString().substring(0, 40),
                written.deepCopy().put("status", "lost").toString(),
                written.deepCopy().put("version", "one").toString(),
                ((ObjectNode) written.deepCopy()).putObject("retailPrice").put("amount", "12.50").toString().replace("\"amount\"", "\"amount\"") + "",
                "[]",
                "{\"serial\":\"A\",\"photos\":[null]}");
        for (String json : broken) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            Throwable databind = catchThrowable(bytes);
            if (databind == null) {
                assertThat(new PieceParser().parse(bytes)).as(json).isEqualTo(readQuietly(bytes));
            } else {
                assertThatThrownBy(() -> new PieceParser().parse(bytes)).as(json)
                        .isInstanceOf(UncheckedIOException.class)
                        .hasCauseInstanceOf(databind.getClass());
            }
        }
    }

    @Test
    void invalidUtf8IsDatabindsToJudge() {
        byte[] json = "{\"serial\":\"A-1\",\"notes\":\"x?y\",\"version\":1}".getBytes(StandardCharsets.ISO_8859_1);
        json[json.length - 16] = (byte) 0xC3;
        Throwable databind = catchThrowable(json);
        if (databind == null) {
            assertThat(new PieceParser().parse(json)).isEqualTo(readQuietly(json));
        } else {
            assertThatThrownBy(() -> new PieceParser().parse(json)).hasCauseInstanceOf(databind.getClass());
        }
    }

    /** A piece with texts, certificates, ring sizes and photos the generator does not make. */
    private static Piece vary(Piece p, Random random) {
        String text = TEXTS[random.nextInt(TEXTS.length)];
        Map<String, String> grades = new LinkedHashMap<>();
        grades.put("colour", TEXTS[random.nextInt(TEXTS.length)]);
        grades.put("clarity", "VS1");
        List<Certificate> certificates = random.nextBoolean() ? p.certificates()
                : List.of(new Certificate("GIA", "22" + random.nextInt(1_000_000), LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        grades, random.nextBoolean() ? null : "scan-" + random.nextInt(100)));
        List<String> photos = random.nextBoolean() ? List.of() : List.of("p-" + random.nextInt(100) + ".jpg", text + ".png");
        RingSize ringSize = random.nextInt(3) == 0 ? new RingSize("N½", "UK") : p.ringSize();
        return new Piece(p.serial(), p.epc(), p.style(), p.category(), text + " " + p.description(), p.designer(),
                random.nextBoolean() ? text : p.collection(), p.metal(), p.fineness(), p.metalColour(), p.weight(), ringSize,
                p.stones(), certificates, p.cost(), p.retailPrice(), p.location(), p.status(), text, photos, p.version(),
                p.createdAt(), p.updatedAt());
    }

    private static Throwable catchThrowable(byte[] json) {
        try {
            MAPPER.readValue(json, Piece.class);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static Piece readQuietly(byte[] json) {
        try {
            return MAPPER.readValue(json, Piece.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
