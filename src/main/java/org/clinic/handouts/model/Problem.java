package org.clinic.handouts.model;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with an article, where it is and how to fix it. Printed as
 * {@code content/x.yaml:12:5: error: field: message}, the form compilers use, so editors and IDEs can jump to it.
 */
public record Problem(Path file, Position position, Severity severity, String field, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = file + ":" + position;
        String what = field.isEmpty() ? message : field + ": " + message;
        // One problem, one line: a value quoted in the message (or a file name) may hold a line break.
        return (where + ": " + severity.label() + ": " + what).replace("\r", "\\r").replace("\n", "\\n");
    }
}
