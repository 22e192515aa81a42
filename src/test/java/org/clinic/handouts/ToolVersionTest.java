package org.clinic.handouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt jar must count as a new tool for incremental builds, even with the same version number. */
class ToolVersionTest {
    @TempDir
    Path tmp;

    @Test
    void theSameJarContentGivesTheSameIdentityAndAChangedClassANewOne() throws IOException {
        Path first = jar("first.jar", "class A { }");
        Path again = jar("again.jar", "class A { }");
        Path changed = jar("changed.jar", "class A { int x; }");

        assertThat(ToolVersion.identityOf(first)).isEqualTo(ToolVersion.identityOf(again)).hasSize(24);
        assertThat(ToolVersion.identityOf(changed)).isNotEqualTo(ToolVersion.identityOf(first));
    }

    @Test
    void theBuildIdentityStartsWithTheVersion() {
        assertThat(ToolVersion.build()).startsWith(ToolVersion.current() + " ");
    }

    private Path jar(String name, String classContent) throws IOException {
        Path jar = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("org/example/A.class"));
            zip.write(classContent.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }
}
