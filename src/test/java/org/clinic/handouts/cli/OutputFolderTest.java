package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder's guarantees, as the README states them: one build at a time, a leaflet is "unchanged" only
 * when its bytes are the ones recorded, a crash leaves nothing stale or half-made, names never collide.
 */
class OutputFolderTest {
    private static final String TITLE = "title: \"CAR-NK Cells:";

    @TempDir
    Path tmp;

    /** Six articles, a to f, each with its letter in its title. */
    private Path library() {
        Path content = tmp.resolve("library");
        for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
            Samples.variant(content, name + ".yaml", text -> text.replace(TITLE, "title: \"" + name.toUpperCase() + " CAR-NK Cells:"));
        }
        return content;
    }

    @Test
    void aBuildKilledAfterWritingAnArticleLeavesNoStaleLeafletForTheNextRun() throws Exception {
        Path content = library();
        Path out = tmp.resolve("out");
        assertThat(Run.of("build", content.toString(), "--out", out.toString()).exitCode()).isZero();
        Path article = content.resolve("a.yaml");
        String original = Files.readString(article);
        Files.writeString(article, original.replace("A CAR-NK Cells", "Zebra Cells"));

        try (ChildBuild build = ChildBuild.start(content.toString(), "--out", out.toString(), "--threads", "1", "--no-progress")) {
            build.readUntil("wrote " + out.resolve("a.pdf"));
            build.kill();
        }
        assertThat(pdfText(out.resolve("a.pdf"))).as("the killed build did write the edit").contains("Zebra Cells");
        Files.writeString(article, original);
        Run again = Run.of("build", content.toString(), "--out", out.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("wrote " + out.resolve("a.pdf"));
        assertThat(pdfText(out.resolve("a.pdf"))).contains("A CAR-NK Cells").doesNotContain("Zebra");
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws Exception {
        Path content = library();
        Path out = tmp.resolve("out");
        try (ChildBuild first = ChildBuild.start(content.toString(), "--out", out.toString(), "--threads", "1", "--no-progress")) {
            first.readUntil("wrote ");
            Run second = Run.of("build", content.toString(), "--out", out.toString(), "--force");
            assertThat(first.alive()).as("the first build was still running").isTrue();

            assertThat(second.exitCode()).isEqualTo(3);
            assertThat(second.err()).contains("handouts: another build is writing to " + out)
                    .contains("6 articles: 0 rendered, 0 failed, 6 not written");
            assertThat(second.out()).isEmpty();
            assertThat(first.waitFor()).isZero();
        }
        Run after = Run.of("build", content.toString(), "--out", out.toString());
        assertThat(after.err()).contains("6 articles: 0 rendered, 6 unchanged");
        for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
            assertThat(pdfText(out.resolve(name + ".pdf"))).contains(name.toUpperCase() + " CAR-NK Cells");
        }
    }

    @Test
    void outputNamesThatCollideAcrossVariantsFailBothArticlesAndTheOthersAreWritten() {
        Path content = tmp.resolve("library");
        Samples.variant(content, "x.yaml", text -> text);
        Samples.variant(content, "x-large-print.yaml", text -> text.replace(TITLE, "title: \"Other Cells:"));
        Samples.variant(content, "y.yaml", text -> text);
        Path out = tmp.resolve("out");

        Run run = Run.of("build", content.toString(), "--out", out.toString(), "--variant", "standard,large-print");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(content.resolve("x.yaml") + ":1:1: error: not rendered: "
                        + content.resolve("x-large-print.yaml") + " would also write x-large-print.pdf")
                .contains(content.resolve("x-large-print.yaml") + ":1:1: error: not rendered: "
                        + content.resolve("x.yaml") + " would also write x-large-print.pdf")
                .contains("3 articles: 1 rendered, 2 failed");
        assertThat(out.resolve("x-large-print.pdf")).doesNotExist();
        assertThat(out.resolve("x.pdf")).doesNotExist();
        assertThat(out.resolve("y-large-print.pdf")).exists();
    }

    @Test
    void anUpToDateBuildWritesNothingAtAll() throws IOException {
        Path content = library();
        Path out = tmp.resolve("out");
        Run.of("build", content.toString(), "--out", out.toString());
        Map<String, Object> before = stamps(out);

        Run again = Run.of("build", content.toString(), "--out", out.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("6 unchanged");
        assertThat(stamps(out)).as("every file, the manifest included, is the same file with the same time")
                .isEqualTo(before);
    }

    @Test
    void anUpToDateBuildIntoAReadOnlyFolderSucceeds() throws IOException {
        Path content = library();
        Path out = tmp.resolve("out");
        Run.of("build", content.toString(), "--out", out.toString());
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "running as root: file modes do not stop writing");
            Run again = Run.of("build", content.toString(), "--out", out.toString());
            assertThat(again.exitCode()).isZero();
            assertThat(again.err()).contains("6 unchanged");

            Files.writeString(content.resolve("b.yaml"), Files.readString(content.resolve("b.yaml")).replace("B CAR", "Bee CAR"));
            Run changed = Run.of("build", content.toString(), "--out", out.toString());
            assertThat(changed.exitCode()).isEqualTo(3);
            assertThat(changed.err().lines().filter(l -> l.contains("cannot write to " + out))).hasSize(1);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneErrorAndASummary() throws IOException {
        Path content = library();
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");

        Run run = Run.of("build", content.toString(), "--out", file.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("handouts: cannot write to " + file.resolve("out") + ": Not a directory\n"
                + run.err().lines().toList().getLast() + "\n");
        assertThat(run.err()).contains("6 articles: 0 rendered, 0 failed, 6 not written, 0 warnings");
    }

    @Test
    void anOutputFolderThatIsABrokenLinkSaysSo() throws IOException {
        Path content = library();
        Path link = Files.createSymbolicLink(tmp.resolve("out"), tmp.resolve("gone/out"));

        Run run = Run.of("build", content.toString(), "--out", link.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("handouts: cannot write to " + link + ": it is a file or a broken link,"
                + " not a folder\n").contains("6 not written");
    }

    @Test
    void aFolderThatCannotTakeTheLeafletsIsOneErrorNotOnePerArticle() throws IOException {
        Path content = library();
        Path out = tmp.resolve("out");
        for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
            Files.writeString(Files.createDirectories(out.resolve(name + ".pdf")).resolve("in-the-way"), "x");
        }

        Run run = Run.of("build", content.toString(), "--out", out.toString(), "--threads", "1");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("handouts: cannot write to " + out + ": Is a directory ("
                + out.resolve("a.pdf") + ")\n" + run.err().lines().toList().getLast() + "\n");
        assertThat(run.err()).contains("6 articles: 0 rendered, 0 failed, 6 not written");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLeafletChangedBehindTheManifestsBackIsRenderedAgain() throws IOException {
        Path content = library();
        Path out = tmp.resolve("out");
        Run.of("build", content.toString(), "--out", out.toString());
        Files.copy(out.resolve("b.pdf"), out.resolve("c.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Run again = Run.of("build", content.toString(), "--out", out.toString());

        assertThat(again.out()).contains("wrote " + out.resolve("c.pdf")).doesNotContain("wrote " + out.resolve("b.pdf"));
        assertThat(pdfText(out.resolve("c.pdf"))).contains("C CAR-NK Cells");
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedAndNothingElse() throws IOException {
        Path content = library();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path[] leftovers = {out.resolve(".a.pdf.8141295563473.partial"), out.resolve(".b.epub.77.partial"),
                out.resolve("..handouts-manifest.903.partial"), out.resolve(".line\nbreak.pdf.5.partial")};
        Path[] kept = {out.resolve("notes.partial"), out.resolve(".notes.txt.12.partial"), out.resolve("a.pdf.1.partial")};
        for (Path file : Stream.concat(Stream.of(leftovers), Stream.of(kept)).toList()) {
            Files.writeString(file, "half");
        }

        assertThat(Run.of("build", content.toString(), "--out", out.toString()).exitCode()).isZero();

        assertThat(leftovers).allMatch(Files::notExists);
        assertThat(kept).allMatch(Files::exists);
    }

    @Test
    void anArticleTooDeeplyNestedToRenderFailsAloneInOneLine() {
        Path content = library();
        String deep = "*a ".repeat(3000) + "z" + " a*".repeat(3000);
        Path article = Samples.variant(content, "deep.yaml", text -> text.replace("intro:\n", "intro:\n  - \"" + deep + "\"\n"));
        Path out = tmp.resolve("out");

        Run run = Run.of("build", content.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(article.toString()).doesNotContain("\tat ").contains("7 articles: 6 rendered, 1 failed");
        assertThat(run.err().lines().filter(l -> l.contains("deep.yaml"))).hasSize(1);
        assertThat(out.resolve("f.pdf")).exists();
        assertThat(out.resolve("deep.pdf")).doesNotExist();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Each file's identity (inode) and modification time. */
    private static Map<String, Object> stamps(Path folder) throws IOException {
        Map<String, Object> stamps = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(file.getFileName().toString(), attributes.fileKey() + "@" + attributes.lastModifiedTime());
            }
        }
        return stamps;
    }
}
