package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.render.FontSet;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.ScriptFonts;
import org.clinic.handouts.render.Xhtml;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays the article's XHTML out on pages with the leaflet stylesheets (Flying Saucer) and draws it with OpenPDF.
 * Fonts are parsed once per run and registered once per thread; the output depends only on the input.
 */
public final class PdfWriter {
    private final Layout layout;
    private final Map<List<String>, String> css = new ConcurrentHashMap<>();
    private final Map<String, org.clinic.handouts.render.Labels> labels = new ConcurrentHashMap<>();
    private final ThreadLocal<ITextFontResolver> fontResolvers;
    private final SubsetTags subsetTags = new SubsetTags();
    private final PdfImages images = new PdfImages();

    private final ScriptFonts scripts;

    public PdfWriter(Layout layout, FontSet fonts, ScriptFonts scripts) {
        this.layout = layout;
        this.scripts = scripts;
        this.fontResolvers = ThreadLocal.withInitial(() -> {
            ITextFontResolver resolver = new ITextFontResolver();
            for (FontSet.Face face : fonts.forWriting()) {
                face.font().setSecureRandom(subsetTags);
                face.font().setIncludeCidSet(false);  // OpenPDF's CIDSet lists too few glyphs; PDF/A rejects it
                FontRegistration.register(resolver, face);
            }
            return resolver;
        });
    }

    /** Starts preparing an image the next leaflets will show (the clinic logo), while other work goes on. */
    public void prepare(Asset image) {
        images.prepare(image);
    }

    public byte[] write(Xhtml xhtml, Article article, PrintOptions options) {
        try {
            String stylesheet = css.computeIfAbsent(
                    java.util.stream.Stream.concat(options.stylesheets().stream(), java.util.stream.Stream.of(article.language())).toList(),
                    key -> CssLabels.apply(options.stylesheets().stream().map(layout::text)
                            .collect(Collectors.joining("\n")), labels.computeIfAbsent(article.language(),
                                    l -> org.clinic.handouts.render.Labels.of(layout, l)), scripts));
            Map<String, Asset> assets = xhtml.assets().stream()
                    .collect(Collectors.toMap(Asset::fileName, Function.identity()));
            byte[] id = fileId(xhtml, stylesheet);
            ITextRenderer renderer = new Pagination(xhtml, stylesheet, assets, images, fontResolvers.get(),
                    c -> scripts.lacking(c).isEmpty())
                    .laidOut(options.duplex());
            // The booklet re-imports the pages onto sheets, which drops the structure tree: it stays untagged.
            boolean tagged = options.variant() != PrintOptions.Variant.BOOKLET;
            PdfDocumentInfo info = new PdfDocumentInfo(article, id, options.pdfa());
            renderer.setListener(tagged ? new TaggedPdf(info, options.pdfa()) : info);
            if (options.pdfa()) {
                renderer.setPDFXConformance(tagged ? org.openpdf.text.pdf.PdfWriter.PDFA2A
                        : org.openpdf.text.pdf.PdfWriter.PDFA2B);
            }
            subsetTags.seed(id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            renderer.createPDF(out);
            byte[] pdf = out.toByteArray();
            return options.variant() == PrintOptions.Variant.BOOKLET ? BookletImposer.impose(pdf, article, id) : pdf;
        } catch (UnprintableText e) {
            throw e.in("the " + options.variant().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + " PDF");
        } catch (RuntimeException e) {
            throw new HandoutsException(ExitCode.FAILURE,
                    "cannot draw the PDF of " + article.name() + ": " + e.getMessage(), e);
        }
    }

    /** A file identifier derived from what the PDF is made of, so the same input gives the same bytes. */
    private static byte[] fileId(Xhtml xhtml, String stylesheet) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xhtml.text().getBytes(StandardCharsets.UTF_8));
            md5.update(stylesheet.getBytes(StandardCharsets.UTF_8));
            for (Asset asset : xhtml.assets()) {
                md5.update(asset.bytes());
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
