package io.assay.edge.csv;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.assay.edge.inventory.Piece;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * Writes pieces as the spreadsheet {@link PieceCsvFile} reads: UTF-8 with a byte order mark (so Excel
 * shows "Gübelin" rather than mojibake), CRLF line ends (RFC 4180), cells quoted where needed, one row a
 * piece in {@link Column#all()} order. Produces the file in parts, so a large export is streamed page by
 * page rather than built whole. Immutable and thread-safe.
 */
public final class PieceCsvWriter {

    /** Every column: the file the importer reads back whole. */
    public static final PieceCsvWriter ALL_COLUMNS = new PieceCsvWriter(Column.all());
    /** Without what the boutique paid, for staff who may not see it: the columns are left out, not blanked. */
    public static final PieceCsvWriter WITHOUT_COST = new PieceCsvWriter(Column.all().stream()
            .filter(c -> c != Column.COST && c != Column.COST_CURRENCY).toList());

    private final List<Column> columns;

    private PieceCsvWriter(List<Column> columns) {
        this.columns = columns;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Quote only cells that need it (separator, quote, line break), so plain rows stay plain to read.
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    /** The start of the file: the byte order mark and the header row. */
    public byte[] header() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(BOM);
        write(out, List.of(columns.stream().map(Column::header).toList()));
        return out.toByteArray();
    }

    /** The rows of {@code pieces}, in their order, to follow the header or earlier rows. */
    public byte[] rows(Collection<Piece> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, pieces.size() * 256));
        write(out, pieces.stream().map(piece -> PieceRow.cells(piece, columns)).toList());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, List<List<String>> rows) {
        try (CsvGenerator generator = (CsvGenerator) MAPPER.getFactory().createGenerator(out)) {
            generator.setSchema(SCHEMA);
            for (List<String> row : rows) {
                generator.writeStartArray();
                for (String cell : row) {
                    generator.writeString(cell);
                }
                generator.writeEndArray();
            }
        } catch (IOException e) {
            // Writing to memory: only a bug in the generator gets here.
            throw new UncheckedIOException(e);
        }
    }
}
