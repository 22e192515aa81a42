package org.clinic.handouts.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * One article in the library report. {@code grade} is empty for a language without a formula; the dates are
 * empty when the article has none; {@code valid} is false for an article with errors (its title is then its
 * file name: {@code check} tells what is wrong).
 */
public record LibraryRow(Path file, String name, String title, String language, Optional<Double> grade,
                         Optional<LocalDate> published, Optional<LocalDate> reviewed, Optional<LocalDate> nextReview,
                         boolean overdue, boolean valid) {

    /** Overdue first (the longest overdue first), then by next review, then by name; no date last. */
    static final Comparator<LibraryRow> ORDER = Comparator.comparing((LibraryRow r) -> !r.overdue())
            .thenComparing(r -> r.nextReview().orElse(LocalDate.MAX))
            .thenComparing(LibraryRow::name)
            .thenComparing(r -> r.file().toString());

    /** The grade with one decimal, or empty. */
    public String gradeText() {
        return grade.map(g -> String.format(java.util.Locale.ROOT, "%.1f", g)).orElse("");
    }

    public String publishedText() {
        return published.map(LocalDate::toString).orElse("");
    }

    public String reviewedText() {
        return reviewed.map(LocalDate::toString).orElse("");
    }

    public String nextReviewText() {
        return nextReview.map(LocalDate::toString).orElse("");
    }
}
