package org.clinic.handouts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sizes of output files, for the size rows: what a clinic stores, e-mails and puts on its website. */
final class OutputSizes {
    private OutputSizes() {}

    /** The sizes in bytes of every file in {@code folder} (recursively) whose name ends in {@code extension}. */
    static Series of(Path folder, String extension) {
        Series sizes = new Series();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                sizes.add(Files.size(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sizes.isEmpty()) {
            throw new IllegalStateException("no " + extension + " files in " + folder);
        }
        return sizes;
    }
}
