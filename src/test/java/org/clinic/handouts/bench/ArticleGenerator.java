package org.clinic.handouts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a library of varied, valid articles: from one paragraph to 40 sections, with and without the optional
 * parts, every source cited. Article {@code i} depends only on the seed and {@code i}, so a library of 20 is the
 * first 20 articles of a library of 200, and figures from different runs describe the same documents.
 */
public final class ArticleGenerator {
    private static final String[] CATEGORIES = {"Immune Health", "Stem Cells", "Joint Care", "Cancer Care",
            "Heart and Vessels", "Skin and Healing", "Nerves and Brain", "Research Explained"};
    private static final String[] KINDS = {"Peer-reviewed review", "Randomised controlled trial", "Cohort study",
            "Case series", "Clinical guideline", "Laboratory study", "Meta-analysis"};
    private static final String[] LANGUAGES = {"en", "en-GB", "en-US"};
    static final int MAX_SECTIONS = 40;

    private final long seed;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes {@code count} articles into {@code folder} with a copy of {@code content}'s clinic profile and the
     * files beside it that a profile may name (a logo), so the library looks like the sample; returns the articles.
     */
    public List<Path> writeLibrary(Path folder, int count, Path content) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("clinic.yaml") || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    Files.copy(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // The generated text is pseudo-random, not written to be read: the reading-grade target is set to the
        // highest, so `check --fail-on-warnings` still proves the articles are otherwise clean.
        Path profile = folder.resolve("clinic.yaml");
        Files.writeString(profile, Files.readString(profile) + "reading_grade: 18\n");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedArticle article = article(i);
            Path file = folder.resolve(article.name() + ".yaml");
            Files.writeString(file, ArticleYaml.write(article, "seed " + seed + ", article " + i));
            files.add(file);
        }
        return files;
    }

    GeneratedArticle article(int index) {
        PseudoText text = new PseudoText(seed * 1_000_003L + index);
        // Mostly short leaflets, some long ones; article 0 is the smallest possible and article 1 the largest.
        double size = text.random().nextDouble();
        int sections = index == 0 ? 1 : index == 1 ? MAX_SECTIONS
                : size < 0.5 ? text.between(1, 6) : size < 0.85 ? text.between(7, 15) : text.between(16, MAX_SECTIONS);
        boolean minimal = index == 0;
        Citations cites = new Citations(text, text.between(1, Math.min(8, 1 + sections)));
        String name = "article-%04d".formatted(index);

        List<String> intro = !minimal && text.chance(0.5)
                ? paragraphs(text, cites, name, text.between(1, 2)) : List.of();
        List<GeneratedArticle.Section> body = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            body.add(new GeneratedArticle.Section(text.heading(),
                    paragraphs(text, cites, name, minimal ? 1 : text.between(1, 4))));
        }
        List<String> clinicView = !minimal && text.chance(0.4)
                ? paragraphs(text, cites, name, text.between(1, 2)) : List.of();
        List<GeneratedArticle.Question> questions = new ArrayList<>();
        int questionCount = !minimal && text.chance(0.4) ? text.between(1, 5) : 0;
        for (int q = 0; q < questionCount; q++) {
            questions.add(new GeneratedArticle.Question(text.heading().replaceAll("[^?]$", "$0?"),
                    paragraph(text, cites, name, text.between(1, 3))));
        }
        // The takeaway comes last in the article, so it cites whatever the text has not cited yet.
        String takeaway = paragraph(text, cites, name, text.between(1, 3)).replaceAll("\\.$", cites.remaining() + ".");
        List<String> disclaimer = text.chance(0.1)
                ? paragraphs(text, Citations.NONE, name, text.between(1, 2)) : List.of();

        List<GeneratedArticle.Source> sources = new ArrayList<>();
        for (int n = 1; n <= cites.total; n++) {
            sources.add(new GeneratedArticle.Source(n, text.phrase(5, 14), text.pick(KINDS), text.between(2005, 2025),
                    "https://example.org/studies/" + name + "/source-" + n));
        }
        return new GeneratedArticle(name, text.pick(CATEGORIES), text.phrase(3, 10) + (text.chance(0.3) ? "?" : ""),
                text.sentenceBody() + ". " + text.sentenceBody() + ".",
                LocalDate.of(2024, 1, 1).plusDays(text.between(0, 900)), text.pick(LANGUAGES),
                intro, body, clinicView, questions, takeaway, sources, disclaimer);
    }

    private static List<String> paragraphs(PseudoText text, Citations cites, String name, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(paragraph(text, cites, name, text.between(2, 6)));
        }
        return out;
    }

    /** Sentences with now and then a citation before the full stop and a touch of inline markup. */
    private static String paragraph(PseudoText text, Citations cites, String name, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(text.sentenceBody());
            if (text.chance(0.12)) {
                p.append(switch (text.between(0, 2)) {
                    case 0 -> " *" + text.word() + " " + text.word() + "*";
                    case 1 -> " **" + text.word() + "**";
                    default -> " [" + text.word() + " " + text.word() + "](https://example.org/reading/" + name
                            + "/" + text.between(1, 99) + ")";
                });
            }
            p.append(cites.maybe()).append('.');
        }
        return p.toString();
    }

    /** Hands out citations so that sources are first cited in order 1, 2, 3… and every one is cited. */
    private static final class Citations {
        static final Citations NONE = new Citations(null, 0);
        private final PseudoText text;
        private final int total;
        private int nextUncited = 1;

        Citations(PseudoText text, int total) {
            this.text = text;
            this.total = total;
        }

        String maybe() {
            if (total == 0 || !text.chance(0.2)) {
                return "";
            }
            return " [" + (nextUncited <= total ? nextUncited++ : text.between(1, total)) + "]";
        }

        String remaining() {
            StringBuilder out = new StringBuilder();
            for (; nextUncited <= total; nextUncited++) {
                out.append(" [").append(nextUncited).append(']');
            }
            return out.toString();
        }
    }
}
