package org.clinic.handouts.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/**
 * Puts finished files in the output folder all-or-nothing per file: each is written beside its target under a
 * temporary name and renamed over it, so a crash or a full disk leaves the previous good leaflet in place.
 */
public final class OutputFolder {
    private final Path folder;

    public OutputFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes every file (name → bytes) and returns their paths, in the order given. */
    public List<Path> commit(Map<String, byte[]> files) {
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
            throw new HandoutsException(ExitCode.FAILURE, "cannot write to " + folder + ": " + e, e);
        }
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
