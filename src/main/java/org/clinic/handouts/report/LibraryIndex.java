package org.clinic.handouts.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.readability.Readability;

/** Every article of a library with its review status on {@code today}, overdue first. */
public record LibraryIndex(LocalDate today, List<LibraryRow> rows) {
    public LibraryIndex {
        rows = rows.stream().sorted(LibraryRow.ORDER).toList();
    }

    /** Checks each article (on all cores: each is independent) and makes its row. */
    public static LibraryIndex of(Pipeline pipeline, List<Path> files, LocalDate today) {
        return new LibraryIndex(today, files.parallelStream().map(f -> row(pipeline.check(f), today)).toList());
    }

    static LibraryRow row(Pipeline.Checked checked, LocalDate today) {
        if (checked.article().isEmpty()) {
            String name = ArticleLoader.articleName(checked.file());
            return new LibraryRow(checked.file(), name, name, "", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false, false);
        }
        Article a = checked.article().get().article();
        Optional<Double> grade = Readability.grade(checked.article().get());
        Optional<LocalDate> next = Optional.ofNullable(a.nextReview());
        return new LibraryRow(checked.file(), a.name(), a.title(), a.language(), grade,
                Optional.ofNullable(a.published()), Optional.ofNullable(a.reviewed()), next,
                next.filter(d -> d.isBefore(today)).isPresent(), true);
    }

    public long overdue() {
        return rows.stream().filter(LibraryRow::overdue).count();
    }

    public long invalid() {
        return rows.stream().filter(r -> !r.valid()).count();
    }
}
