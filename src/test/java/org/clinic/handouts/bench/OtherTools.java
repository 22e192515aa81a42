package org.clinic.handouts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the usual free alternative: Pandoc for the EPUB, WeasyPrint for the PDF, when they are on the PATH. Each
 * cold single-article run is one new process, like ours. On the whole library Pandoc runs once per article (it
 * has no batch mode, and starts in milliseconds); WeasyPrint runs in one Python process for the whole library
 * through its API, as our jar renders the library in one JVM, so neither side pays its runtime's start per
 * article. Both get as many processes at once as our jar gets threads.
 */
final class OtherTools {
    private static final String BATCH = """
            import sys, weasyprint
            for line in open(sys.argv[1], encoding="utf-8"):
                source, target = line.rstrip("\\n").split("\\t")
                weasyprint.HTML(filename=source).write_pdf(target)
            """;

    private final Optional<Path> pandoc;
    private final Optional<Path> weasyprint;
    private final TimedProcess processes;

    OtherTools(TimedProcess processes) {
        this.processes = processes;
        this.pandoc = onPath("pandoc");
        this.weasyprint = onPath("weasyprint");
    }

    boolean hasPandoc() {
        return pandoc.isPresent();
    }

    boolean hasWeasyPrint() {
        return weasyprint.isPresent();
    }

    String version(String tool) {
        Path exe = (tool.equals("pandoc") ? pandoc : weasyprint).orElseThrow();
        return processes.run(tool + "-version", List.of(exe.toString(), "--version")).output()
                .lines().findFirst().orElse("");
    }

    TimedProcess.Result pandocOne(Path markdown, Path epub) {
        return processes.run("pandoc", pandocCommand(markdown, epub));
    }

    TimedProcess.Result weasyprintOne(Path html, Path pdf) {
        return processes.run("weasyprint",
                List.of(weasyprint.orElseThrow().toString(), html.toString(), pdf.toString()));
    }

    TimedProcess.Result pandocLibrary(List<Path> markdown, Path outDir, int parallelism) {
        List<List<String>> commands = new ArrayList<>();
        for (Path md : markdown) {
            commands.add(pandocCommand(md, outDir.resolve(renamed(md, ".epub"))));
        }
        return processes.runAll("pandoc-library", commands, parallelism);
    }

    /** EPUB 2 like ours; images are found beside the Markdown. */
    private List<String> pandocCommand(Path markdown, Path epub) {
        return List.of(pandoc.orElseThrow().toString(), "--from", "markdown", "--to", "epub2",
                "--resource-path", markdown.getParent().toString(), "--output", epub.toString(), markdown.toString());
    }

    /** The library split into {@code parallelism} lists, one Python process each. */
    TimedProcess.Result weasyprintLibrary(List<Path> html, Path outDir, int parallelism) throws IOException {
        String python = interpreter(weasyprint.orElseThrow());
        List<List<String>> commands = new ArrayList<>();
        for (int part = 0; part < parallelism; part++) {
            StringBuilder list = new StringBuilder();
            for (int i = part; i < html.size(); i += parallelism) {
                list.append(html.get(i)).append('\t').append(outDir.resolve(renamed(html.get(i), ".pdf"))).append('\n');
            }
            Path listFile = Files.writeString(
                    outDir.resolveSibling(outDir.getFileName() + "-list-" + part + ".tsv"), list);
            commands.add(List.of(python, "-c", BATCH, listFile.toString()));
        }
        return processes.runAll("weasyprint-library", commands, parallelism);
    }

    /** The Python of the {@code weasyprint} script's {@code #!} line: the one where {@code import weasyprint} works. */
    private static String interpreter(Path script) throws IOException {
        String first;
        try (var reader = Files.newBufferedReader(script.toRealPath(), StandardCharsets.ISO_8859_1)) {
            first = Objects.requireNonNullElse(reader.readLine(), "");  // Latin-1: a binary cannot fail to decode
        }
        if (!first.startsWith("#!") || !first.contains("python")) {
            throw new IllegalStateException(script + " is not a Python script; cannot batch WeasyPrint");
        }
        String[] parts = first.substring(2).strip().split("\\s+");
        return parts[0].endsWith("env") ? parts[1] : parts[0];
    }

    private static String renamed(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + extension;
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, tool)).filter(Files::isExecutable).findFirst();
    }
}
