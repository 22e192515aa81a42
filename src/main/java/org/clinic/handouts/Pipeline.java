package org.clinic.handouts;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clinic.handouts.check.ArticleChecker;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.load.ClinicLoader;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.render.FontSet;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.Xhtml;
import org.clinic.handouts.render.XhtmlRenderer;
import org.clinic.handouts.write.EpubWriter;
import org.clinic.handouts.write.OutputFolder;
import org.clinic.handouts.write.PdfWriter;

/**
 * The stages for one article: load → check → render (XHTML) → write (PDF, EPUB in memory) → commit to the output
 * folder. Nothing reaches the folder unless every stage succeeded for that article.
 */
public final class Pipeline {
    private final FontSet fonts;
    private final XhtmlRenderer renderer;
    private final PdfWriter pdfWriter;
    private final EpubWriter epubWriter;
    private final Map<Path, Optional<Clinic>> clinics = new ConcurrentHashMap<>();
    private final Map<Path, List<Problem>> clinicProblems = new ConcurrentHashMap<>();

    public Pipeline(Optional<Path> styles) {
        Layout layout = Layout.of(styles);
        this.fonts = FontSet.load(layout);
        this.renderer = new XhtmlRenderer(layout);
        this.pdfWriter = new PdfWriter(layout, fonts);
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
        Problems problems = new Problems(file);
        Path folder = file.toAbsolutePath().getParent();
        Optional<Clinic> clinic = clinics.computeIfAbsent(folder, f -> {
            Problems own = new Problems(file.resolveSibling(ClinicLoader.FILE_NAME));
            Optional<Clinic> loaded = ClinicLoader.forFolder(f, own);
            clinicProblems.put(f, own.sorted());
            return loaded;
        });
        if (clinic.isEmpty()) {
            List<Problem> all = new java.util.ArrayList<>(clinicProblems.get(folder));
            problems.error(org.clinic.handouts.model.Position.START, "",
                    "not rendered: the clinic profile " + ClinicLoader.FILE_NAME + " beside it has errors");
            all.addAll(problems.sorted());
            return new Checked(file, all, Optional.empty(), Optional.empty());
        }
        Optional<LoadedArticle> loaded = new ArticleLoader(clinic.get()).load(file, problems);
        loaded.ifPresent(article -> new ArticleChecker(fonts).check(article, problems));
        Optional<LoadedArticle> usable = problems.hasErrors() ? Optional.empty() : loaded;
        return new Checked(file, problems.sorted(), usable, clinic);
    }

    /** The result of loading and checking one article. */
    public record Checked(Path file, List<Problem> problems, Optional<LoadedArticle> article, Optional<Clinic> clinic) {}

    public Outcome build(Path file, Set<Format> formats, OutputFolder out) {
        Checked checked = check(file);
        if (checked.article().isEmpty()) {
            return new Outcome(file, checked.problems(), List.of());
        }
        var article = checked.article().get().article();
        Xhtml xhtml = renderer.render(article, checked.clinic().get());
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (formats.contains(Format.PDF)) {
            files.put(article.name() + ".pdf", pdfWriter.write(xhtml, article));
        }
        if (formats.contains(Format.EPUB)) {
            files.put(article.name() + ".epub", epubWriter.write(xhtml, article, checked.clinic().get()));
        }
        return new Outcome(file, checked.problems(), out.commit(files));
    }
}
