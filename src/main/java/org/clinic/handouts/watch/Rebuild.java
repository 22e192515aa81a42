package org.clinic.handouts.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a batch of changes asks for: only articles changed, so only they are rendered again with the warm stages;
 * or something they share changed (the clinic profile, a layout, a stylesheet, a font, an image), so the stages
 * are made again and every article is offered to the build, whose manifest skips those still current.
 */
public record Rebuild(boolean shared, List<Path> articles) {

    public static Rebuild of(Set<Path> changed, List<Path> allArticles) {
        boolean shared = changed.stream().anyMatch(p -> !isArticle(p));
        if (shared) {
            return new Rebuild(true, allArticles);
        }
        List<Path> articles = allArticles.stream()
                .filter(a -> changed.contains(a.toAbsolutePath().normalize()) && Files.isRegularFile(a)).toList();
        return new Rebuild(false, articles);
    }

    static boolean isArticle(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals("clinic.yaml");
    }
}
