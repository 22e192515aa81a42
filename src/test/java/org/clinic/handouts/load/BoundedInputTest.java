package org.clinic.handouts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or absurd files end in one clear error, not in an out-of-memory or a hang. */
class BoundedInputTest {
    @TempDir
    Path tmp;

    private List<Problem> load(Path file) {
        Clinic clinic = org.clinic.handouts.Samples.builtInClinic();
        Problems problems = new Problems(file);
        assertThat(new ArticleLoader(clinic).load(file, problems)).isEmpty();
        return problems.sorted();
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAlias() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("title: *i\n");
        Path file = Files.writeString(tmp.resolve("bomb.yaml"), bomb);
        assertThat(load(file)).first().hasToString(file + ":2:8: error: YAML aliases (*a) are not supported; write the value out");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = tmp.resolve("huge.yaml");
        byte[] line = "- lorem ipsum dolor sit amet, consectetur adipiscing elit\n".getBytes();
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(load(file)).singleElement().asString()
                .isEqualTo(file + ":1:1: error: the file is 50.0 MB; an article may be at most 1 MB");
    }

    @Test
    void absurdNestingIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("deep.yaml"), "title: " + "[".repeat(500) + "]".repeat(500) + "\n");
        assertThat(load(file)).singleElement().asString().contains(file + ":").contains("error:");
    }
}
