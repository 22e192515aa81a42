package org.clinic.handouts.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces with failures. Without it every failure is one line. */
final class Verbosity {
    @Option(names = "--verbose", description = "Print the stack trace with a failure (for reporting a bug).")
    boolean verbose;
}
