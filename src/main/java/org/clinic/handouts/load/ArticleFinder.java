package org.clinic.handouts.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/** Turns the paths given on the command line into article files: folders recursively, in sorted order. */
public final class ArticleFinder {
    private ArticleFinder() {}

    public static List<Path> find(List<Path> paths) {
        List<Path> articles = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                // The walk follows no links, not even the folder it starts from: a content folder that is itself a
                // link is walked where it leads, and its files keep the name the user gave.
                try {
                    Path start = Files.isSymbolicLink(path) ? path.toRealPath() : path;
                    try (Stream<Path> walk = Files.walk(start)) {
                        // A dangling link is kept, so that it is reported as the article's error, not skipped unseen.
                        walk.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                                .filter(ArticleFinder::isArticle)
                                .map(file -> path.resolve(start.relativize(file))).sorted().forEach(articles::add);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new HandoutsException(ExitCode.USAGE, "cannot read folder " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                articles.add(path);
            } else {
                throw new HandoutsException(ExitCode.USAGE, "no such file or folder: " + path);
            }
        }
        List<Path> found = articles.stream().distinct().toList();
        // Outputs are named after the file alone, so two articles of the same name would overwrite each other.
        java.util.Map<String, Path> byName = new java.util.HashMap<>();
        for (Path file : found) {
            // Ignoring case: on the case-insensitive disks of Windows and macOS X.pdf and x.pdf are one file.
            Path other = byName.putIfAbsent(ArticleLoader.articleName(file).toLowerCase(Locale.ROOT), file);
            if (other != null) {
                throw new HandoutsException(ExitCode.USAGE, "two articles would write the same files: " + other
                        + " and " + file + "; rename one of them");
            }
        }
        return found;
    }

    static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(ClinicLoader.FILE_NAME);
    }
}
