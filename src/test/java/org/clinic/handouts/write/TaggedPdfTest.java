package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.load.ClinicLoader;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.XhtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Every printed leaflet but the booklet is a tagged PDF: veraPDF checks PDF/UA-1 (and PDF/A-2a), and the tree
 * is read back to check what veraPDF does not: that it holds all the article's text in order, its headings,
 * links and QR code, and that nothing but artifacts lies outside it.
 */
class TaggedPdfTest {
    private static final Pipeline PIPELINE = new Pipeline(Optional.empty());
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong");

    @TempDir
    static Path out;

    private static Path render(String folder, Path article, PrintOptions.Variant variant, Pipeline.PrintSettings print) {
        Path dir = out.resolve(folder);
        var outcome = PIPELINE.build(article, EnumSet.of(Format.PDF), EnumSet.of(variant), print, new OutputFolder(dir));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
        return outcome.written().getFirst();
    }

    private static Path sample(String folder) {
        return render(folder, Samples.CAR_NK, PrintOptions.Variant.STANDARD, Pipeline.PrintSettings.DEFAULT);
    }

    @Test
    void theTaggedTextIsTheArticlesTextInOrder() throws Exception {
        Path pdf = sample("text");
        try (PDDocument doc = PdfPages.open(pdf)) {
            String tagged = TaggedStructure.text(TaggedStructure.of(doc));
            Written written = Written.of(Samples.CAR_NK);
            assertThat(withoutBox(tagged, written)).isEqualTo(written.main());
            assertThat(tagged).contains("14 Harbour Row Northbridge", "Immune Health", "Key takeaway")
                    .doesNotContain("IMMUNE HEALTH", "Page 1 of");
        }
    }

    @Test
    void headingsLinksAndTheQrCodeAreTagged() throws Exception {
        Path pdf = sample("elements");
        try (PDDocument doc = PdfPages.open(pdf)) {
            List<TaggedStructure.Element> all = TaggedStructure.flatten(TaggedStructure.of(doc));
            List<String> headings = all.stream().filter(e -> e.type().matches("H[1-6]"))
                    .map(e -> e.type() + " " + TaggedStructure.text(List.of(e))).toList();
            assertThat(headings).startsWith("H1 CAR-NK Cells: Could ‘Off-the-Shelf’ Immune Therapy Follow CAR-T?")
                    .contains("H2 What we see at the clinic", "H2 Common questions", "H2 Key takeaway",
                            "H2 Sources", "H2 Disclaimer")
                    .anyMatch(h -> h.startsWith("H3 "));
            assertThat(headings.stream().filter(h -> h.startsWith("H1"))).hasSize(1);

            // Text painted otherwise than written says what is written: capitals by the stylesheet, line breaks.
            assertThat(all).extracting(TaggedStructure.Element::actualText)
                    .contains("Immune Health", "Key takeaway", "14 Harbour Row Northbridge NB2 4QT");

            List<TaggedStructure.Element> figures = all.stream().filter(e -> e.type().equals("Figure")).toList();
            assertThat(figures).singleElement().extracting(TaggedStructure.Element::alt)
                    .isEqualTo("QR code for www.northbridge-clinic.example/journal/car-nk-cells");

            List<PDAnnotation> tagged = all.stream().filter(e -> e.type().equals("Link"))
                    .flatMap(e -> e.annotations().stream()).toList();
            int links = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        links++;
                        assertThat(annotation.getCOSObject().getInt(COSName.STRUCT_PARENT)).isNotNegative();
                        assertThat(annotation.getContents()).isNotBlank();
                        assertThat(tagged).anyMatch(t -> t.getCOSObject() == annotation.getCOSObject());
                    }
                }
            }
            assertThat(links).isEqualTo(tagged.size()).isGreaterThanOrEqualTo(Written.of(Samples.CAR_NK).links());
            assertThat(all.stream().filter(e -> e.type().equals("Reference"))).isNotEmpty()
                    .allMatch(r -> r.kids().size() == 1 && r.kids().getFirst().type().equals("Link"));
            assertThat(all.stream().filter(e -> e.type().equals("LI")))
                    .allMatch(li -> li.kids().stream().map(TaggedStructure.Element::type).toList()
                            .equals(List.of("Lbl", "LBody")));
        }
    }

    @Test
    void nothingButArtifactsLiesOutsideTheTree() throws Exception {
        try (PDDocument doc = PdfPages.open(sample("marking"))) {
            assertThat(ContentMarking.problems(doc, TaggedStructure.of(doc))).isEmpty();
        }
    }

    @Test
    void everyTaggedVariantPassesPdfUa() throws Exception {
        List<Path> files = List.of(
                sample("a4"),
                render("letter", Samples.CAR_NK, PrintOptions.Variant.STANDARD,
                        new Pipeline.PrintSettings(Optional.of(Clinic.Paper.LETTER), false, false)),
                render("large", Samples.CAR_NK, PrintOptions.Variant.LARGE_PRINT, Pipeline.PrintSettings.DEFAULT),
                render("duplex", Samples.CAR_NK, PrintOptions.Variant.STANDARD,
                        new Pipeline.PrintSettings(Optional.of(Clinic.Paper.LETTER), false, true)));
        for (Path file : files) {
            assertThat(PdfaConformance.failedRules(file, PDFAFlavour.PDFUA_1)).as(file.toString()).isEmpty();
            try (PDDocument doc = PdfPages.open(file)) {
                assertThat(ContentMarking.problems(doc, TaggedStructure.of(doc))).as(file.toString()).isEmpty();
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            }
        }
        try (PDDocument doc = PdfPages.open(files.get(3))) {
            assertThat(PdfPages.text(doc, doc.getNumberOfPages())).contains("intentionally blank");
        }
    }

    @Test
    void pdfaIsAlsoPdfA2aAndPdfUa() throws Exception {
        Path file = render("pdfa", Samples.CAR_NK, PrintOptions.Variant.STANDARD,
                new Pipeline.PrintSettings(Optional.empty(), true, false));
        assertThat(PdfaConformance.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfaConformance.failedRules(file, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void variedArticlesAreTaggedCompletely() throws Exception {
        StringBuilder yaml = new StringBuilder("""
                category: Research
                title: Many studies, one question
                standfirst: Sections, a clinic box, questions and many sources.
                published: 2026-03-01
                intro: Read this with *care* and see [our **own** page](https://example.org/own) first [1].
                sections:
                """);
        for (int s = 1; s <= 6; s++) {
            yaml.append("  - heading: Section ").append(s).append(" asks a question\n    paragraphs:\n");
            for (int p = 0; p < 3; p++) {
                yaml.append("      - ").append("Sentence after sentence about study ").append(s)
                        .append(" keeps the reader busy with details that matter, and more words follow. ".repeat(14))
                        .append("It cites the study [").append(s).append("], and **this** too [").append(s % 3 + 1)
                        .append("].\n");
            }
        }
        yaml.append("""
                clinic_view: We see many patients ask about this, *often* after reading the news [2].
                questions:
                  - question: Is it safe?
                    answer: Mostly, in trials so far [3].
                  - question: Where can I read more?
                    answer: See [the registry](https://example.org/registry).
                takeaway: Many studies, one careful conclusion.
                sources:
                """);
        for (int s = 1; s <= 12; s++) {
            yaml.append("  - number: ").append(s).append("\n    title: Study ").append(s)
                    .append("\n    kind: Trial\n    year: 2024\n    url: https://example.org/studies/").append(s)
                    .append('\n');
        }
        Path article = Samples.variant(out.resolve("varied-in"), "varied.yaml", text -> yaml.toString());
        Path minimal = Files.writeString(Files.createDirectories(out.resolve("minimal-in")).resolve("minimal.yaml"),
                """
                category: Test
                title: Fasting before a blood test
                standfirst: What to do the night before.
                published: 2026-01-15
                sections:
                  - heading: Before the test
                    paragraphs: Do not eat for *eight hours*; water is **fine**. See [our page](https://example.org/fasting).
                takeaway: Water yes, food no.
                """);
        for (Path yamlFile : List.of(article, minimal)) {
            Path file = render("varied", yamlFile, PrintOptions.Variant.STANDARD, Pipeline.PrintSettings.DEFAULT);
            assertThat(PdfaConformance.failedRules(file, PDFAFlavour.PDFUA_1)).as(file.toString()).isEmpty();
            try (PDDocument doc = PdfPages.open(file)) {
                List<TaggedStructure.Element> tree = TaggedStructure.of(doc);
                assertThat(ContentMarking.problems(doc, tree)).as(file.toString()).isEmpty();
                Written written = Written.of(yamlFile);
                // Long addresses may break inside a word: compare the characters, in order, without spaces.
                assertThat(withoutBox(TaggedStructure.text(tree), written).replace(" ", ""))
                        .isEqualTo(written.main().replace(" ", ""));
            }
        }
        try (PDDocument doc = PdfPages.open(out.resolve("varied/varied.pdf"))) {
            assertThat(TaggedStructure.flatten(TaggedStructure.of(doc)))
                    .filteredOn(e -> e.type().equals("P") || e.type().equals("Span"))
                    .as("a paragraph split across pages is one element")
                    .anyMatch(e -> e.pieces().stream().map(TaggedStructure.Piece::page).distinct().count() > 1);
        }
    }

    @Test
    void theBookletStaysUntagged() throws Exception {
        Path file = render("booklet", Samples.CAR_NK, PrintOptions.Variant.BOOKLET, Pipeline.PrintSettings.DEFAULT);
        try (PDDocument doc = PdfPages.open(file)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNull();
        }
    }

    /** The article's text as written in the XHTML, without the running footer; the sidebar box on its own. */
    record Written(String main, String box, int links) {
        static Written of(Path yaml) {
            Problems problems = new Problems(yaml);
            Path profile = yaml.resolveSibling("clinic.yaml");
            Clinic clinic = Files.exists(profile) ? ClinicLoader.load(profile, problems).orElseThrow()
                    : Samples.builtInClinic();
            Article article = new ArticleLoader(clinic).load(yaml, problems).orElseThrow().article();
            var dom = new XhtmlRenderer(Layout.of(Optional.empty())).render(article, clinic).document();
            StringBuilder main = new StringBuilder();
            StringBuilder box = new StringBuilder();
            Element body = (Element) dom.getElementsByTagNameNS("*", "body").item(0);
            collect(body, main, box, false);
            int links = 0;
            for (int i = 0; i < body.getElementsByTagNameNS("*", "a").getLength(); i++) {
                links += ((Element) body.getElementsByTagNameNS("*", "a").item(i)).hasAttribute("href") ? 1 : 0;
            }
            return new Written(normal(main), normal(box), links);
        }

        private static void collect(Node node, StringBuilder main, StringBuilder box, boolean inBox) {
            if (node instanceof Text text) {
                (inBox ? box : main).append(text.getData());
            } else if (node instanceof Element element) {
                List<String> classes = List.of(element.getAttribute("class").split(" "));
                if (classes.contains("running-footer")) {
                    return;
                }
                boolean boxed = inBox || classes.contains("deferrable");
                StringBuilder to = boxed ? box : main;
                boolean block = !INLINE.contains(element.getLocalName());
                to.append(block ? " " : "");
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    collect(child, main, box, boxed);
                }
                to.append(block ? " " : "");
            }
        }
    }

    /**
     * The tagged text with the sidebar box taken out: print may move the box past the paragraphs after it
     * (it is read where it is printed), so only that it is whole and in one place is checked.
     */
    private static String withoutBox(String tagged, Written written) {
        if (written.box().isEmpty()) {
            return tagged;
        }
        assertThat(tagged).contains(written.box());
        assertThat(tagged.indexOf(written.box())).isEqualTo(tagged.lastIndexOf(written.box()));
        return normal(new StringBuilder(tagged.replace(written.box(), " ")));
    }

    private static String normal(CharSequence text) {
        // A no-break space (a number and its unit) is drawn and tagged as a plain space.
        return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
