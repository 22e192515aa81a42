package org.clinic.handouts.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Ace by DAISY ({@code ace-puppeteer} from {@code src/test/ace}, installed by {@code npm ci}) on an EPUB with
 * Debian's chromium, kept off the network by {@code src/test/ace/chromium-offline}, and returns every failed
 * assertion of its report, whatever its severity.
 */
final class AceCheck {
    static final Path FOLDER = Path.of("src/test/ace");
    static final Path ACE = FOLDER.resolve("node_modules/.bin/ace-puppeteer");
    static final Path BROWSER = FOLDER.resolve("chromium-offline");
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private AceCheck() {}

    /** Why Ace cannot run here, or empty when it can. */
    static Optional<String> unavailable() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of("Ace by DAISY needs chromium at " + CHROMIUM + " (apt-get install -y chromium)");
        }
        if (!Files.isExecutable(ACE)) {
            return Optional.of("Ace by DAISY is not installed: PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1 "
                    + "npm ci --prefix " + FOLDER);
        }
        return Optional.empty();
    }

    /** "impact rule (file): description" for each failed assertion Ace reports on {@code epub}. */
    static List<String> violations(Path epub, Path reportFolder) throws IOException, InterruptedException {
        Path log = reportFolder.resolveSibling(reportFolder.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(ACE.toAbsolutePath().toString(), "-s", "-f", "-o",
                reportFolder.toAbsolutePath().toString(), epub.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PUPPETEER_EXECUTABLE_PATH", BROWSER.toAbsolutePath().toString());
        builder.environment().put("CHROMIUM", CHROMIUM.toAbsolutePath().toString());
        Process ace = builder.start();
        if (!ace.waitFor(3, TimeUnit.MINUTES)) {
            ace.destroyForcibly();
            throw new AssertionError("Ace did not finish within 3 minutes on " + epub + "; see " + log);
        }
        Path report = reportFolder.resolve("report.json");
        if (ace.exitValue() != 0 || !Files.isRegularFile(report)) {
            throw new AssertionError("Ace failed (exit " + ace.exitValue() + ") on " + epub + ":\n"
                    + Files.readString(log));
        }
        List<String> failed = new ArrayList<>();
        for (JsonNode document : new ObjectMapper().readTree(report.toFile()).path("assertions")) {
            for (JsonNode check : document.path("assertions")) {
                if ("fail".equals(check.path("earl:result").path("earl:outcome").asText())) {
                    failed.add(check.path("earl:test").path("earl:impact").asText() + " "
                            + check.path("earl:test").path("dct:title").asText() + " ("
                            + document.path("earl:testSubject").path("url").asText() + "): "
                            + check.path("earl:result").path("dct:description").asText());
                }
            }
        }
        return failed;
    }
}
