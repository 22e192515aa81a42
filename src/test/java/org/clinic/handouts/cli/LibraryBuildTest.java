package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of articles built at once: in parallel, reproducibly, and only what changed. */
class LibraryBuildTest {
    @TempDir
    Path tmp;

    /** Five variants of the sample in nested folders, so the library has some shape. */
    private Path library() {
        Path content = tmp.resolve("library");
        Samples.variant(content, "a-first.yaml", text -> text);
        Samples.variant(content.resolve("b"), "b-second.yaml", text -> text.replace("Immune Health", "Cell Therapy"));
        Samples.variant(content.resolve("b"), "c-third.yaml", text -> text.replace("24 Jun", "25 Jun")
                .replace("published: 2026-06-24", "published: 2026-06-25"));
        Samples.variant(content.resolve("d"), "d-fourth.yaml", text -> text.replace("What did the review find?",
                "What did the 2025 review find?"));
        Samples.variant(content.resolve("d"), "e-fifth.yaml", text -> text.replace("takeaway: >-", "takeaway: >-\n  In short:"));
        return content;
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !f.getFileName().toString().startsWith(".")).forEach(f -> out.put(f.getFileName().toString(), Samples.sha256(f)));
        }
        return out;
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameBytesInTheSameReportedOrder() throws IOException {
        Path content = library();
        Run one = Run.of("build", content.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1");
        Run two = Run.of("build", content.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2");
        assertThat(one.exitCode()).isZero();
        assertThat(two.exitCode()).isZero();
        assertThat(digests(tmp.resolve("one"))).hasSize(10).isEqualTo(digests(tmp.resolve("two")));
        assertThat(one.out().replace(tmp.resolve("one").toString(), "OUT"))
                .isEqualTo(two.out().replace(tmp.resolve("two").toString(), "OUT"))
                .startsWith("wrote OUT/a-first.pdf\nwrote OUT/a-first.epub\nwrote OUT/b-second.pdf\n");
        assertThat(two.err()).contains("5 articles: 5 rendered, 0 failed, 0 warnings");
    }

    @Test
    void unchangedArticlesAreSkippedUntilSomethingTheyDependOnChanges() throws IOException {
        Path content = library();
        Path out = tmp.resolve("out");
        assertThat(Run.of("build", content.toString(), "--out", out.toString()).err()).contains("5 rendered");

        Run again = Run.of("build", content.toString(), "--out", out.toString());
        assertThat(again.err()).contains("5 articles: 0 rendered, 5 unchanged, 0 failed");
        assertThat(again.out()).contains("unchanged " + content.resolve("a-first.yaml"));

        Files.writeString(content.resolve("b/c-third.yaml"), Files.readString(content.resolve("b/c-third.yaml"))
                .replace("Two themes stand out.", "Three themes stand out."));
        Files.delete(out.resolve("d-fourth.epub"));
        Run changed = Run.of("build", content.toString(), "--out", out.toString());
        assertThat(changed.err()).contains("5 articles: 2 rendered, 3 unchanged");
        assertThat(changed.out()).contains("wrote " + out.resolve("c-third.pdf"), "wrote " + out.resolve("d-fourth.epub"));

        Files.writeString(content.resolve("d/clinic.yaml"), Files.readString(content.resolve("d/clinic.yaml"))
                .replace("Telephone", "Telephone").replace("01632 960 412", "01632 960 413"));
        assertThat(Run.of("build", content.toString(), "--out", out.toString()).err())
                .as("a changed clinic profile re-renders its folder").contains("2 rendered, 3 unchanged");
        assertThat(Run.of("build", content.toString(), "--out", out.toString(), "--format", "pdf").err())
                .as("other options are other outputs").contains("5 rendered");
        assertThat(Run.of("build", content.toString(), "--out", out.toString(), "--force", "--format", "pdf").err())
                .contains("5 rendered, 0 failed");
    }

    @Test
    void plainOutputHasNoProgressBarEscapes() {
        Run run = Run.of("build", library().toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.err()).doesNotContain("\r").doesNotContain("\u001b[");
    }
}
