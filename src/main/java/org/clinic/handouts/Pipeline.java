package org.clinic.handouts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.clinic.handouts.check.ArticleChecker;
import org.clinic.handouts.check.Glyphs;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.load.ClinicLoader;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.readability.ReadingLevelCheck;
import org.clinic.handouts.render.FontSet;
import org.clinic.handouts.render.Labels;
import org.clinic.handouts.render.ScriptFonts;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.Xhtml;
import org.clinic.handouts.render.XhtmlRenderer;
import org.clinic.handouts.write.EpubWriter;
import org.clinic.handouts.write.OutputFolder;
import org.clinic.handouts.write.PdfWriter;
import org.clinic.handouts.write.PrintOptions;
import org.clinic.handouts.write.UnprintableText;

/**
 * The stages for one article: load → check → render (XHTML) → write (PDF, EPUB in memory) → commit to the output
 * folder. Nothing reaches the folder unless every stage succeeded for that article.
 */
public final class Pipeline {
    private final FontSet fonts;
    private final XhtmlRenderer renderer;
    private final PdfWriter pdfWriter;
    private final EpubWriter epubWriter;
    private final Layout layout;
    private final ArticleChecker checker;
    private final Map<Path, ClinicResult> clinics = new ConcurrentHashMap<>();
    private volatile String layoutDigest;
    private final Map<String, List<String>> missingLabels = new ConcurrentHashMap<>();

    public Pipeline(Optional<Path> styles) {
        this(styles, LocalDate.now(ZoneOffset.UTC));
    }

    /** {@code today} decides which review dates have passed; tests fix it. */
    public Pipeline(Optional<Path> styles, LocalDate today) {
        this.layout = Layout.of(styles);
        this.fonts = FontSet.load(layout);
        ScriptFonts scripts = ScriptFonts.of(layout, fonts);
        this.checker = new ArticleChecker(new Glyphs() {
            @Override
            public List<String> fonts() {
                return scripts.textFonts();
            }

            @Override
            public List<String> lacking(int codePoint) {
                return scripts.lacking(codePoint);
            }
        }, today);
        this.renderer = new XhtmlRenderer(layout, scripts);
        this.pdfWriter = new PdfWriter(layout, fonts, scripts);
        this.epubWriter = new EpubWriter(layout);
    }

    /** What became of one article: its problems, and the files written (none when it has errors). */
    public record Outcome(Path article, List<Problem> problems, List<Path> written) {
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Loads and checks; the article is present only when it has no errors. */
    public Checked check(Path file) {
        return check(file, Optional.empty());
    }

    /** Loads and checks the article in {@code bytes}, read from {@code file}. */
    public Checked check(Path file, byte[] bytes) {
        return check(file, Optional.of(bytes));
    }

    private Checked check(Path file, Optional<byte[]> bytes) {
        Problems problems = new Problems(file);
        Path profile = profileOf(file);
        ClinicResult clinic = clinic(profile, file);
        List<Problem> all = new ArrayList<>(clinic.problems());
        if (clinic.clinic().isEmpty()) {
            problems.error(Position.START, "", "not rendered: the clinic profile " + relative(profile) + " has errors");
            all.addAll(problems.sorted());
            return new Checked(file, all, Optional.empty(), Optional.empty());
        }
        placeholderWarning(file, profile, clinic.clinic().get()).ifPresent(all::add);
        ArticleLoader loader = new ArticleLoader(clinic.clinic().get());
        Optional<LoadedArticle> loaded = bytes.isPresent() ? loader.loadForChecking(file, bytes.get(), problems)
                : loader.loadForChecking(file, problems);
        loaded.ifPresent(article -> checker.check(article, problems));
        loaded.ifPresent(article -> missingLabels(article, problems));
        if (!problems.hasErrors()) {
            // Readability only once the article is right: its warnings would bury the errors to fix first.
            loaded.ifPresent(article -> ReadingLevelCheck.check(article, clinic.clinic().get().readingGrade(), problems));
        }
        all.addAll(problems.sorted());
        Optional<LoadedArticle> usable = problems.hasErrors() ? Optional.empty() : loaded;
        return new Checked(file, all, usable, clinic.clinic());
    }

    /**
     * The fingerprint of everything the outputs of {@code file}, read as {@code bytes}, depend on, given the options
     * in {@code optionsKey}; empty when its clinic profile cannot be read (the article is then rendered, not
     * skipped, and not recorded).
     */
    public Optional<String> fingerprint(Path file, byte[] bytes, String optionsKey) {
        Path profile = profileOf(file);
        ClinicResult clinic = clinic(profile, file);
        if (clinic.clinic().isEmpty()) {
            return Optional.empty();
        }
        Fingerprint fingerprint;
        try {
            fingerprint = new Fingerprint().add(ToolVersion.build()).add(optionsKey).add(layoutDigest())
                    .add(clinic.bytes()).add(bytes);
        } catch (java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        if (clinic.clinic().get().logo() != null) {
            fingerprint.add(clinic.clinic().get().logo().bytes());
        }
        return Optional.of(fingerprint.hex());
    }

    /**
     * The warning for an article whose folder has no clinic.yaml and takes the built-in profile: its leaflets would
     * carry the placeholder clinic. Filed against the missing file, so a run says it once per folder.
     */
    private Optional<Problem> placeholderWarning(Path article, Path profile, Clinic clinic) {
        Path own = article.toAbsolutePath().getParent().resolve(ClinicLoader.FILE_NAME);
        if (profile.equals(own) || layout.userStyles().filter(styles -> profile.startsWith(styles)).isPresent()) {
            return Optional.empty();
        }
        Path shown = article.getParent() == null ? Path.of(ClinicLoader.FILE_NAME)
                : article.getParent().resolve(ClinicLoader.FILE_NAME);
        return Optional.of(new Problem(shown, Position.START, Problem.Severity.WARNING, "",
                "no clinic.yaml: leaflets show the placeholder clinic '" + clinic.name() + "'"));
    }

    /** The clinic profile for an article: its folder's clinic.yaml, else the layout's. */
    private Path profileOf(Path article) {
        return ClinicLoader.profileFor(article.toAbsolutePath().getParent(), layout.file(ClinicLoader.FILE_NAME));
    }

    private String layoutDigest() {
        String digest = layoutDigest;
        if (digest == null) {
            digest = layout.digest();
            layoutDigest = digest;
        }
        return digest;
    }

    private ClinicResult clinic(Path profile, Path article) {
        return clinics.computeIfAbsent(profile, p -> {
            Problems own = new Problems(p.getFileSystem() == article.getFileSystem() ? relative(p) : p);
            List<LoadedArticle.Located<String>> texts = new ArrayList<>();
            Optional<byte[]> bytes = ArticleLoader.read(p, own);
            Optional<Clinic> clinic = bytes.flatMap(b -> ClinicLoader.load(p, b, own, texts::add));
            checker.checkProfileTexts(texts, own);
            return new ClinicResult(own.hasErrors() ? Optional.empty() : clinic, own.sorted(), bytes.orElse(new byte[0]));
        });
    }

    /** A warning per label the article's language lacks: that label prints in English. */
    private void missingLabels(LoadedArticle loaded, Problems problems) {
        String language = loaded.article().language();
        for (String key : missingLabels.computeIfAbsent(language, l -> Labels.missing(layout, l))) {
            problems.warning(loaded.positionOf("language"), "language", key.isEmpty()
                    ? "there is no label catalogue for " + language + "; every fixed word prints in English (add "
                    + "styles/labels/" + language + ".yaml)"
                    : "the labels for " + language + " lack " + key + "; it prints in English (add it to styles/labels/)");
        }
    }

    /** Profile paths as the user would write them: relative to the working folder when inside it. */
    private static Path relative(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : path;
    }

    /** A profile as read once per run: the clinic, its problems, and the bytes both came from. */
    private record ClinicResult(Optional<Clinic> clinic, List<Problem> problems, byte[] bytes) {}

    /** The result of loading and checking one article. */
    public record Checked(Path file, List<Problem> problems, Optional<LoadedArticle> article, Optional<Clinic> clinic) {}

    /** Renders one article: a PDF per variant and/or the EPUB, committed only when all of them succeeded. */
    public Outcome build(Path file, Set<Format> formats, Set<PrintOptions.Variant> variants, PrintSettings print,
                         OutputFolder out) {
        return build(check(file), formats, variants, print, out);
    }

    /** Renders the article in {@code bytes}, read from {@code file}: the very bytes that were fingerprinted. */
    public Outcome build(Path file, byte[] bytes, Set<Format> formats, Set<PrintOptions.Variant> variants,
                         PrintSettings print, OutputFolder out) {
        return build(check(file, bytes), formats, variants, print, out);
    }

    private Outcome build(Checked checked, Set<Format> formats, Set<PrintOptions.Variant> variants,
                          PrintSettings print, OutputFolder out) {
        Path file = checked.file();
        if (checked.article().isEmpty()) {
            return new Outcome(file, checked.problems(), List.of());
        }
        Article article = checked.article().get().article();
        Clinic clinic = checked.clinic().get();
        if (formats.contains(Format.PDF) && clinic.logo() != null) {
            pdfWriter.prepare(clinic.logo());
        }
        Xhtml xhtml = renderer.render(article, clinic);
        // The EPUB is made on another core while the PDF is laid out: a one-article run then waits for the PDF
        // only. In a library run every core is busy anyway, and the pool's threads are few.
        Optional<CompletableFuture<byte[]>> epub = formats.contains(Format.EPUB)
                ? Optional.of(CompletableFuture.supplyAsync(() -> epubWriter.write(xhtml, article, clinic)))
                : Optional.empty();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (formats.contains(Format.PDF)) {
            for (PrintOptions.Variant variant : variants) {
                PrintOptions options = new PrintOptions(print.paper().orElse(clinic.paper()), variant, print.pdfa(),
                        print.duplex());
                try {
                    files.put(pdfName(article.name(), variant), pdfWriter.write(xhtml, article, options));
                } catch (UnprintableText e) {
                    return new Outcome(file, unprintable(checked, e), List.of());
                }
            }
        }
        if (epub.isPresent()) {
            files.put(epubName(article.name()), Background.join(epub.get()));
        }
        return new Outcome(file, checked.problems(), out.commit(files));
    }

    /** The names of the files {@code build} writes for the article named {@code article}, before it renders. */
    public static List<String> outputNames(String article, Set<Format> formats, Set<PrintOptions.Variant> variants) {
        List<String> names = new ArrayList<>();
        if (formats.contains(Format.PDF)) {
            variants.forEach(variant -> names.add(pdfName(article, variant)));
        }
        if (formats.contains(Format.EPUB)) {
            names.add(epubName(article));
        }
        return names;
    }

    private static String pdfName(String article, PrintOptions.Variant variant) {
        return article + variant.suffix() + ".pdf";
    }

    private static String epubName(String article) {
        return article + ".epub";
    }

    /**
     * The article's problems with text the print writer could not fit, reported at its paragraph when the writer
     * says which (the n-th paragraph printed under that field), else at the field.
     */
    private static List<Problem> unprintable(Checked checked, UnprintableText e) {
        LoadedArticle loaded = checked.article().orElseThrow();
        List<LoadedArticle.Located<Paragraph>> under = loaded.paragraphs().stream()
                .filter(p -> p.field().equals(e.field()) || p.field().startsWith(e.field() + ".")
                        || p.field().startsWith(e.field() + "["))
                .toList();
        Problems problems = new Problems(checked.file());
        if (e.paragraph() > 0 && e.paragraph() <= under.size()) {
            LoadedArticle.Located<Paragraph> p = under.get(e.paragraph() - 1);
            problems.error(p.at(), p.field(), e.getMessage());
        } else {
            problems.error(loaded.positionOf(e.field()), e.field(), e.getMessage());
        }
        List<Problem> all = new ArrayList<>(checked.problems());
        all.addAll(problems.sorted());
        return all;
    }

    /** The standard leaflet and EPUB with the clinic's paper: what {@code build} does without options. */
    public Outcome build(Path file, Set<Format> formats, OutputFolder out) {
        return build(file, formats, EnumSet.of(PrintOptions.Variant.STANDARD), PrintSettings.DEFAULT, out);
    }

    /** Printing choices from the command line; an empty paper means the clinic profile's. */
    public record PrintSettings(Optional<Clinic.Paper> paper, boolean pdfa, boolean duplex) {
        public static final PrintSettings DEFAULT = new PrintSettings(Optional.empty(), false, false);
    }
}
