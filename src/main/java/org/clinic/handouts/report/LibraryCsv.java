package org.clinic.handouts.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clinic.handouts.render.Labels;

/**
 * The library as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line ends quoted), one row an
 * article after a header row whose words come from the labels.
 */
public final class LibraryCsv {
    private LibraryCsv() {}

    public static byte[] write(LibraryIndex index, Labels.Report labels) {
        StringBuilder out = new StringBuilder();
        line(out, List.of(labels.article(), labels.title(), labels.language(), labels.grade(), labels.published(),
                labels.reviewed(), labels.nextReview(), labels.status()));
        for (LibraryRow r : index.rows()) {
            line(out, List.of(r.name(), r.title(), r.language(), r.gradeText(), r.publishedText(), r.reviewedText(),
                    r.nextReviewText(), status(r, labels)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String status(LibraryRow r, Labels.Report labels) {
        return !r.valid() ? labels.errors() : r.overdue() ? labels.overdue() : "";
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String cell) {
        // A leading = + - @ would make a spreadsheet run the cell as a formula: such cells get a leading quote mark.
        String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
        return safe.matches("(?s).*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
