package org.clinic.handouts.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the output folder was last rendered from: per article, the fingerprint of its inputs and the files it
 * produced. An article whose fingerprint is unchanged and whose files are all still there is skipped. Kept as
 * {@code .handouts-manifest}, one line per article, sorted, written atomically at the end of a run.
 */
public final class Manifest {
    public static final String FILE_NAME = ".handouts-manifest";
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The fingerprint an article's outputs were made from, and those outputs' file names. */
    public record Entry(String fingerprint, List<String> files) {}

    /** Reads the manifest of {@code folder}; a missing or unreadable one is empty (everything renders). */
    public static Manifest read(Path folder) {
        Manifest manifest = new Manifest();
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return manifest;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length == 3) {
                    manifest.entries.put(parts[0], new Entry(parts[1], List.of(parts[2].split(","))));
                }
            }
        } catch (IOException e) {
            manifest.entries.clear();
        }
        return manifest;
    }

    /** Whether {@code article}'s outputs in {@code folder} are current for {@code fingerprint}. */
    public boolean isCurrent(Path folder, String article, String fingerprint) {
        return Optional.ofNullable(entries.get(article))
                .filter(e -> e.fingerprint().equals(fingerprint))
                .filter(e -> e.files().stream().allMatch(f -> Files.isRegularFile(folder.resolve(f))))
                .isPresent();
    }

    public void record(String article, String fingerprint, List<Path> files) {
        entries.put(article, new Entry(fingerprint, files.stream().map(f -> f.getFileName().toString()).toList()));
    }

    public void forget(String article) {
        entries.remove(article);
    }

    public void save(OutputFolder folder) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(entries).forEach((article, e) -> text.append(article).append('\t').append(e.fingerprint())
                .append('\t').append(String.join(",", e.files())).append('\n'));
        folder.commit(Map.of(FILE_NAME, text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
