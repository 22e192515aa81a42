package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder without clinic.yaml renders with the built-in profile, and check and build say so once. */
class PlaceholderClinicTest {
    private static final String WARNING = "warning: no clinic.yaml: leaflets show the placeholder clinic 'Your Clinic'";

    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutAProfileWarnsOncePerRun() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Samples.CAR_NK, folder.resolve("one.yaml"));
        Files.copy(Samples.CAR_NK, folder.resolve("two.yaml"));

        var check = CommandLineRunner.run("check", folder.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.err().split(java.util.regex.Pattern.quote(WARNING), -1)).as(check.err()).hasSize(2);
        assertThat(check.err()).contains(folder.resolve("clinic.yaml") + ":1:1: " + WARNING);
        assertThat(CommandLineRunner.run("check", folder.toString(), "--fail-on-warnings").exitCode()).isEqualTo(1);

        var build = CommandLineRunner.run("build", folder.toString(), "--out", tmp.resolve("out").toString());
        assertThat(build.exitCode()).isZero();
        assertThat(build.err().split(java.util.regex.Pattern.quote(WARNING), -1)).as(build.err()).hasSize(2);
        assertThat(tmp.resolve("out/one.pdf")).exists();
    }

    @Test
    void aFolderWithItsOwnProfileGetsNoWarning() {
        var check = CommandLineRunner.run("check", Samples.CONTENT.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).doesNotContain("clinic.yaml");
    }
}
