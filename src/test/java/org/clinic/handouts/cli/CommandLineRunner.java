package org.clinic.handouts.cli;

/** Lets tests in other packages run the command line with captured output. */
public final class CommandLineRunner {
    private CommandLineRunner() {}

    public record Result(int exitCode, String out, String err) {}

    public static Result run(String... args) {
        Run run = Run.of(args);
        return new Result(run.exitCode(), run.out(), run.err());
    }
}
