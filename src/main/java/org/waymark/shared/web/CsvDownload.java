package org.waymark.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A CSV file written straight to the response as its rows are read (nothing is held in memory, so a very large
 * range streams rather than failing). RFC 4180 quoting by Commons CSV; a cell that a spreadsheet would read as a
 * formula (starting {@code = + - @}, or a tab or carriage return) is prefixed with an apostrophe.
 * Check the request (filters, scope) before {@link #start}: once the first row is written the status is sent.
 */
public final class CsvDownload implements AutoCloseable {

    private final CSVPrinter printer;
    private long rows;

    private CsvDownload(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Sets the headers of a CSV attachment called {@code fileName} and writes the header row. */
    public static CsvDownload start(HttpServletResponse response, String fileName, String... headers) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        try {
            return to(response.getWriter(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV written to any writer (for tests and files). */
    public static CsvDownload to(Writer out, String... headers) {
        try {
            CsvDownload csv = new CsvDownload(new CSVPrinter(out, CSVFormat.RFC4180));
            csv.printer.printRecord((Object[]) headers);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: nulls become empty cells, dates ISO 8601, text neutralised against formulas. */
    public void row(Object... cells) {
        List<String> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(c == null ? "" : c instanceof LocalDate d ? d.toString()
                    : c instanceof Number || c instanceof Boolean ? c.toString() : cell(c.toString()));
        }
        try {
            printer.printRecord(out);
            if (++rows % 500 == 0) {
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rows() {
        return rows;
    }

    /**
     * A text cell made safe for spreadsheets: a leading {@code = + - @}, tab or carriage return is prefixed with an
     * apostrophe so that it is read as text, never as a formula (OWASP "CSV injection"). A lone "-" is left alone.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty() || value.equals("-")) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
