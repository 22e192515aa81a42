package org.clinic.handouts.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one file, so an editor sees them all in one run rather than one per attempt. */
public final class Problems {
    private final Path file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void error(Position at, String field, String message) {
        list.add(new Problem(file, at, Problem.Severity.ERROR, field, message));
    }

    public void warning(Position at, String field, String message) {
        list.add(new Problem(file, at, Problem.Severity.WARNING, field, message));
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** Every problem, sorted by position, duplicates removed. */
    public List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.BY_POSITION).toList();
    }
}
