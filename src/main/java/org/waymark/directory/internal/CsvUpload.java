package org.waymark.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file checked as a whole before any row is looked at: size, text not binary, encoding,
 * well-formed quoting, and the required columns (found by header name, in any order; extra columns ignored).
 * Plain Java; a problem with the file is a {@link FileProblem} naming the row or column.
 */
public final class CsvUpload {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static final class FileProblem extends RuntimeException {
        public FileProblem(String message) {
            super(message);
        }
    }

    /** A data row: its line number in the file (the header is row 1) and its values by header name. */
    public record Row(long number, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(key(column));
            return v == null ? "" : v.trim();
        }
    }

    private CsvUpload() {
    }

    /** Decodes the bytes; {@code encoding} is the file's expected encoding (Windows-1252 for GIAS, UTF-8 otherwise). */
    public static String decode(byte[] bytes, Charset encoding) {
        if (bytes.length == 0) {
            throw new FileProblem("The file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileProblem("The file is " + (bytes.length / (1024 * 1024)) + " MB; it must be smaller than "
                    + (MAX_BYTES / (1024 * 1024)) + " MB");
        }
        if ((bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)))) {
            throw new FileProblem("The file is in UTF-16 (Unicode) encoding; save it as CSV in "
                    + (encoding.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252 (as GIAS provides it)"));
        }
        for (int i = 0; i < Math.min(bytes.length, 65536); i++) {
            if (bytes[i] == 0) {
                throw new FileProblem("The file is not a CSV text file (it looks like a spreadsheet or other binary "
                        + "file); save it as CSV and upload it again");
            }
        }
        boolean utf8Bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        if (utf8Bom) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        return strict(bytes, 0, encoding);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            long row = rowOfFirstBadByte(bytes, offset, charset);
            throw new FileProblem("Row " + row + " has characters that are not "
                    + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252")
                    + ": the file is in another encoding. Save it as CSV in "
                    + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252, as GIAS provides it"));
        }
    }

    private static long rowOfFirstBadByte(byte[] bytes, int offset, Charset charset) {
        long row = 1;
        int start = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return row;
                }
                row++;
                start = i + 1;
            }
        }
        return row;
    }

    /** The rows of the text, the header checked for the required columns (compared ignoring case and spaces). */
    public static List<Row> rows(String text, List<String> required) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < 2) {
                throw new FileProblem("Row 1 is not a header of comma-separated column names: this is not a CSV file "
                        + "in the expected format");
            }
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String h : header) {
                byKey.putIfAbsent(key(h), h);
            }
            List<String> missing = required.stream().filter(r -> !byKey.containsKey(key(r))).toList();
            if (!missing.isEmpty()) {
                throw new FileProblem("The file has no " + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                        + " column" + (missing.size() > 1 ? "s" : "") + " in row 1");
            }
            try {
                for (CSVRecord r : parser) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Map.Entry<String, String> e : byKey.entrySet()) {
                        String h = e.getValue();
                        values.put(e.getKey(), r.isMapped(h) && r.isSet(h) ? r.get(h) : "");
                    }
                    rows.add(new Row(r.getRecordNumber() + 1, values));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new FileProblem("Row " + (parser.getRecordNumber() + 2) + " is not well-formed CSV (a quoted value "
                        + "is not closed); nothing has been imported");
            }
        } catch (IOException e) {
            throw new FileProblem("The file could not be read as CSV");
        } catch (IllegalArgumentException e) {
            throw new FileProblem("Row 1 is not a valid CSV header (a column name appears twice or a quote is not closed)");
        } catch (UncheckedIOException e) {
            throw new FileProblem("The file is not well-formed CSV (a quoted value is not closed)");
        }
        return rows;
    }

    /** Header names compared without case, spaces or punctuation other than brackets. */
    public static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9()]", "");
    }
}
