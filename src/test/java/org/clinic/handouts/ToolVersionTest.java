package org.clinic.handouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt jar must count as a new tool for incremental builds, even with the same version number. */
class ToolVersionTest {
    @TempDir
    Path tmp;

    @Test
    void aRebuiltJarIsANewToolAndTheSameJarTheSameTool() throws IOException {
        Path jar = jar("handouts.jar", "class A { }");
        String before = ToolVersion.identityOf(jar);
        assertThat(ToolVersion.identityOf(jar)).isEqualTo(before);

        jar("handouts.jar", "class A { int x; }");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));

        assertThat(ToolVersion.identityOf(jar)).isNotEqualTo(before);
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
