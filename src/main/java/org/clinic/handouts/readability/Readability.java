package org.clinic.handouts.readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Position;

/** Measures a loaded article part by part; empty for a language without a formula, or an article without words. */
public final class Readability {
    private static final Pattern PART = Pattern.compile("^(intro|sections\\[\\d+]|clinic_view|questions|takeaway)");

    private Readability() {}

    public static Optional<ArticleReading> of(LoadedArticle loaded) {
        Article article = loaded.article();
        Optional<ReadingFormula> formula = ReadingFormula.forLanguage(article.language());
        Optional<Syllables> syllables = Syllables.of(article.language());
        if (formula.isEmpty() || syllables.isEmpty()) {
            return Optional.empty();
        }
        TextSplitter splitter = new TextSplitter(syllables.get());
        SourcePositions source = SourcePositions.of(loaded.file());
        Map<String, List<Located>> byPart = new LinkedHashMap<>();
        Map<Position, Integer> cursors = new java.util.HashMap<>();
        for (LoadedArticle.Located<Paragraph> p : loaded.paragraphs()) {
            Matcher part = PART.matcher(p.field());
            if (!part.find()) {
                continue;  // sources and disclaimer: not what patients read for the content
            }
            int cursor = cursors.getOrDefault(p.at(), source.offset(p.at()));
            List<Located> into = byPart.computeIfAbsent(part.group(1), k -> new ArrayList<>());
            for (Sentence s : splitter.sentences(plain(p.value().content()))) {
                List<Located.LocatedWord> words = new ArrayList<>();
                Position first = null;
                for (Word w : s.words()) {
                    int found = source.find(w.text(), cursor);
                    Position at = found < 0 ? source.position(cursor) : source.position(found);
                    cursor = found < 0 ? cursor : found + w.text().length();
                    first = first == null ? at : first;
                    words.add(new Located.LocatedWord(w, at));
                }
                into.add(new Located(s, first, formula.get().grade(Counts.of(s)), words));
            }
            cursors.put(p.at(), cursor);
        }
        List<Part> parts = new ArrayList<>();
        Counts total = Counts.NONE;
        for (var entry : byPart.entrySet()) {
            Counts counts = entry.getValue().stream().map(l -> Counts.of(l.sentence())).reduce(Counts.NONE, Counts::plus);
            if (counts.words() == 0) {
                continue;
            }
            total = total.plus(counts);
            parts.add(new Part(entry.getKey(), title(article, entry.getKey()), counts, formula.get().grade(counts),
                    entry.getValue()));
        }
        if (total.words() == 0) {
            return Optional.empty();
        }
        Optional<Double> smog = formula.get() == ReadingFormula.FLESCH_KINCAID
                ? Optional.of(ReadingFormula.smog(total)) : Optional.empty();
        return Optional.of(new ArticleReading(formula.get(), formula.get().grade(total), smog, total, parts));
    }

    /**
     * The article's grade alone, as {@link #of} gives it, without placing each word in the file: for listings of
     * many articles.
     */
    public static Optional<Double> grade(LoadedArticle loaded) {
        String language = loaded.article().language();
        Optional<ReadingFormula> formula = ReadingFormula.forLanguage(language);
        Optional<Syllables> syllables = Syllables.of(language);
        if (formula.isEmpty() || syllables.isEmpty()) {
            return Optional.empty();
        }
        TextSplitter splitter = new TextSplitter(syllables.get());
        Counts total = Counts.NONE;
        for (LoadedArticle.Located<Paragraph> p : loaded.paragraphs()) {
            if (PART.matcher(p.field()).find()) {
                for (Sentence s : splitter.sentences(plain(p.value().content()))) {
                    total = total.plus(Counts.of(s));
                }
            }
        }
        return total.words() == 0 ? Optional.empty() : Optional.of(formula.get().grade(total));
    }

    private static String title(Article article, String part) {
        if (part.startsWith("sections[")) {
            int n = Integer.parseInt(part.substring(9, part.length() - 1));
            return n <= article.sections().size() ? article.sections().get(n - 1).heading() : part;
        }
        return part;
    }

    /** The words of a paragraph as read: citations are not words, links read as their text. */
    static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> out.append(t.text());
                case Inline.Emphasis e -> out.append(plain(e.children()));
                case Inline.Strong s -> out.append(plain(s.children()));
                case Inline.Link l -> out.append(plain(l.children()));
                case Inline.Citation c -> { }
                case Inline.LineBreak b -> out.append(' ');
            }
        }
        return out.toString();
    }
}
