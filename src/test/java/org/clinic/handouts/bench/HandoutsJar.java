package org.clinic.handouts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines that run {@code target/handouts.jar} as a user would: a new JVM each time, the same JDK as the
 * harness (the machine's default {@code java} may be too old). Options that only some versions of the tool have
 * ({@code --threads}, {@code --force}) are used when {@code build --help} mentions them, so the harness keeps
 * working while the command line evolves.
 */
final class HandoutsJar {
    private final Path jar;
    private final String java;
    private final boolean hasThreads;
    private final boolean hasForce;
    private final int cores = Runtime.getRuntime().availableProcessors();

    private HandoutsJar(Path jar, String java, String buildHelp) {
        this.jar = jar;
        this.java = java;
        this.hasThreads = buildHelp.contains("--threads");
        this.hasForce = buildHelp.contains("--force");
    }

    /**
     * A copy in {@code scratch} of the jar under {@code projectRoot}, or a message saying how to build it. Every
     * run then uses the same jar, even if a build replaces or cleans {@code target/} during the benchmark.
     */
    static HandoutsJar locate(Path projectRoot, TimedProcess processes, Path scratch) {
        Path built = projectRoot.resolve("target/handouts.jar");
        if (!Files.isRegularFile(built)) {
            throw new BenchSetupException(built + " is missing; build it first with: mvn -q package -DskipTests");
        }
        Path jar;
        try {
            jar = Files.copy(built, Files.createDirectories(scratch).resolve("handouts.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + built, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String help = processes.run("build-help", List.of(java, "-jar", jar.toString(), "build", "--help")).output();
        return new HandoutsJar(jar, java, help);
    }

    /** How many articles the tool renders at once on a whole library: what the tools we compare with get too. */
    int libraryParallelism() {
        return hasThreads ? cores : 1;
    }

    String libraryOptionsNote() {
        return (hasThreads ? "--threads " + cores : "no --threads option (one article at a time)")
                + (hasForce ? ", --force" : "");
    }

    List<String> version(List<String> jvmOptions) {
        return command(jvmOptions, "--version");
    }

    List<String> check(Path folder) {
        return command(List.of(), "check", folder.toString(), "--fail-on-warnings");
    }

    /** One article, one new JVM: what an editor waits for after saving a file. */
    List<String> buildOne(Path article, Path out, String format, List<String> jvmOptions) {
        return command(jvmOptions, "build", article.toString(), "--out", out.toString(), "--format", format);
    }

    /** The whole library in one JVM, on every core when the tool can. */
    List<String> buildLibrary(Path folder, Path out, String format) {
        List<String> args = new ArrayList<>(
                List.of("build", folder.toString(), "--out", out.toString(), "--format", format));
        if (hasThreads) {
            args.addAll(List.of("--threads", Integer.toString(cores)));
        }
        if (hasForce) {
            args.add("--force");
        }
        return command(List.of(), args.toArray(String[]::new));
    }

    private List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
