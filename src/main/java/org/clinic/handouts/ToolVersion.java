package org.clinic.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** The tool's version, from the jar's manifest (Maven writes it), so it is never typed twice. */
public final class ToolVersion {
    private static volatile String build;

    private ToolVersion() {}

    /** The version; a development build (classes, not the jar) has none. */
    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /**
     * The version and what the running jar is made of. Incremental builds compare it, so a rebuilt jar that renders
     * differently renders everything again even when its version number did not change.
     */
    public static String build() {
        String known = build;
        if (known == null) {
            known = current() + " " + codeIdentity();
            build = known;
        }
        return known;
    }

    private static String codeIdentity() {
        CodeSource source = ToolVersion.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown code source";
        }
        try {
            Path code = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(code) ? identityOf(code) : "classes " + code;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "code source " + source.getLocation();
        }
    }

    /**
     * The jar file's size and modification time: a rebuilt jar counts as a new tool, even one built from the same
     * sources (rendering again is the safe side). Hashing the jar's 6,000 entries instead took 80 ms of a one-second
     * run.
     */
    static String identityOf(Path jar) {
        try {
            return Files.size(jar) + " bytes, " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
