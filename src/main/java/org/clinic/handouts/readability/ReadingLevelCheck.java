package org.clinic.handouts.readability;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.model.Problems;

/**
 * Warns when an article reads above the clinic's target grade: once at the title with the article's grade, then
 * once for each of the (at most three) hardest parts above the target, placed at that part's hardest sentence and
 * naming its longest sentences and its rare long words with their lines and columns. Nothing for a language
 * without a formula, nor for an article under {@link #MIN_WORDS} words: the formulas were fitted on samples of
 * 100 words and more, and a few words give a grade that means nothing.
 */
public final class ReadingLevelCheck {
    public static final int MIN_WORDS = 100;
    static final int PARTS_NAMED = 3;
    static final int SENTENCES_NAMED = 2;
    static final int WORDS_NAMED = 3;

    private ReadingLevelCheck() {}

    public static void check(LoadedArticle loaded, int target, Problems problems) {
        Optional<ArticleReading> measured = Readability.of(loaded);
        if (measured.isEmpty() || measured.get().counts().words() < MIN_WORDS || measured.get().grade() <= target) {
            return;
        }
        ArticleReading reading = measured.get();
        List<Part> hard = reading.hardestParts().stream().filter(p -> p.grade() > target).limit(PARTS_NAMED).toList();
        problems.warning(loaded.positionOf("title"), "title", "reads at grade %s (%s%s), above the clinic's target of %d; hardest: %s"
                .formatted(one(reading.grade()), reading.formula().title(),
                        reading.smog().map(s -> "; SMOG " + one(s)).orElse(""), target,
                        hard.stream().map(p -> p.field() + " " + one(p.grade())).collect(Collectors.joining(", "))));
        Map<String, Integer> uses = new HashMap<>();
        reading.parts().forEach(p -> p.sentences().forEach(s -> s.words().forEach(w ->
                uses.merge(w.word().text().toLowerCase(Locale.ROOT), 1, Integer::sum))));
        for (Part part : hard) {
            List<Located> longest = part.sentences().stream()
                    .sorted(Comparator.comparingInt((Located l) -> l.sentence().words().size()).reversed()
                            .thenComparing(Located::at))
                    .limit(SENTENCES_NAMED).toList();
            List<Located.LocatedWord> rare = part.sentences().stream().flatMap(s -> s.words().stream())
                    .filter(w -> w.word().syllables() >= 3 && w.word().letters() > 6)
                    .filter(w -> uses.get(w.word().text().toLowerCase(Locale.ROOT)) == 1)
                    .sorted(Comparator.comparingInt((Located.LocatedWord w) -> w.word().syllables()).reversed()
                            .thenComparing(Comparator.comparingInt((Located.LocatedWord w) -> w.word().letters()).reversed())
                            .thenComparing(Located.LocatedWord::at))
                    .limit(WORDS_NAMED).toList();
            String sentences = longest.stream().map(l -> l.at() + " (" + l.sentence().words().size() + " words)")
                    .collect(Collectors.joining(", "));
            String words = rare.isEmpty() ? "" : "; rare long words: " + rare.stream()
                    .map(w -> "`" + w.word().text() + "` " + w.at()).collect(Collectors.joining(", "));
            problems.warning(longest.getFirst().at(), part.field(), "reads at grade %s; longest sentences at %s%s: split them, use shorter words"
                    .formatted(one(part.grade()), sentences, words));
        }
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
