package org.clinic.handouts.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/**
 * One build at a time per output folder: {@code OUT/.handouts-lock}, held with an operating-system lock for the
 * whole run and released when the process ends, however it ends. A second build refuses at once rather than
 * waiting, so a forgotten run in another terminal is noticed, not silently queued behind. The file itself stays:
 * deleting a lock file while another process opens it would let two builds hold "the" lock.
 * <p>
 * A folder we may not write to (read-only, or another user's) is opened for reading under a shared lock: an
 * up-to-date build there still works, and a writer elsewhere still keeps it out.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE_NAME = ".handouts-lock";
    private final Optional<FileChannel> channel;
    private final boolean writable;

    private OutputLock(Optional<FileChannel> channel, boolean writable) {
        this.channel = channel;
        this.writable = writable;
    }

    /** Locks {@code folder}, creating it if needed; throws (exit 3) when another build holds it or it cannot be made. */
    public static OutputLock acquire(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputFolder.unwritable(folder, e);
        }
        Path file = folder.resolve(FILE_NAME);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OutputLock(Optional.of(hold(channel, false, folder)), true);
        } catch (FileSystemException e) {
            return readOnly(folder, file);
        } catch (IOException e) {
            throw OutputFolder.unwritable(folder, e);
        }
    }

    private static OutputLock readOnly(Path folder, Path file) {
        if (!Files.exists(file)) {
            return new OutputLock(Optional.empty(), false);
        }
        try {
            return new OutputLock(Optional.of(hold(FileChannel.open(file, StandardOpenOption.READ), true, folder)), false);
        } catch (IOException e) {
            throw OutputFolder.unwritable(folder, e);
        }
    }

    private static FileChannel hold(FileChannel channel, boolean shared, Path folder) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this same JVM
        }
        if (lock == null) {
            channel.close();
            throw new HandoutsException(ExitCode.FAILURE, "another build is writing to " + folder
                    + " (it holds " + folder.resolve(FILE_NAME) + "); wait for it to finish or choose another --out");
        }
        return channel;
    }

    /** False when the folder could only be opened for reading: nothing can be cleaned or written there. */
    public boolean writable() {
        return writable;
    }

    @Override
    public void close() {
        channel.ifPresent(c -> {
            try {
                c.close();
            } catch (IOException e) {
                // Closing releases the lock; the process ending releases it as well.
            }
        });
    }
}
