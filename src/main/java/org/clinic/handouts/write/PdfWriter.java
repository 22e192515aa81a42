package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
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
import org.clinic.handouts.render.Xhtml;
import org.openpdf.text.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.TrueTypeUtil;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays the article's XHTML out on pages with the leaflet stylesheets (Flying Saucer) and draws it with OpenPDF.
 * Fonts are parsed once per run and registered once per thread; the output depends only on the input.
 */
public final class PdfWriter {
    /** The first chapter of the XHTML is the article body; the sources and disclaimer pages follow it. */
    private static final String BODY_ID = "article";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String PRODUCER = "handouts with Flying Saucer and " + Document.getProduct() + " "
            + Document.getRelease();

    private final Layout layout;
    private final Map<List<String>, String> css = new ConcurrentHashMap<>();
    private final ThreadLocal<ITextFontResolver> fontResolvers;
    private final SubsetTags subsetTags = new SubsetTags();
    private final PdfImages images = new PdfImages();

    public PdfWriter(Layout layout, FontSet fonts) {
        this.layout = layout;
        this.fontResolvers = ThreadLocal.withInitial(() -> {
            ITextFontResolver resolver = new ITextFontResolver();
            for (FontSet.Face face : fonts.forWriting()) {
                face.font().setSecureRandom(subsetTags);
                face.font().setIncludeCidSet(false);  // OpenPDF's CIDSet lists too few glyphs; PDF/A rejects it
                register(resolver, face);
            }
            return resolver;
        });
    }

    /**
     * Adds a font to Flying Saucer. Its own addFont reads weight and style by opening the font file again (from
     * the jar: a sixth of a one-article run for six faces), and the font in use has had its hinting removed in
     * memory, so its tables sit elsewhere than in that file: the description is read from the bytes actually
     * used. addFont is called only for a family's first face, because only it can make the family.
     */
    private static void register(ITextFontResolver resolver, FontSet.Face face) {
        FontDescription description = TrueTypeUtil.extractDescription(face.location(), face.bytes(), face.font(),
                false, null, null);
        for (String name : TrueTypeUtil.getFamilyNames(face.font())) {
            if (!resolver.getFonts().containsKey(name)) {
                resolver.addFont(face.font(), face.location(), name);
                resolver.getFonts().get(name).getFontDescriptions().clear();
            }
            FontFamily family = resolver.getFonts().get(name);
            family.addFontDescription(description);
            family.getFontDescriptions().sort(Comparator.comparingInt(FontDescription::getWeight));
        }
    }

    /** Starts preparing an image the next leaflets will show (the clinic logo), while other work goes on. */
    public void prepare(Asset image) {
        images.prepare(image);
    }

    public byte[] write(Xhtml xhtml, Article article, PrintOptions options) {
        try {
            String stylesheet = css.computeIfAbsent(options.stylesheets(),
                    names -> names.stream().map(layout::text).collect(Collectors.joining("\n")));
            Map<String, Asset> assets = xhtml.assets().stream()
                    .collect(Collectors.toMap(Asset::fileName, Function.identity()));
            byte[] id = fileId(xhtml, stylesheet);
            ITextRenderer renderer = new Pagination(xhtml, stylesheet, assets).laidOut(options.duplex());
            renderer.setListener(new PdfDocumentInfo(article, id, options.pdfa()));
            if (options.pdfa()) {
                renderer.setPDFXConformance(org.openpdf.text.pdf.PdfWriter.PDFA2B);
            }
            subsetTags.seed(id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            renderer.createPDF(out);
            byte[] pdf = out.toByteArray();
            return options.variant() == PrintOptions.Variant.BOOKLET ? BookletImposer.impose(pdf, article, id) : pdf;
        } catch (RuntimeException e) {
            throw new HandoutsException(ExitCode.FAILURE,
                    "cannot draw the PDF of " + article.name() + ": " + e.getMessage(), e);
        }
    }

    /** Lays out one document, trying the {@link PageFit} variants and padding for duplex printing. */
    private final class Pagination {
        private final org.w3c.dom.Document document;
        private final Element body;
        private final String classes;
        private final Map<String, Asset> assets;

        Pagination(Xhtml xhtml, String stylesheet, Map<String, Asset> assets) {
            this.document = xhtml.document();
            this.assets = assets;
            Element head = (Element) document.getElementsByTagNameNS(XHTML_NS, "head").item(0);
            Element style = document.createElementNS(XHTML_NS, "style");
            style.setAttribute("type", "text/css");
            style.setTextContent(stylesheet);
            // First in the head, so a layout's own <style> (brand colours) overrides it.
            head.insertBefore(style, head.getFirstChild());
            this.body = (Element) document.getElementsByTagNameNS(XHTML_NS, "body").item(0);
            this.classes = body.getAttribute("class");
        }

        ITextRenderer laidOut(boolean duplex) {
            Attempt chosen = fittingVariant();
            ITextRenderer renderer = chosen.renderer();
            if (duplex && renderer.getRootBox().getLayer().getPages().size() % 2 == 1) {
                // The layout's .duplex-blank block becomes a blank last page, so the disclaimer stays on the back.
                renderer = withClasses(chosen.variant() + " duplex");
            } else {
                // Later attempts changed the shared DOM's class; put back the one this layout was made with.
                withClassAttribute(chosen.variant());
            }
            return renderer;
        }

        /** One layout of the document with a {@link PageFit} variant, and how its body fell on the pages. */
        private record Attempt(String variant, ITextRenderer renderer, PageFit.Measure measure) {}

        private Attempt attempt(String variant) {
            ITextRenderer renderer = withClasses(variant);
            return new Attempt(variant, renderer, PageFit.measure(renderer, BODY_ID));
        }

        /**
         * The first {@link PageFit} variant whose body does not end on a nearly empty page, else the fullest.
         * The chosen layout is kept and drawn: laying it out again would give the same boxes.
         */
        private Attempt fittingVariant() {
            Attempt designed = attempt(PageFit.AS_DESIGNED);
            if (designed.measure().acceptable()) {
                return designed;
            }
            Attempt best = designed;
            for (String variant : PageFit.variantsAfter(designed.measure())) {
                Attempt attempt = attempt(variant);
                if (attempt.measure().acceptable()) {
                    return attempt;
                }
                if (attempt.measure().betterThan(best.measure())) {
                    best = attempt;
                }
            }
            return best;
        }

        private void withClassAttribute(String extra) {
            body.setAttribute("class", (classes + " " + extra).strip());
        }

        private ITextRenderer withClasses(String extra) {
            withClassAttribute(extra);
            ITextOutputDevice device = new ClippedTextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
            LocalOnlyUserAgent userAgent = new LocalOnlyUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, assets, images);
            ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                    ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent, fontResolvers.get());
            renderer.setPDFVersion(org.openpdf.text.pdf.PdfWriter.VERSION_1_7);
            renderer.setPDFCreator("handouts");
            renderer.setPDFProducer(PRODUCER);
            renderer.setDocument(document, LocalOnlyUserAgent.ASSET_BASE);
            renderer.layout();
            return renderer;
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
