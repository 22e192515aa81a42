package org.clinic.handouts.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.render.Labels;
import org.clinic.handouts.render.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code handouts new PATH}: writes {@code PATH.yaml}, a skeleton with every field and a comment on each that
 * {@code check} passes. The skeleton is the layout's {@code new-article.yaml}, so a clinic can give its own.
 */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts an article: PATH.yaml, a skeleton with every field explained.",
                "A bare name is written in the current folder; an existing file is never replaced."})
final class NewCommand implements Callable<Integer> {
    static final String SKELETON = "new-article.yaml";

    @Parameters(paramLabel = "PATH", description = "The article to start, e.g. content/flu-vaccine (.yaml is added).")
    Path path;

    @Option(names = "--language", paramLabel = "TAG", description = "Its language tag, e.g. en-GB, es. Default: en")
    String language = "en";

    @Option(names = "--styles", paramLabel = "DIR", description = "Folder whose " + SKELETON + " replaces the built-in skeleton.")
    Path styles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new HandoutsException(ExitCode.USAGE, "--language must be a language tag such as en, en-GB or es, not `"
                    + language + "`");
        }
        String name = path.getFileName().toString();
        Path file = name.endsWith(".yaml") ? path : path.resolveSibling(name + ".yaml");
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new HandoutsException(ExitCode.USAGE, "folder " + file.getParent() + " does not exist");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String text = Labels.fill(Layout.of(Optional.ofNullable(styles)).text(SKELETON), Map.of(
                "published", today, "next_review", today.plusYears(1), "language", language, "year", today.getYear()));
        write(file, text);
        spec.commandLine().getOut().println("wrote " + file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** Written beside the target and moved into place: never a half-written article, never over an existing one. */
    private static void write(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".new-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                // A temporary file is private to its owner; an article is as readable as any other file.
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions apply
            }
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException | AtomicMoveNotSupportedException e) {
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new HandoutsException(ExitCode.USAGE, file + " already exists; choose another name");
        } catch (IOException e) {
            throw new HandoutsException(ExitCode.FAILURE, "cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover hidden temporary file is harmless
                }
            }
        }
    }
}
