package org.clinic.handouts.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the look comes from: FreeMarker layouts, stylesheets and fonts. Files in a user's {@code --styles} folder
 * replace the built-in ones of the same name; a {@code fonts/} folder there replaces the built-in fonts.
 */
public final class Layout {
    private final Optional<Path> userStyles;
    private final Path builtInStyles;
    private final Path fontFolder;

    private Layout(Optional<Path> userStyles, Path builtInStyles, Path fontFolder) {
        this.userStyles = userStyles;
        this.builtInStyles = builtInStyles;
        this.fontFolder = fontFolder;
    }

    /** The built-in look, optionally overridden file by file from {@code stylesDir}. */
    public static Layout of(Optional<Path> stylesDir) {
        Path builtIn = classpathFolder("styles");
        Path fonts = stylesDir.map(d -> d.resolve("fonts")).filter(Files::isDirectory)
                .orElseGet(() -> classpathFolder("fonts"));
        return new Layout(stylesDir.map(p -> p.toAbsolutePath().normalize()), builtIn, fonts);
    }

    public Optional<Path> userStyles() {
        return userStyles;
    }

    /** A layout file by name, e.g. {@code leaflet.css}: the user's copy when there is one. */
    public Path file(String name) {
        return userStyles.map(d -> d.resolve(name)).filter(Files::isRegularFile)
                .orElseGet(() -> builtInStyles.resolve(name));
    }

    /** Every copy of a layout file, built-in first then the user's, for files that are merged key by key. */
    public List<Path> layers(String name) {
        List<Path> layers = new java.util.ArrayList<>();
        if (Files.isRegularFile(builtInStyles.resolve(name))) {
            layers.add(builtInStyles.resolve(name));
        }
        userStyles.map(d -> d.resolve(name)).filter(Files::isRegularFile).ifPresent(layers::add);
        return layers;
    }

    public String text(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read layout file " + name, e);
        }
    }

    /** The font files, sorted by name so that every run registers them in the same order. */
    public List<Path> fontFiles() {
        try (Stream<Path> files = Files.list(fontFolder)) {
            return files.filter(f -> {
                String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return n.endsWith(".ttf") || n.endsWith(".otf");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fonts in " + fontFolder, e);
        }
    }

    /**
     * A digest of everything the layout is made of (every file of the built-in and user styles, and the fonts),
     * so that changing any of them makes every article render again.
     */
    public String digest() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            List<Path> folders = new java.util.ArrayList<>(List.of(builtInStyles, fontFolder));
            userStyles.ifPresent(folders::add);
            for (Path folder : folders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        sha.update(contentKey(file));
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the layout", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What stands for a file's content in the digest. Inside the jar, the size and CRC-32 the zip directory already
     * holds: hashing the 4 MB of built-in fonts again took a tenth of a one-article run, and they change only with
     * a new jar. Elsewhere, the bytes themselves.
     */
    private static byte[] contentKey(Path file) throws IOException {
        if (!"jar".equals(file.getFileSystem().provider().getScheme())) {
            return Files.readAllBytes(file);
        }
        Map<String, Object> zip = Files.readAttributes(file, "zip:size,crc");
        return (zip.get("size") + ":" + zip.get("crc")).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A folder packaged in the jar (or in target/classes when run from the build), as a readable Path. */
    private static Path classpathFolder(String name) {
        var url = Layout.class.getResource("/" + name + "/");
        if (url == null) {
            throw new IllegalStateException("the built-in " + name + " folder is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/" + name);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in " + name + " folder", e);
        }
    }
}
