package io.assay.edge.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the records of a UTF-8 CSV file one at a time, with the line each starts on. Takes what
 * spreadsheets write: a UTF-8 byte order mark, CRLF or LF line ends, quoted cells with commas, quotes and
 * line breaks, and ';' or tab as the separator when the header row uses it (Excel in many European
 * locales). Reading the same bytes again gives the same records.
 */
final class CsvRecords implements Iterator<CsvRecord>, AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final byte[] csv;
    private final CsvParser parser;
    private CsvRecord next;
    private boolean done;

    private CsvRecords(byte[] csv) {
        this.csv = csv;
        try {
            this.parser = (CsvParser) MAPPER.getFactory().createParser(csv);
        } catch (IOException e) {
            throw unreadable(1, e);
        }
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator(csv)));
    }

    /** Starts reading {@code csv} from its first record. */
    static CsvRecords of(byte[] csv) {
        return new CsvRecords(csv);
    }

    /**
     * @throws CsvImportException with reason UNREADABLE when the next record is not valid CSV or not UTF-8
     */
    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRecord record = next;
        next = null;
        return record;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Reading from a byte array: there is nothing to release that could fail.
        }
    }

    private CsvRecord read() {
        int line = parser.currentLocation().getLineNr();
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            line = parser.currentLocation().getLineNr();
            List<String> cells = new ArrayList<>();
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                cells.add(parser.getText());
            }
            return new CsvRecord(line, cells);
        } catch (IOException e) {
            throw unreadable(line, e);
        }
    }

    private CsvImportException unreadable(int line, IOException e) {
        if (e instanceof JsonProcessingException syntax) {
            String detail = "line " + line + " is not valid CSV: " + syntax.getOriginalMessage()
                    + " (a quoted cell must end with a quote)";
            return new CsvImportException(CsvImportException.Reason.UNREADABLE, detail,
                    List.of(new RowError(line, "", "", detail)));
        }
        int badLine = firstLineNotUtf8(csv);
        String detail = "line " + badLine + " is not UTF-8 text; in Excel save the sheet as 'CSV UTF-8'";
        return new CsvImportException(CsvImportException.Reason.UNREADABLE, detail,
                List.of(new RowError(badLine, "", "", detail)));
    }

    /** The parser reads ahead in blocks, so its position does not say where bad bytes are; this does. */
    private static int firstLineNotUtf8(byte[] csv) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(csv);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                break;
            }
            if (result.isUnderflow()) {
                return lineAt(csv, csv.length);
            }
            out.clear();
        }
        return lineAt(csv, in.position());
    }

    private static int lineAt(byte[] csv, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (csv[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The separator the first line uses most: ',' unless ';' or tab is more frequent. */
    private static char separator(byte[] csv) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < csv.length && csv[i] != '\n' && csv[i] != '\r'; i++) {
            switch (csv[i]) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
