package org.clinic.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

    /** A digest of every entry's name, size and CRC-32 as the jar's directory lists them: nothing is inflated. */
    static String identityOf(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : Collections.list(zip.entries())) {
                sha.update((entry.getName() + ":" + entry.getSize() + ":" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
