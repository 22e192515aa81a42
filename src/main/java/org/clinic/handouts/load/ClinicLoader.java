package org.clinic.handouts.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.clinic.handouts.load.LoadedArticle.Located;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problems;

/**
 * Reads the clinic profile: {@code clinic.yaml} beside the articles, else the layout's (built-in) one. Problems
 * are reported against the profile file; colour pairs that fail WCAG AA contrast are warnings.
 */
public final class ClinicLoader {
    public static final String FILE_NAME = "clinic.yaml";
    private static final Set<String> KEYS = Set.of("name", "website", "address", "phone", "logo", "colours",
            "disclaimer", "language", "paper", "articles_url", "reading_grade", "digits");
    private static final Set<String> COLOUR_KEYS = Set.of("primary", "tint", "text");
    private static final String WHITE = "#ffffff";

    private ClinicLoader() {}

    /** The profile to use for articles in {@code folder}: its own {@code clinic.yaml}, else {@code fallback}. */
    public static Path profileFor(Path folder, Path fallback) {
        Path own = folder.resolve(FILE_NAME);
        // Any entry of that name counts, a broken link too: reading it then says what is wrong, rather than the
        // folder's articles silently taking another clinic's profile.
        return Files.exists(own, LinkOption.NOFOLLOW_LINKS) ? own : fallback;
    }

    /** Reads a profile; empty when it has errors (all reported to {@code problems}). */
    public static Optional<Clinic> load(Path file, Problems problems) {
        return load(file, problems, text -> { });
    }

    /** Reads a profile, handing every printed text with its place to {@code texts} (for the glyph check). */
    public static Optional<Clinic> load(Path file, Problems problems, Consumer<Located<String>> texts) {
        return ArticleLoader.readBounded(file, problems).flatMap(bytes -> load(file, bytes, problems, texts));
    }

    /**
     * Reads a profile from {@code bytes}, read from {@code file}: a build fingerprints the very bytes it loaded, so
     * a profile edited while the run goes on is never recorded as what the leaflets were made from.
     */
    public static Optional<Clinic> load(Path file, byte[] bytes, Problems problems, Consumer<Located<String>> texts) {
        Optional<Fields> opened = new YamlReader(problems).read(bytes)
                .flatMap(root -> Fields.open(root, "", KEYS, problems, new HashMap<>()));
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> name = f.text("name", true);
        name.ifPresent(v -> texts.accept(new Located<>("name", f.node("name", true).get().at(), v)));
        String website = url(f, "website", problems);
        List<String> address = new ArrayList<>();
        List<YamlNode> lines = f.list("address", false);
        for (int i = 0; i < lines.size(); i++) {
            YamlNode line = lines.get(i);
            String field = Fields.item("address", i);
            f.text(line, field).ifPresent(v -> {
                address.add(v);
                texts.accept(new Located<>(field, line.at(), v));
            });
        }
        String phone = f.text("phone", false).orElse("");
        if (!phone.isEmpty()) {
            texts.accept(new Located<>("phone", f.node("phone", true).get().at(), phone));
        }
        Asset logo = f.text("logo", false).flatMap(relative -> LocalFile.image(file.toAbsolutePath().getParent(),
                relative, f.node("logo", true).get().at(), "logo", problems)).orElse(null);
        Clinic.Colours colours = colours(f, problems);
        List<Paragraph> disclaimer = new ArrayList<>();
        List<YamlNode> items = f.list("disclaimer", true);
        for (int i = 0; i < items.size(); i++) {
            String field = Fields.item("disclaimer", i);
            YamlNode node = items.get(i);
            f.text(node, field).ifPresent(raw -> {
                texts.accept(new Located<>(field, node.at(), raw));
                disclaimer.addAll(InlineMarkup.paragraphs(raw, message -> problems.error(node.at(), field, message)));
            });
        }
        String language = f.language("language").orElse("en");
        Clinic.Paper paper = paper(f, problems);
        String articlesUrl = url(f, "articles_url", problems);
        int readingGrade = readingGrade(f, problems);
        String digits = f.text("digits", false).orElse("");
        if (!digits.isEmpty() && !DIGITS.contains(digits)) {
            problems.error(f.node("digits", true).get().at(), "digits", "unknown digits \"" + digits
                    + "\"; use one of " + String.join(", ", DIGITS));
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Clinic(name.get(), website, address, phone, logo, colours, disclaimer, language, paper,
                articlesUrl, readingGrade, digits));
    }

    /** {@code reading_grade}: a whole school grade, 1 to 18 (18: no warning in practice). */
    private static int readingGrade(Fields f, Problems problems) {
        return f.text("reading_grade", false).map(value -> {
            if (value.strip().matches("\\d{1,2}") && Integer.parseInt(value.strip()) >= 1
                    && Integer.parseInt(value.strip()) <= 18) {
                return Integer.parseInt(value.strip());
            }
            problems.error(f.node("reading_grade", true).get().at(), "reading_grade",
                    "`" + value + "` is not a school grade; write a whole number from 1 to 18, e.g. 8");
            return Clinic.READING_GRADE;
        }).orElse(Clinic.READING_GRADE);
    }

    /** Numbering systems a clinic may choose for dates: Latin, Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu). */
    private static final List<String> DIGITS = List.of("latn", "arab", "arabext");

    private static String url(Fields f, String key, Problems problems) {
        return f.text(key, false).filter(url -> {
            Optional<String> wrong = LinkCheck.check(url, false);
            wrong.ifPresent(m -> problems.error(f.node(key, true).get().at(), key, m));
            return wrong.isEmpty();
        }).orElse("");
    }

    private static Clinic.Paper paper(Fields f, Problems problems) {
        return f.text("paper", false).map(value -> {
            try {
                return Clinic.Paper.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.error(f.node("paper", true).get().at(), "paper", "`" + value + "` is not a paper size; use a4 or letter");
                return Clinic.Paper.A4;
            }
        }).orElse(Clinic.Paper.A4);
    }

    private static Clinic.Colours colours(Fields f, Problems problems) {
        Clinic.Colours d = Clinic.Colours.DEFAULT;
        Optional<Fields> group = f.node("colours", false)
                .flatMap(node -> Fields.open(node, "colours", COLOUR_KEYS, problems, new HashMap<>()));
        if (group.isEmpty()) {
            return d;
        }
        Fields c = group.get();
        Clinic.Colours colours = new Clinic.Colours(colour(c, "primary", d.primary(), problems),
                colour(c, "tint", d.tint(), problems), colour(c, "text", d.text(), problems));
        Position at = c.at();
        warnOnContrast(colours.primary(), WHITE, "colours.primary", "headings on white paper", at, problems);
        warnOnContrast(colours.primary(), colours.tint(), "colours.primary", "headings in tinted boxes", at, problems);
        warnOnContrast(colours.text(), WHITE, "colours.text", "body text on white paper", at, problems);
        warnOnContrast(colours.text(), colours.tint(), "colours.text", "body text in tinted boxes", at, problems);
        return colours;
    }

    private static String colour(Fields c, String key, String fallback, Problems problems) {
        return c.text(key, false).map(value -> Contrast.normalise(value).orElseGet(() -> {
            problems.error(c.node(key, true).get().at(), c.path(key), "`" + value + "` is not a colour; write it as #rrggbb");
            return fallback;
        })).orElse(fallback);
    }

    private static void warnOnContrast(String foreground, String background, String field, String use, Position at,
                                       Problems problems) {
        double ratio = Contrast.ratio(foreground, background);
        if (ratio < Contrast.AA) {
            problems.warning(at, field, "%s on %s has a contrast of %.1f:1, below the 4.5:1 that WCAG AA asks for %s"
                    .formatted(foreground, background, ratio, use));
        }
    }
}
