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
                } catch (IOException e) {
                    throw new HandoutsException(ExitCode.USAGE, "cannot read folder " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                articles.add(path);
            } else {
                throw new HandoutsException(ExitCode.USAGE, "no such file or folder: " + path);
            }
        }
        return articles.stream().distinct().toList();
    }

    static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(ClinicLoader.FILE_NAME);
    }
}
