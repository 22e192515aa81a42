package org.clinic.handouts.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;

/**
 * Whatever bytes an editor saves, loading and checking ends in problems with positions, never in an
 * exception. Every test run replays the seeds in {@code ArticleFuzzTestInputs}; CI fuzzes for a short while
 * with {@code JAZZER_FUZZ=1}, and a crash it finds is saved there as a new seed.
 */
class ArticleFuzzTest {
    private static final Pipeline PIPELINE = new Pipeline(Optional.empty());
    private static final Path FOLDER = temporaryFolder();

    @FuzzTest(maxDuration = "30s")
    void loadAndCheckReportOnlyProblems(byte[] article) throws IOException {
        Path file = Files.write(FOLDER.resolve("fuzzed.yaml"), article);
        try {
            Pipeline.Checked checked = PIPELINE.check(file);
            if (checked.article().isEmpty()) {
                assertThat(checked.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.position().line()).isPositive());
            }
        } catch (HandoutsException expected) {
            // The project's own error type is an acceptable outcome.
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("handouts-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
