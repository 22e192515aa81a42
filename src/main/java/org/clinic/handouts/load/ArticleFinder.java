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
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFinder::isArticle).sorted().forEach(articles::add);
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
            Path other = byName.putIfAbsent(ArticleLoader.articleName(file), file);
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
