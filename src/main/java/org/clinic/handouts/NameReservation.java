package org.clinic.handouts;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;

/**
 * Every output file name of a run, claimed before anything renders, across all articles, formats and variants:
 * {@code x.yaml} printed large writes {@code x-large-print.pdf}, and so does {@code x-large-print.yaml} printed
 * standard. Two articles claiming one name both fail with an error naming the other; neither is written, so the
 * file never holds the wrong article. Names are compared ignoring case, because on the case-insensitive disks of
 * Windows and macOS {@code X.pdf} and {@code x.pdf} are one file.
 */
final class NameReservation {
    private final Map<Path, List<Problem>> conflicts = new HashMap<>();

    /** Claims {@code names.apply(article)} for every article, in order. */
    NameReservation(List<Path> articles, Function<Path, List<String>> names) {
        Map<String, Path> owners = new LinkedHashMap<>();
        for (Path article : articles) {
            for (String name : names.apply(article)) {
                Path owner = owners.putIfAbsent(name.toLowerCase(Locale.ROOT), article);
                if (owner != null && !owner.equals(article)) {
                    conflict(owner, name, article);
                    conflict(article, name, owner);
                }
            }
        }
    }

    private void conflict(Path article, String name, Path other) {
        Problems problems = new Problems(article);
        problems.error(Position.START, "", "not rendered: " + other + " would also write " + name
                + " into the output folder; rename one of them");
        conflicts.merge(article, problems.sorted(), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }

    /** The errors that keep {@code article} from being written; empty when all its names are its own. */
    List<Problem> conflicts(Path article) {
        return conflicts.getOrDefault(article, List.of());
    }
}
