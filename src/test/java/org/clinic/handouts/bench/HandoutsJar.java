package org.clinic.handouts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines that run the tool as a user would, a new JVM each time: through {@code target/handouts}, the
 * launcher the README documents (its JVM settings and class cache), or, for comparison, as a bare
 * {@code java -jar target/handouts.jar} on the harness's JDK with the JVM's defaults. Options that only some
 * versions of the tool have ({@code --threads}, {@code --force}) are used when {@code build --help} mentions
 * them, so the harness keeps working while the command line evolves.
 */
final class HandoutsJar {
    /** What the build writes to target/: the launcher, the jar, and the class cache for the building JDK. */
    private static final List<String> FILES = List.of("handouts", "handouts.jar", "handouts.aot", "handouts.jsa");
    private final Path launcher;
    private final Path jar;
    private final String java;
    private final boolean hasThreads;
    private final boolean hasForce;
    private final int cores = Runtime.getRuntime().availableProcessors();

    private HandoutsJar(Path launcher, Path jar, String java, String buildHelp) {
        this.launcher = launcher;
        this.jar = jar;
        this.java = java;
        this.hasThreads = buildHelp.contains("--threads");
        this.hasForce = buildHelp.contains("--force");
    }

    /**
     * Copies in {@code scratch} of the launcher, jar and class cache under {@code projectRoot}, or a message saying
     * how to build them. Every run then uses the same files, even if a build replaces or cleans {@code target/}
     * during the benchmark. Times are kept: the launcher uses the cache only while it is newer than the jar.
     */
    static HandoutsJar locate(Path projectRoot, TimedProcess processes, Path scratch) {
        Path target = projectRoot.resolve("target");
        if (!Files.isRegularFile(target.resolve("handouts.jar")) || !Files.isRegularFile(target.resolve("handouts"))) {
            throw new BenchSetupException(target + "/handouts and handouts.jar are needed; build them first with: "
                    + "mvn -q package -DskipTests");
        }
        try {
            Files.createDirectories(scratch);
            for (String name : FILES) {
                if (Files.isRegularFile(target.resolve(name))) {
                    Files.copy(target.resolve(name), scratch.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the build from " + target, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = scratch.resolve("handouts");
        String help = processes.run("build-help", List.of(launcher.toString(), "build", "--help")).output();
        return new HandoutsJar(launcher, scratch.resolve("handouts.jar"), java, help);
    }

    /** How many articles the tool renders at once on a whole library: what the tools we compare with get too. */
    int libraryParallelism() {
        return hasThreads ? cores : 1;
    }

    String libraryOptionsNote() {
        return (hasThreads ? "--threads " + cores : "no --threads option (one article at a time)")
                + (hasForce ? ", --force" : "");
    }

    /** How a run is started: the launcher, or the bare jar with the JVM's default settings. */
    enum Start { LAUNCHER, BARE_JAR }

    List<String> version() {
        return command(Start.LAUNCHER, "--version");
    }

    List<String> check(Path folder) {
        return command(Start.LAUNCHER, "check", folder.toString(), "--fail-on-warnings");
    }

    /** One article, one new JVM: what an editor waits for after saving a file. */
    List<String> buildOne(Start start, Path article, Path out, String format) {
        return command(start, "build", article.toString(), "--out", out.toString(), "--format", format);
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
        return command(Start.LAUNCHER, args.toArray(String[]::new));
    }

    private List<String> command(Start start, String... args) {
        List<String> command = new ArrayList<>();
        if (start == Start.LAUNCHER) {
            command.add(launcher.toString());
        } else {
            command.addAll(List.of(java, "-jar", jar.toString()));
        }
        command.addAll(List.of(args));
        return command;
    }
}
