package org.clinic.handouts.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clinic.handouts.load.LinkCheck;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.load.LoadedArticle.Located;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Source;
import org.clinic.handouts.model.Problems;

/**
 * The checks that need the whole article: citations against sources, source numbering, link addresses and
 * whether the fonts can draw every character. Problems point at the field where the mistake was written.
 */
public final class ArticleChecker {
    /** Longer addresses make QR codes too dense to scan from a printed page. */
    static final int MAX_QR_URL = 300;
    private final Glyphs fonts;
    private final LocalDate today;

    public ArticleChecker(Glyphs fonts, LocalDate today) {
        this.fonts = fonts;
        this.today = today;
    }

    public void check(LoadedArticle loaded, Problems problems) {
        checkSources(loaded, problems);
        Set<Integer> cited = new TreeSet<>();
        for (Located<Paragraph> p : loaded.paragraphs()) {
            checkInlines(p, p.value().content(), loaded, cited, problems);
        }
        List<Source> sources = loaded.article().sources();
        for (int i = 0; i < sources.size(); i++) {
            if (!cited.contains(sources.get(i).number())) {
                String field = "sources[" + (i + 1) + "]";
                problems.warning(loaded.positionOf(field + ".number"), field,
                        "source " + sources.get(i).number() + " is never cited; cite it as [" + sources.get(i).number()
                                + "] in the text or remove it");
            }
        }
        new GlyphCheck(fonts).check(loaded, problems);
        ParagraphLength.check(loaded, problems);
        checkReviewAndAddress(loaded, problems);
    }

    /** The clinic profile's printed texts (name, address, disclaimer…) must be drawable too. */
    public void checkProfileTexts(List<LoadedArticle.Located<String>> texts, Problems problems) {
        new GlyphCheck(fonts).check(texts, problems);
    }

    private void checkReviewAndAddress(LoadedArticle loaded, Problems problems) {
        var article = loaded.article();
        if (article.nextReview() != null && article.nextReview().isBefore(today)) {
            problems.warning(loaded.positionOf("next_review"), "next_review", "the review was due on "
                    + article.nextReview() + "; review the article and set new `reviewed` and `next_review` dates");
        }
        if (article.reviewed() != null && article.nextReview() != null && !article.nextReview().isAfter(article.reviewed())) {
            problems.error(loaded.positionOf("next_review"), "next_review", "must be after `reviewed` ("
                    + article.reviewed() + ")");
        }
        if (loaded.positions().containsKey("canonical_url")) {
            LinkCheck.check(article.onlineUrl(), false).ifPresent(m ->
                    problems.error(loaded.positionOf("canonical_url"), "canonical_url", m));
        }
        if (article.onlineUrl().length() > MAX_QR_URL) {
            problems.error(loaded.positionOf("canonical_url"), "canonical_url", "the address is "
                    + article.onlineUrl().length() + " characters; a QR code a phone can read from paper holds at most "
                    + MAX_QR_URL + ": use a shorter address");
        }
    }

    private static void checkSources(LoadedArticle loaded, Problems problems) {
        List<Source> sources = loaded.article().sources();
        for (int i = 0; i < sources.size(); i++) {
            String field = "sources[" + (i + 1) + "]";
            if (sources.get(i).number() != i + 1) {
                problems.error(loaded.positionOf(field + ".number"), field + ".number",
                        "sources must be numbered 1, 2, 3… in order; this is source " + (i + 1)
                                + " but is numbered " + sources.get(i).number());
            }
            if (sources.get(i).url().isEmpty()) {
                continue;  // its error was reported when it was read
            }
            LinkCheck.check(sources.get(i).url(), false).ifPresent(message ->
                    problems.error(loaded.positionOf(field + ".url"), field + ".url", message));
        }
    }

    private static void checkInlines(Located<Paragraph> where, List<Inline> inlines, LoadedArticle loaded,
                                     Set<Integer> cited, Problems problems) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Citation c -> {
                    cited.add(c.number());
                    if (loaded.article().sources().stream().noneMatch(s -> s.number() == c.number())) {
                        problems.error(where.at(), where.field(), "cites [" + c.number() + "] but there is no source "
                                + c.number() + "; add it under `sources:` or correct the number");
                    }
                }
                case Inline.Link l -> {
                    LinkCheck.check(l.url(), true).ifPresent(m -> problems.error(where.at(), where.field(), m));
                    checkInlines(where, l.children(), loaded, cited, problems);
                }
                case Inline.Emphasis e -> checkInlines(where, e.children(), loaded, cited, problems);
                case Inline.Strong s -> checkInlines(where, s.children(), loaded, cited, problems);
                case Inline.Text t -> { }
                case Inline.LineBreak b -> { }
            }
        }
    }
}
