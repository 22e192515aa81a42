package org.clinic.handouts;

/**
 * The one error type the pipeline throws for failures that are not article problems (those are collected as
 * {@link org.clinic.handouts.model.Problem}s). It carries the exit code the command line ends with.
 */
public final class HandoutsException extends RuntimeException {
    private final ExitCode exitCode;

    public HandoutsException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public HandoutsException(ExitCode exitCode, String message) {
        this(exitCode, message, null);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
