package org.clinic.handouts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article example in the README is a real, valid article, so new editors can start from it. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleArticleLoadsWithoutProblems(@TempDir Path tmp) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Writing an article");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Path file = Files.writeString(tmp.resolve("example.yaml"), yaml);

        Problems problems = new Problems(file);
        Article article = new ArticleLoader(org.clinic.handouts.Samples.builtInClinic()).load(file, problems)
                .orElseThrow(() -> new AssertionError(problems.sorted())).article();

        assertThat(problems.sorted()).isEmpty();
        assertThat(article.sections()).hasSize(1);
        assertThat(article.sections().getFirst().paragraphs()).hasSize(2);
        assertThat(article.questions()).hasSize(1);
        assertThat(article.clinicView()).hasSize(1);
        assertThat(article.sources()).hasSize(2);
        assertThat(article.sources().get(1).year()).as("an undated web page").isNull();
        assertThat(article.sources().get(1).accessed()).isEqualTo(java.time.LocalDate.of(2026, 5, 2));
        assertThat(article.readingMinutes()).isEqualTo(1);
    }
}
