package org.waymark.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.shared.web.CsvDownload;

/** Cells a spreadsheet would run as formulas are neutralised; quoting survives a round trip. */
class CsvDownloadTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+44 161 000|'+44 161 000",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "-|-",
            "Smith, Jo|Smith, Jo",
            "say \"hi\"|say \"hi\"",
            "O'Neill|O'Neill"})
    void cellsReadBackAsTextAndNeverAsFormulas(String written, String readBack) throws Exception {
        StringWriter out = new StringWriter();
        try (CsvDownload csv = CsvDownload.to(out, "a", "b")) {
            csv.row(written, LocalDate.of(2026, 9, 1));
        }
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(1);
        CSVRecord r = records.get(0);
        assertThat(r.get("a")).isEqualTo(readBack);
        assertThat(r.get("b")).isEqualTo("2026-09-01");
    }

    @org.junit.jupiter.api.Test
    void aLineBreakInsideACellStaysInOneRow() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvDownload csv = CsvDownload.to(out, "a")) {
            csv.row("line one\nline two");
            csv.row((Object) null);
        }
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).extracting(x -> x.get("a")).containsExactly("line one\nline two", "");
    }
}
