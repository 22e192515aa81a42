package org.clinic.handouts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.Xhtml;
import org.clinic.handouts.render.XhtmlRenderer;

/**
 * The articles as the other tools' inputs: Markdown for Pandoc and HTML for WeasyPrint, each in a folder of its
 * own with the images our outputs carry (logo, QR code), read with our own loader so both sides start from the same
 * article. Written before any timing: the other tools are timed on their conversion only, not on getting from
 * YAML to their input (which our figures do include).
 */
final class ComparisonInputs {
    /** The inputs for a list of articles, in the same order. */
    record Inputs(List<Path> markdown, List<Path> html) {}

    private final Pipeline pipeline = new Pipeline(Optional.empty());
    private final XhtmlRenderer renderer;
    private final HtmlExport htmlExport;

    ComparisonInputs(Path fontsDir) {
        Layout layout = Layout.of(Optional.empty());
        this.renderer = new XhtmlRenderer(layout);
        this.htmlExport = new HtmlExport(fontsDir, layout);
    }

    Inputs write(List<Path> articles, Path folder) throws IOException {
        List<Path> markdown = new ArrayList<>();
        List<Path> html = new ArrayList<>();
        for (Path file : articles) {
            Pipeline.Checked checked = pipeline.check(file);
            Article article = checked.article().orElseThrow(() ->
                    new IllegalStateException("cannot read " + file + ": " + checked.problems())).article();
            Clinic clinic = checked.clinic().orElseThrow();
            Xhtml xhtml = renderer.render(article, clinic);
            Path dir = Files.createDirectories(folder.resolve(article.name()));
            List<String> images = new ArrayList<>();
            for (Asset asset : xhtml.assets()) {
                Files.write(dir.resolve(asset.fileName()), asset.bytes());
                images.add(asset.fileName());
            }
            markdown.add(Files.writeString(dir.resolve(article.name() + ".md"),
                    MarkdownExport.markdown(article, clinic, images)));
            html.add(Files.writeString(dir.resolve(article.name() + ".html"), htmlExport.html(xhtml.text())));
        }
        return new Inputs(markdown, html);
    }
}
