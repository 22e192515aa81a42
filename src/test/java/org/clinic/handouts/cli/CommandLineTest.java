package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as the README describes it. Each test is one command and what the user sees. */
class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsTheCommandsOptionsAndExitCodes() {
        Run run = Run.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("build", "check", "Exit codes:", "0", "1", "2", "3");
        Run build = Run.of("build", "--help");
        assertThat(build.out()).contains("--out", "--format", "--styles", "Exit codes:",
                "one or more articles have errors");
    }

    @Test
    void helpGivesEachCommandAWholeSentence() {
        Run run = Run.of("--help");
        assertThat(run.out()).contains("  build   Renders each article to OUT/<name>.pdf and OUT/<name>.epub.\n")
                .contains("  check   Checks articles without rendering them.\n")
                .contains("  watch   Builds, then rebuilds what each save changed, until Ctrl-C.\n")
                .contains("  report  Writes the library's review status: OUT/library-report.pdf and .csv.\n")
                .contains("  new     Starts an article: PATH.yaml, a skeleton with every field explained.\n");
        assertThat(Run.of("build", "--help").out()).contains("--threads=N", "1 to 64", "--verbose");
    }

    @Test
    void everyUsageErrorExitsWithTwoAndOneLine() {
        for (String[] args : new String[][] {{"build", "--bogus"}, {"build", "--threads", "abc"}, {"frobnicate"},
                {"build", "--threads", "65"}, {"build", "--threads", "0"}, {},
                {"check", "content", "--styles", tmp.resolve("no-such-styles").toString()},
                {"build", "content", "--styles", "content/car-nk-cells.yaml", "--out", tmp.toString()},
                {"build", "content", "--variant", ",", "--format", "pdf", "--out", tmp.toString()}}) {
            Run run = Run.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("handouts: ").hasLineCount(1);
        }
        assertThat(Run.of("build", "--bogus").err()).isEqualTo("handouts: Unknown option: '--bogus' (see handouts build --help)\n");
    }

    @Test
    void buildWritesAPdfAndAnEpubPerArticle() {
        Run run = Run.of("build", "content/car-nk-cells.yaml", "--out", tmp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + tmp.resolve("car-nk-cells.pdf") + "\n"
                + "wrote " + tmp.resolve("car-nk-cells.epub") + "\n");
        // The sample reads above the default target of grade 8: four reading-level warnings, nothing else.
        assertThat(run.err()).contains("1 article: 1 rendered, 0 failed, 4 warnings");
        assertThat(tmp.resolve("car-nk-cells.pdf")).isNotEmptyFile();
        assertThat(tmp.resolve("car-nk-cells.epub")).isNotEmptyFile();
    }

    @Test
    void aDamagedFontInTheStylesFolderIsNamedAndNothingIsWritten() throws IOException {
        Path fonts = Files.createDirectories(tmp.resolve("styles/fonts"));
        Files.write(fonts.resolve("Broken.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 'g', 'l', 'y', 'f'});
        Path out = tmp.resolve("out");

        Run run = Run.of("build", "content/car-nk-cells.yaml", "--styles", tmp.resolve("styles").toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("the font " + fonts.resolve("Broken.ttf").toUri() + " cannot be used")
                .doesNotContain("internal error");
        assertThat(out.resolve("car-nk-cells.pdf")).doesNotExist();
    }

    @Test
    void formatPdfWritesOnlyThePdf() {
        Run run = Run.of("build", "content", "--format", "pdf", "--out", tmp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(tmp.resolve("car-nk-cells.pdf")).exists();
        assertThat(tmp.resolve("car-nk-cells.epub")).doesNotExist();
    }

    @Test
    void aBadArticleIsReportedAndSkippedWhileTheOthersAreWritten() {
        Path folder = tmp.resolve("content");
        Samples.variant(folder, "good.yaml", text -> text);
        Samples.variant(folder, "bad.yaml", text -> text.replace("title: \"CAR-NK", "titel: \"CAR-NK"));
        Path out = tmp.resolve("out");

        Run run = Run.of("build", folder.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(folder.resolve("bad.yaml") + ":3:1: error: titel: unknown field; did you mean `title`?")
                .contains(folder.resolve("bad.yaml") + ":2:1: error: title: missing; this field is required")
                .contains("2 articles: 1 rendered, 1 failed");
        assertThat(out.resolve("good.pdf")).exists();
        assertThat(out.resolve("good.epub")).exists();
        assertThat(out.resolve("bad.pdf")).doesNotExist();
        assertThat(out.resolve("bad.epub")).doesNotExist();
    }

    @Test
    void aMissingFileIsAUsageError() {
        Run run = Run.of("build", tmp.resolve("nope.yaml").toString(), "--out", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or folder");
    }

    @Test
    void twoArticlesWithTheSameNameAreAUsageError() {
        Samples.variant(tmp.resolve("lib/a"), "same.yaml", text -> text);
        Samples.variant(tmp.resolve("lib/b"), "same.yaml", text -> text);
        Run run = Run.of("build", tmp.resolve("lib").toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("two articles would write the same files");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void namesThatDifferOnlyInCaseAreRefusedByCheckAsByBuild() {
        Samples.variant(tmp.resolve("lib/a"), "Same.yaml", text -> text);
        Samples.variant(tmp.resolve("lib/b"), "same.yaml", text -> text);
        for (String command : new String[] {"check", "build"}) {
            Run run = Run.of(command, tmp.resolve("lib").toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("two articles would write the same files").hasLineCount(1);
        }
    }

    @Test
    void aContentFolderThatIsASymbolicLinkIsRead() throws IOException {
        Samples.variant(tmp.resolve("real/sub"), "linked.yaml", text -> text);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));
        Run run = Run.of("build", link.toString(), "--format", "pdf", "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + tmp.resolve("out/linked.pdf") + "\n");
        assertThat(Run.of("check", link + "/").err()).contains("1 article: 1 passed");
    }

    @Test
    void aFileNameTooLongForItsLeafletsIsThatArticlesErrorInCheckAndBuild() {
        String name = "n".repeat(201);
        Samples.variant(tmp.resolve("lib"), name + ".yaml", text -> text);
        Samples.variant(tmp.resolve("lib"), "short.yaml", text -> text);
        String error = tmp.resolve("lib/" + name + ".yaml") + ":1:1: error: the file name is 201 bytes long";

        Run check = Run.of("check", tmp.resolve("lib").toString());
        Run build = Run.of("build", tmp.resolve("lib").toString(), "--format", "pdf", "--variant", "large-print",
                "--out", tmp.resolve("out").toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains(error);
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).contains(error);
        assertThat(tmp.resolve("out/short-large-print.pdf")).exists();
    }

    @Test
    void pdfaBookletsAreRefusedAsUsage() {
        Run run = Run.of("build", "content", "--pdfa", "--variant", "booklet", "--out", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--pdfa applies to the standard and large-print leaflets");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Run.of("build", "content", "--format", "docx", "--out", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format must be pdf, epub or both");
    }

    @Test
    void checkReportsWarningsAndFailsOnThemOnlyWhenAsked() throws IOException {
        Path article = Samples.variant(tmp, "uncited.yaml", text -> text + """
                  - number: 2
                    title: A source nobody cites
                    kind: Website
                    year: 2024
                    url: https://example.org/uncited
                """);
        Run lenient = Run.of("check", article.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains("warning: sources[2]: source 2 is never cited");
        assertThat(Run.of("check", "--fail-on-warnings", article.toString()).exitCode()).isEqualTo(1);
        assertThat(Files.list(tmp)).noneMatch(p -> p.toString().endsWith(".pdf"));
    }

    /** content/ holds the sample in English, Spanish, Arabic and Chinese. */
    @Test
    void theSampleContentPassesCheckWithReadingLevelsAsTheOnlyWarnings() {
        Run run = Run.of("check", "content");
        assertThat(run.exitCode()).isZero();
        List<String> warnings = run.err().lines().filter(l -> l.contains(": warning: ")).toList();
        // The English sample reads above the default target of grade 8; so may the Spanish one. Arabic and
        // Chinese have no formula, hence no warning.
        assertThat(warnings).isNotEmpty().allMatch(l -> l.contains(": reads at grade "))
                .noneMatch(l -> l.contains("-ar.yaml") || l.contains("-zh.yaml"));
        assertThat(run.err()).contains("4 articles: 4 passed, 0 failed, " + warnings.size() + " warnings (");
        assertThat(Run.of("check", "--fail-on-warnings", "content").exitCode()).isEqualTo(1);
    }

    @Test
    void aBrokenLinkInAFolderIsReportedNotSkipped() throws IOException {
        Path folder = Samples.variant(tmp.resolve("in"), "a.yaml", text -> text).getParent();
        Files.createSymbolicLink(folder.resolve("x.yaml"), Path.of("nowhere.yaml"));
        Run run = Run.of("check", folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(folder.resolve("x.yaml") + ":1:1: error: the file is a symbolic link to "
                + "nowhere.yaml, which does not exist").contains("2 articles: 1 passed, 1 failed");
    }
}
