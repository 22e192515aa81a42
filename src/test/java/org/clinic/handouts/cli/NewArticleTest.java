package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handouts new}: a skeleton with every field, explained, that check passes. */
class NewArticleTest {
    @TempDir
    Path tmp;

    @Test
    void theSkeletonHasEveryFieldWithACommentAndPassesCheck() throws IOException {
        Run run = Run.of("new", tmp.resolve("flu-vaccine").toString(), "--language", "es");
        assertThat(run.exitCode()).isZero();
        Path file = tmp.resolve("flu-vaccine.yaml");
        assertThat(run.out()).isEqualTo("wrote " + file + "\n");
        String text = Files.readString(file);
        for (String field : new String[] {"category", "title", "standfirst", "published", "reviewed", "next_review",
                "language", "intro", "sections", "heading", "paragraphs", "clinic_view", "questions", "question",
                "answer", "takeaway", "sources", "number", "kind", "year", "accessed", "url", "disclaimer", "canonical_url"}) {
            assertThat(text).as(field).containsPattern("(?m)^[ #]*(- )?" + field + ":.*# ");
        }
        assertThat(text).contains("language: es ", "published: " + LocalDate.now(ZoneOffset.UTC));
        // Beside a clinic profile, as an article would be; alone, the only warning is the missing profile.
        Run alone = Run.of("check", file.toString());
        assertThat(alone.err().lines().filter(l -> l.contains(": warning: ")))
                .singleElement().asString().contains("no clinic.yaml");
        for (String profileFile : new String[] {"clinic.yaml", "logo.svg"}) {
            Files.copy(Path.of("content", profileFile), tmp.resolve(profileFile));
        }
        Run check = Run.of("check", "--fail-on-warnings", file.toString());
        assertThat(check.err()).startsWith("1 article: 1 passed, 0 failed, 0 warnings");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void anExistingFileIsNeverReplacedAndABadLanguageIsRefused() throws IOException {
        Path file = tmp.resolve("mine.yaml");
        Files.writeString(file, "mine");
        Run run = Run.of("new", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("handouts: " + file + " already exists; choose another name\n");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(Run.of("new", tmp.resolve("x").toString(), "--language", "english!").exitCode()).isEqualTo(2);
        assertThat(Run.of("new", tmp.resolve("no/such/x").toString()).exitCode()).isEqualTo(2);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }
}
