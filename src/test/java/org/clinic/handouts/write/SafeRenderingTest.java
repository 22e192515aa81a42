package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.Samples;
import org.clinic.handouts.cli.CommandLineRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.pdf.ITextOutputDevice;

/** Article text is data: it prints as typed, never runs, and rendering never reaches out of its files. */
class SafeRenderingTest {
    private static final String HOSTILE = "Try ${7*7} and <#if true>x</#if> and <script>alert(1)</script>"
            + " & \"quotes\" 'too' ≤ ≥ µ — done.";

    @TempDir
    Path tmp;

    @Test
    void templateSyntaxAndHtmlInContentComeOutLiterally() throws IOException {
        Path article = Samples.variant(tmp.resolve("in"), "hostile.yaml", text -> text
                .replace("title: \"CAR-NK Cells:", "title: \"${title} <b>CAR-NK</b> Cells:")
                .replace("      - >-\n        The review asked", "      - |-\n        " + HOSTILE + "\n      - >-\n        The review asked"));
        Samples.render(article, tmp.resolve("out"));

        try (PDDocument pdf = PdfPages.open(tmp.resolve("out/hostile.pdf"))) {
            String text = PdfPages.flatText(pdf);
            // Straight quotes print as the language's quotes (English: “…” ‘…’); everything else as typed.
            // Compared without white space: where the lines break ("</" | "script>") depends on the measure.
            assertThat(text.replaceAll("\\s+", "")).contains(PdfPages.englishQuotes(HOSTILE).replaceAll("\\s+", ""))
                    .contains("${title}<b>CAR-NK</b>Cells:");
            assertThat(text).doesNotContain("49");
        }
        try (ZipFile epub = new ZipFile(tmp.resolve("out/hostile.epub").toFile())) {
            String chapter = new String(epub.getInputStream(epub.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(chapter).contains("Try ${7*7} and &lt;#if true&gt;x&lt;/#if&gt; and &lt;script&gt;alert(1)&lt;/script&gt;"
                    + " &amp; “quotes” ‘too’ ≤ ≥ µ\u00A0— done.")   // a spaced dash stays on its line (render.Typography)
                    .contains("${title} &lt;b&gt;CAR-NK&lt;/b&gt; Cells:")
                    .doesNotContain("<script").doesNotContain("<b>");
        }
    }

    @Test
    void layoutsCannotMakeRenderingFetchFromTheNetwork() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            Path styles = tmp.resolve("styles");
            Files.createDirectories(styles);
            String layout = Files.readString(Path.of("styles/article.ftlx")).replace("<body>",
                    "<body><img src=\"http://127.0.0.1:" + server.getLocalPort() + "/logo.png\" alt=\"\"/>"
                            + "<img src=\"file:///etc/hostname\" alt=\"\"/>");
            Files.writeString(styles.resolve("article.ftlx"), layout);

            var run = CommandLineRunner.run("build", Samples.CAR_NK.toString(), "--styles", styles.toString(),
                    "--out", tmp.resolve("out").toString());

            assertThat(run.exitCode()).isZero();
            assertThatThrownBy(server::accept).as("no connection reached the server")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void theUserAgentRefusesEverythingButFlyingSaucersOwnStylesheet() {
        LocalOnlyUserAgent agent = new LocalOnlyUserAgent(new ITextOutputDevice(26.666f), 20, java.util.Map.of(), new PdfImages());
        assertThatThrownBy(() -> agent.openStream("file:///etc/passwd")).hasMessageContaining("refused");
        assertThatThrownBy(() -> agent.openStream("https://example.org/x.css")).hasMessageContaining("refused");
        assertThatThrownBy(() -> agent.openStream("jar:file:/tmp/evil.jar!/resources/css/x.css")).hasMessageContaining("refused");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputUntouchedAndNoPartialFiles() throws IOException {
        Path out = tmp.resolve("out");
        Samples.render(Samples.CAR_NK, out);
        String pdfBefore = Samples.sha256(out.resolve("car-nk-cells.pdf"));
        String epubBefore = Samples.sha256(out.resolve("car-nk-cells.epub"));

        Path styles = Files.createDirectories(tmp.resolve("broken-styles"));
        Files.writeString(styles.resolve("article.ftlx"), Files.readString(Path.of("styles/article.ftlx"))
                .replace("${typeset(article.title)}</h1>", "${article.noSuchField}</h1>"));
        var run = CommandLineRunner.run("build", Samples.CAR_NK.toString(), "--styles", styles.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("layout article.ftlx:").contains("noSuchField");
        assertThat(Samples.sha256(out.resolve("car-nk-cells.pdf"))).isEqualTo(pdfBefore);
        assertThat(Samples.sha256(out.resolve("car-nk-cells.epub"))).isEqualTo(epubBefore);
        try (var files = Files.list(out)) {
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .filteredOn(name -> !name.equals(Manifest.FILE_NAME) && !name.equals(OutputLock.FILE_NAME))
                    .containsExactlyInAnyOrder("car-nk-cells.pdf", "car-nk-cells.epub");
        }
    }
}
