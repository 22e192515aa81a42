package org.clinic.handouts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options build and check share: which articles, and which layouts. */
final class ArticleOptions {
    static final Path DEFAULT_CONTENT = Path.of("content");

    @Parameters(paramLabel = "FILE_OR_FOLDER", arity = "0..*",
            description = "Article files (.yaml) or folders of them, searched recursively. Default: content/")
    List<Path> paths = List.of();

    @Option(names = "--styles", paramLabel = "DIR",
            description = "Folder of layouts (article.ftlx, leaflet.css, ebook.css, fonts/) that replace the "
                    + "built-in ones of the same name.")
    Path styles;

    List<Path> pathsOrDefault() {
        return paths.isEmpty() ? List.of(DEFAULT_CONTENT) : paths;
    }

    Optional<Path> styles() {
        if (styles != null && !Files.isDirectory(styles)) {
            throw new HandoutsException(ExitCode.USAGE, "--styles " + styles + " is not a folder");
        }
        return Optional.ofNullable(styles);
    }
}
