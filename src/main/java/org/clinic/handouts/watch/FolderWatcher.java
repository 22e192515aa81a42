package org.clinic.handouts.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders, handing out the changed files in batches: after the first change it
 * waits until the folders have been quiet for {@link #QUIET_MS}, so an editor's save (often a temporary file, a
 * rename and a touch) is one batch. Files under {@code ignored} (the output folder) and editors' temporary files
 * are left out.
 */
public final class FolderWatcher implements AutoCloseable {
    static final long QUIET_MS = 10;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path ignored;

    public FolderWatcher(List<Path> roots, Path ignored) {
        this.ignored = ignored.toAbsolutePath().normalize();
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                registerTree(root.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
    }

    /** The next batch of changed files (sorted), or empty once the watcher is closed. Blocks until a change. */
    public Optional<Set<Path>> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                collect(key, changed);
                key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        return Optional.of(changed);
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                changed.add(Path.of(""));  // overflow: something changed, unknown what
                continue;
            }
            Path path = folder.resolve(name);
            if (path.startsWith(ignored) || temporary(name.toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // a folder gone again before it could be watched: nothing in it to build
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Editors' swap and backup files, and our own files being written. */
    static boolean temporary(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.endsWith(".partial") || name.startsWith("#");
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : tree.filter(Files::isDirectory).filter(d -> !d.startsWith(ignored)).toList()) {
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service does not fail in practice; nothing to undo
        }
    }
}
