package org.clinic.handouts.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.cli.CommandLineRunner;
import org.clinic.handouts.model.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken articles, each with the exact messages an editor should see ({@code bad/x.yaml} →
 * {@code bad/x.errors}). After changing a message on purpose, regenerate the golden files with
 * {@code mvn test -Dtest=BadArticlesTest -Dgolden=update} and review the diff by eye.
 */
class BadArticlesTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad");
    private static final boolean UPDATE = "update".equals(System.getProperty("golden"));
    private static final Pipeline PIPELINE = new Pipeline(Optional.empty());

    @TestFactory
    Stream<DynamicTest> eachBadArticleGetsItsExactMessages() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(CORPUS)) {
            articles = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(15);
        return articles.stream().map(article -> DynamicTest.dynamicTest(article.getFileName().toString(), () -> {
            Pipeline.Checked checked = PIPELINE.check(article);
            String actual = checked.problems().stream().map(Problem::toString)
                    .map(line -> line.replace(CORPUS + "/", "bad/"))
                    .collect(Collectors.joining("\n", "", "\n"));
            Path golden = article.resolveSibling(article.getFileName().toString().replace(".yaml", ".errors"));
            if (UPDATE) {
                Files.writeString(golden, actual);
            }
            assertThat(actual).isEqualTo(Files.readString(golden));
            boolean hasErrors = checked.problems().stream().anyMatch(Problem::isError);
            assertThat(checked.article().isPresent()).as("renderable").isEqualTo(!hasErrors);
        }));
    }

    /**
     * {@code build} refuses exactly what {@code check} reports, as article errors (exit 1), never as a tool fault
     * (exit 3) found halfway through rendering, and writes nothing for a refused article.
     */
    @Test
    void buildRefusesEveryBadArticleWithTheSameErrorsAndExitOne(@TempDir Path out) throws IOException {
        CommandLineRunner.Result run = CommandLineRunner.run("build", CORPUS.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("internal error", "Exception", "\tat ");
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path golden : files.filter(f -> f.toString().endsWith(".errors")).sorted().toList()) {
                List<String> errors = Files.readAllLines(golden).stream().filter(l -> l.contains(": error: "))
                        .map(line -> line.replace("bad/", CORPUS + "/")).toList();
                String name = golden.getFileName().toString().replace(".errors", "");
                errors.forEach(error -> assertThat(run.err()).as(name).contains(error));
                assertThat(out.resolve(name + ".pdf").toFile().exists()).as(name + ".pdf written").isEqualTo(errors.isEmpty());
            }
        }
    }
}
