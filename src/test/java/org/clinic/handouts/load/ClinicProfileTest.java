package org.clinic.handouts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.cli.CommandLineRunner;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic profile: what it may name, and what it is warned about. */
class ClinicProfileTest {
    @TempDir
    Path tmp;

    private List<Problem> load(String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("clinic.yaml"), yaml);
        Problems problems = new Problems(file);
        ClinicLoader.load(file, problems);
        return problems.sorted();
    }

    @Test
    void theSampleProfileLoadsWithEveryField() {
        Problems problems = new Problems(Samples.CONTENT.resolve("clinic.yaml"));
        Clinic clinic = ClinicLoader.load(Samples.CONTENT.resolve("clinic.yaml"), problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        assertThat(clinic.logo().mediaType()).isEqualTo("image/svg+xml");
        assertThat(clinic.address()).containsExactly("14 Harbour Row", "Northbridge NB2 4QT");
        assertThat(clinic.paper()).isEqualTo(Clinic.Paper.A4);
        assertThat(clinic.articlesUrl()).isEqualTo("https://www.northbridge-clinic.example/journal/");
    }

    @Test
    void lowContrastColoursAreWarningsNamingTheColours() throws IOException {
        List<Problem> problems = load("""
                name: Pale Clinic
                colours:
                  primary: "#9fd3d6"
                  tint: "#eef5f5"
                disclaimer: Not medical advice.
                """);
        assertThat(problems).extracting(Problem::toString).contains(
                tmp.resolve("clinic.yaml") + ":3:3: warning: colours.primary: #9fd3d6 on #ffffff has a contrast of 1.6:1,"
                        + " below the 4.5:1 that WCAG AA asks for headings on white paper");
        assertThat(problems).noneMatch(Problem::isError);
    }

    @Test
    void badColoursAndPaperAreErrors() throws IOException {
        assertThat(load("""
                name: A Clinic
                colours:
                  primary: teal
                paper: a5
                disclaimer: Not medical advice.
                """)).extracting(Problem::toString).containsExactly(
                tmp.resolve("clinic.yaml") + ":3:12: error: colours.primary: `teal` is not a colour; write it as #rrggbb",
                tmp.resolve("clinic.yaml") + ":4:8: error: paper: `a5` is not a paper size; use a4 or letter");
    }

    @Test
    void aValueWithALineBreakQuotedInAProblemKeepsItOnOneLine() throws IOException {
        assertThat(load("name: A Clinic\npaper: \"a4\\nzz\"\ndisclaimer: Not medical advice.\n"))
                .extracting(Problem::toString).containsExactly(tmp.resolve("clinic.yaml")
                        + ":2:8: error: paper: `a4\\nzz` is not a paper size; use a4 or letter");
    }

    @Test
    void theLogoMustStayInsideTheProfilesFolder() throws IOException {
        Files.writeString(tmp.getParent().resolve("secret.png"), "not really a png");
        for (String path : List.of("../secret.png", "/etc/secret.png")) {
            assertThat(load("name: A\nlogo: " + path + "\ndisclaimer: x\n")).singleElement().asString()
                    .contains("error: logo: `" + path + "` must be a path inside the profile's folder");
        }
        Files.createSymbolicLink(tmp.resolve("link.png"), tmp.getParent().resolve("secret.png"));
        assertThat(load("name: A\nlogo: link.png\ndisclaimer: x\n")).singleElement().asString()
                .contains("error: logo: `link.png` leads outside the profile's folder");
        assertThat(load("name: A\nlogo: passwd\ndisclaimer: x\n")).singleElement().asString()
                .contains("must be a .png, .jpg or .svg image");
    }

    @Test
    void aProfileTextTheFontsCannotDrawStopsItsArticlesWithAClearMessage() throws IOException {
        Path article = Samples.variant(tmp.resolve("in"), "any.yaml", text -> text);
        Path profile = tmp.resolve("in/clinic.yaml");
        Files.writeString(profile, Files.readString(profile).replace("14 Harbour Row", "14 Harbour Row ሰ"));
        Pipeline.Checked checked = new Pipeline(Optional.empty(), LocalDate.of(2026, 11, 23)).check(article);
        assertThat(checked.article()).isEmpty();
        assertThat(checked.problems()).extracting(Problem::toString).anySatisfy(line -> assertThat(line)
                .contains("clinic.yaml:5:5: error: address[1]: 1 character cannot be printed: 'ሰ' U+1230 ETHIOPIC SYLLABLE SA;"
                        + " none of the text fonts (CharisSIL, Lato) nor a script font of styles/scripts.yaml has a glyph for it"))
                .anySatisfy(line -> assertThat(line).contains("any.yaml:1:1: error: not rendered: the clinic profile"));
    }

    @Test
    void aLogoThatCannotBeDecodedIsAnErrorAtItsLine() throws IOException {
        Files.write(tmp.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThat(load("name: A\nlogo: broken.png\ndisclaimer: x\n")).singleElement().asString()
                .contains(":2:7: error: logo: `broken.png` cannot be read as an image");
        Files.writeString(tmp.resolve("not.svg"), "<html><body/></html>");
        assertThat(load("name: A\nlogo: not.svg\ndisclaimer: x\n")).singleElement().asString()
                .contains("its root element is <html>, not <svg>");
    }

    @Test
    void anOversizedProfileSaysSo() throws IOException {
        assertThat(load("name: A\ndisclaimer: x\n# " + "x".repeat(2 << 20) + "\n")).singleElement().asString()
                .contains(":1:1: error: the file is 2.0 MB; an article may be at most 1 MB");
    }

    @Test
    void anOverdueReviewIsAWarning() {
        Path article = Samples.variant(tmp.resolve("in"), "overdue.yaml", text -> text);
        Pipeline.Checked checked = new Pipeline(Optional.empty(), LocalDate.of(2027, 7, 1)).check(article);
        assertThat(checked.article()).isPresent();
        assertThat(checked.problems()).extracting(Problem::toString).containsExactly(article
                + ":9:14: warning: next_review: the review was due on 2027-06-24; review the article and set new"
                + " `reviewed` and `next_review` dates");
        assertThat(new Pipeline(Optional.empty(), LocalDate.of(2026, 11, 23)).check(article).problems()).isEmpty();
    }

    private static final String SVG = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    /** SVG logos Batik would refuse (or fetch for) while drawing: each one error at the logo line, at load time. */
    private static final Map<String, String> HOSTILE_SVGS = Map.of(
            "import.svg", "<svg " + SVG + " width=\"10\" height=\"10\"><style>@import url(http://example.org/x.css);"
                    + "</style><rect width=\"5\" height=\"5\"/></svg>",
            "use.svg", "<svg " + SVG + " width=\"10\" height=\"10\"><use xlink:href=\"other.svg#a\"/></svg>",
            "zero.svg", "<svg " + SVG + " width=\"0\" height=\"0\"><rect width=\"5\" height=\"5\"/></svg>",
            "strip.svg", "<svg " + SVG + " width=\"1\" height=\"20000000\"><rect width=\"1\" height=\"5\"/></svg>",
            "font.svg", "<svg " + SVG + " width=\"10\" height=\"10\"><style>@font-face { font-family: X;"
                    + " src: url(http://example.org/x.ttf); } text { font-family: X; }</style><text y=\"5\">Hi</text></svg>",
            "image.svg", "<svg " + SVG + " width=\"10\" height=\"10\"><image xlink:href=\"file:///etc/hostname\""
                    + " width=\"5\" height=\"5\"/></svg>",
            "dtd.svg", "<!DOCTYPE svg SYSTEM \"http://example.org/x.dtd\"><svg " + SVG + " width=\"10\" height=\"10\"/>",
            "entity.svg", "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"http://example.org/x.dtd\"> %p;]><svg " + SVG
                    + " width=\"10\" height=\"10\"/>",
            "loop.svg", "<svg " + SVG + " width=\"10\" height=\"10\"><g id=\"a\"><use xlink:href=\"#a\"/></g></svg>",
            "copies.svg", copies(7));
    private static final Map<String, String> REASONS = Map.of(
            "import.svg", "it names http://example.org/x.css, which is not embedded in the file",
            "use.svg", "it names other.svg#a, which is not embedded in the file",
            "zero.svg", "the drawing has no size (width 0, height 0)",
            "strip.svg", "the drawing is 1 × 20000000, far taller than wide",
            "font.svg", "it names http://example.org/x.ttf, which is not embedded in the file",
            "image.svg", "it names file:/etc/hostname, which is not embedded in the file",
            "dtd.svg", "its DOCTYPE names the file http://example.org/x.dtd",
            "entity.svg", "its DOCTYPE declares something from another file",
            "loop.svg", "a <use> copies an element that contains it (id \"a\"), which never ends",
            "copies.svg", "its <use> elements copy more than 100,000 elements");

    /** Groups each of ten {@code <use>} of the group before: ten to the power {@code levels} rectangles in a few lines. */
    private static String copies(int levels) {
        StringBuilder svg = new StringBuilder("<svg " + SVG + " width=\"10\" height=\"10\"><defs><rect id=\"g0\" width=\"1\" height=\"1\"/>");
        for (int level = 1; level <= levels; level++) {
            svg.append("<g id=\"g").append(level).append("\">");
            svg.append(("<use xlink:href=\"#g" + (level - 1) + "\"/>").repeat(10)).append("</g>");
        }
        return svg.append("</defs><use xlink:href=\"#g").append(levels).append("\"/></svg>").toString();
    }

    @Test
    void anSvgLogoThatDrawsOnlyWithOutsideFilesOrNoSizeIsAnErrorAtItsLineAndNothingIsPrinted() throws IOException {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (var svg : HOSTILE_SVGS.entrySet()) {
                Files.writeString(tmp.resolve(svg.getKey()), svg.getValue());
                assertThat(load("name: A\nlogo: " + svg.getKey() + "\ndisclaimer: x\n")).as(svg.getKey())
                        .singleElement().asString().contains(":2:7: error: logo: `" + svg.getKey()
                                + "` cannot be read as an image: " + REASONS.get(svg.getKey()));
            }
        } finally {
            System.setErr(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anSvgLogoWithItsOwnDefinitionsAndEmbeddedImagesLoads() throws IOException {
        Files.writeString(tmp.resolve("own.svg"), "<svg " + SVG + " width=\"10\" height=\"10\"><defs><rect id=\"a\""
                + " width=\"5\" height=\"5\"/></defs><use xlink:href=\"#a\"/><image width=\"5\" height=\"5\""
                + " xlink:href=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\"/></svg>");
        assertThat(load("name: A\nlogo: own.svg\ndisclaimer: x\n")).isEmpty();
    }

    @Test
    void checkAndBuildRefuseAHostileLogoAlikeWithExitOne() throws IOException {
        for (var svg : HOSTILE_SVGS.entrySet()) {
            Path folder = tmp.resolve(svg.getKey().replace(".svg", ""));
            Path article = Samples.variant(folder, "any.yaml", text -> text);
            Files.writeString(folder.resolve("logo.svg"), svg.getValue());
            String expected = "clinic.yaml:3:7: error: logo: `logo.svg` cannot be read as an image: " + REASONS.get(svg.getKey());
            for (List<String> command : List.of(List.of("check"), List.of("build", "--out", folder.resolve("out").toString()))) {
                var args = new java.util.ArrayList<>(command);
                args.add(article.toString());
                var run = CommandLineRunner.run(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(command + " " + svg.getKey()).isEqualTo(1);
                assertThat(run.err()).as(command + " " + svg.getKey()).contains(expected).doesNotContain("Exception");
            }
            assertThat(folder.resolve("out/any.pdf")).doesNotExist();
        }
    }

    @Test
    void aLogoPathWithANulCharacterIsAnErrorAtTheLogoField() throws IOException {
        assertThat(load("name: A\nlogo: \"logo\\0.png\"\ndisclaimer: x\n")).singleElement().asString()
                .contains(":2:7: error: logo: contains a character that cannot be printed: U+0000 NULL");
    }

    @Test
    void aProfileLinkedFromOutsideItsFolderIsRefused() throws IOException {
        Path outside = Files.writeString(tmp.resolve("elsewhere.yaml"), "name: A\ndisclaimer: x\n");
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Path link = Files.createSymbolicLink(folder.resolve("clinic.yaml"), outside);
        Problems problems = new Problems(link);
        assertThat(ClinicLoader.load(link, problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().asString().isEqualTo(link + ":1:1: error: the file is a symbolic"
                + " link to " + outside.toRealPath() + ", outside its folder; copy the file into the folder instead");
        Files.copy(outside, folder.resolve("real.yaml"));
        Path inside = Files.createSymbolicLink(folder.resolve("linked.yaml"), Path.of("real.yaml"));
        assertThat(ClinicLoader.load(inside, new Problems(inside))).isPresent();
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.createSymbolicLink(broken.resolve("clinic.yaml"), broken.resolve("gone.yaml"));
        assertThat(ClinicLoader.profileFor(broken, outside)).as("a broken link is read, and reported").isEqualTo(
                broken.resolve("clinic.yaml"));
    }

    @Test
    void aSecondDocumentInTheProfileIsAnErrorAtItsLine() throws IOException {
        assertThat(load("name: A\ndisclaimer: x\n---\nname: B\n")).singleElement().asString()
                .contains(":3:1: error: a second YAML document starts here");
        assertThat(load("name: A\ndisclaimer: x\n---\n# nothing after it, so nothing is lost\n")).isEmpty();
    }

    @Test
    void theProfilesWarningsAreReportedOncePerRunNotOncePerArticle() throws IOException {
        Path folder = tmp.resolve("in");
        Samples.variant(folder, "one.yaml", text -> text);
        Samples.variant(folder, "two.yaml", text -> text);
        Path profile = folder.resolve("clinic.yaml");
        Files.writeString(profile, Files.readString(profile).replace("primary: \"#0b4650\"", "primary: \"#9fd3d6\""));
        var run = CommandLineRunner.run("check", folder.toString());
        assertThat(run.err().lines().filter(l -> l.contains("warning: colours.primary"))).hasSize(2);
        assertThat(run.err()).contains("2 articles: 2 passed, 0 failed, 2 warnings");
    }
}
