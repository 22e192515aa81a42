package org.clinic.handouts.bench;

/** Something the user must fix before the benchmark can run (no jar, wrong folder); printed without a stack trace. */
final class BenchSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BenchSetupException(String message) {
        super(message);
    }
}
