package org.clinic.handouts.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/**
 * Puts finished files in the output folder all-or-nothing per file: each is written beside its target under a
 * temporary name and renamed over it, so a crash or a full disk leaves the previous good leaflet in place.
 * The first failure to write is the folder's fault, not one article's: it is kept, and every later commit fails
 * with it at once, so a run into a full or read-only folder stops with one message instead of one per article.
 */
public final class OutputFolder {
    /** Our temporary names, {@code .<file>.<random digits>.partial}, for the files this class writes. */
    private static final Pattern PARTIAL = Pattern.compile("\\..*\\.(pdf|epub|handouts-manifest)\\.\\d+\\.partial",
            Pattern.DOTALL); // an article's file name may hold a line break
    private final Path folder;
    private volatile HandoutsException fault;

    public OutputFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Why this folder could not be written to, once a commit has failed. */
    public Optional<HandoutsException> fault() {
        return Optional.ofNullable(fault);
    }

    /** Writes every file (name → bytes) and returns their paths, in the order given. */
    public List<Path> commit(Map<String, byte[]> files) {
        if (fault != null) {
            throw fault;
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Map<Path, Path> staged = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Path temp = Files.createTempFile(folder, "." + file.getKey() + ".", ".partial");
                    staged.put(temp, folder.resolve(file.getKey()));
                    Files.write(temp, file.getValue());
                    readableByAll(temp);
                }
                for (Map.Entry<Path, Path> move : staged.entrySet()) {
                    moveIntoPlace(move.getKey(), move.getValue());
                    written.add(move.getValue());
                }
            } finally {
                for (Path temp : staged.keySet()) {
                    Files.deleteIfExists(temp);
                }
            }
            return written;
        } catch (IOException e) {
            fault = unwritable(folder, e);
            throw fault;
        }
    }

    /**
     * Deletes temporary files a killed run left behind. Only our own naming pattern, only directly in this
     * folder, and only while holding its {@link OutputLock}: another build's temporaries are never touched.
     */
    public void removeLeftovers() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> PARTIAL.matcher(f.getFileName().toString()).matches()).toList()) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw unwritable(folder, e);
        }
    }

    /** The one message for a folder we cannot write to (exit 3). */
    static HandoutsException unwritable(Path folder, IOException e) {
        String reason = switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or folder: " + missing.getFile();
            // Only creating the folder throws this: a dangling link, or a file that appeared since the check.
            case FileAlreadyExistsException exists -> "it is a file or a broken link, not a folder";
            case FileSystemException other when other.getReason() != null -> other.getReason() + where(folder, other);
            default -> String.valueOf(e.getMessage());
        };
        return new HandoutsException(ExitCode.FAILURE, "cannot write to " + folder + ": " + reason, e);
    }

    /** The file that could not be written, when it is not the folder itself (a rename names its target second). */
    private static String where(Path folder, FileSystemException e) {
        String file = e.getOtherFile() != null ? e.getOtherFile() : e.getFile();
        return file == null || Path.of(file).equals(folder) ? "" : " (" + file + ")";
    }

    /** Temporary files are private (0600); a leaflet is not, so staff can print it from a shared folder. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
