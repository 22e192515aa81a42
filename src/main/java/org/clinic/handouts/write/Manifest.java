package org.clinic.handouts.write;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the output folder holds: per article, the fingerprint of the inputs it was made from and the SHA-256 of
 * each file it produced. An article is current only when its fingerprint is unchanged and every one of its files
 * on disk still has the recorded digest, so a file replaced by a killed run, another tool or a hand edit is
 * rendered again. Kept as {@code .handouts-manifest}, one line per article, sorted, rewritten atomically.
 * <p>
 * An entry is added only after the article's files are in place, and the file is saved with it unless it was
 * saved less than {@link #SAVE_INTERVAL_NANOS} ago (then with a later article, or at the end): a save costs a
 * few file-system operations, too many for every article of a large library. A crash can therefore lose the last
 * moment's entries, never make one wrong: a lost entry only renders its article again, and a file that is not
 * what an entry says fails the digest check.
 */
public final class Manifest {
    public static final String FILE_NAME = ".handouts-manifest";
    private final Map<String, Entry> entries = new HashMap<>();
    static final long SAVE_INTERVAL_NANOS = 250_000_000;
    private boolean changed;
    private long savedAt = System.nanoTime() - SAVE_INTERVAL_NANOS;

    /** The fingerprint an article's outputs were made from, and those outputs' names and SHA-256 digests. */
    public record Entry(String fingerprint, Map<String, String> files) {}

    /** Reads the manifest of {@code folder}; a missing or unreadable one is empty (everything renders). */
    public static Manifest read(Path folder) {
        Manifest manifest = new Manifest();
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return manifest;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // article, fingerprint, then file and digest pairs; older manifests without digests never match.
                String[] parts = line.split("\t");
                if (parts.length >= 4 && parts.length % 2 == 0) {
                    Map<String, String> files = new LinkedHashMap<>();
                    for (int i = 2; i < parts.length; i += 2) {
                        files.put(decode(parts[i]), parts[i + 1]);
                    }
                    manifest.entries.put(decode(parts[0]), new Entry(parts[1], files));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            manifest.entries.clear();
        }
        return manifest;
    }

    /** Whether {@code article}'s outputs in {@code folder} are current for {@code fingerprint}, byte for byte. */
    public boolean isCurrent(Path folder, String article, String fingerprint) {
        Optional<Entry> entry;
        synchronized (this) {
            entry = Optional.ofNullable(entries.get(article));
        }
        return entry.filter(e -> e.fingerprint().equals(fingerprint))
                .filter(e -> e.files().entrySet().stream()
                        .allMatch(f -> sha256(folder.resolve(f.getKey())).equals(Optional.of(f.getValue()))))
                .isPresent();
    }

    /** Records the files just put in place for {@code article}, and saves unless it saved a moment ago. */
    public void committed(OutputFolder folder, String article, String fingerprint, List<Path> files) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Path file : files) {
            digests.put(file.getFileName().toString(), sha256(file).orElse("missing"));
        }
        synchronized (this) {
            entries.put(article, new Entry(fingerprint, digests));
            changed = true;
            if (System.nanoTime() - savedAt >= SAVE_INTERVAL_NANOS) {
                save(folder);
            }
        }
    }

    /** Drops {@code article}: its files, if any, are whatever an earlier run left. Saved with the next save. */
    public synchronized void forget(String article) {
        changed |= entries.remove(article) != null;
    }

    /** Saves only when something changed: an up-to-date build writes nothing, even into a read-only folder. */
    public synchronized void saveIfChanged(OutputFolder folder) {
        if (changed) {
            save(folder);
        }
    }

    private void save(OutputFolder folder) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(entries).forEach((article, e) -> {
            text.append(encode(article)).append('\t').append(e.fingerprint());
            e.files().forEach((name, digest) -> text.append('\t').append(encode(name)).append('\t').append(digest));
            text.append('\n');
        });
        folder.commit(Map.of(FILE_NAME, text.toString().getBytes(StandardCharsets.UTF_8)));
        changed = false;
        savedAt = System.nanoTime();
    }

    /** Names are file names: a tab or a line break in one must not split the line. */
    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static String decode(String name) {
        return URLDecoder.decode(name, StandardCharsets.UTF_8);
    }

    /** The digest of a file's bytes as they are on disk; empty when it cannot be read. */
    static Optional<String> sha256(Path file) {
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
