package org.clinic.handouts.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One article in a new JVM each run: what an editor waits for after saving a file. Besides the full builds it
 * times the steps a cold start is made of (JVM and command line alone; load and check without rendering), and the
 * same build as a bare {@code java -jar} with the JVM's defaults, to show what the launcher's settings and class
 * cache win.
 */
final class ColdStart {
    private final HandoutsJar jar;
    private final TimedProcess processes;
    private final Path sample;
    private final Path scratch;
    private final int runs;

    ColdStart(HandoutsJar jar, TimedProcess processes, Path sample, Path scratch, int runs) {
        this.jar = jar;
        this.processes = processes;
        this.sample = sample;
        this.scratch = scratch;
        this.runs = runs;
    }

    /** Adds the cold-start rows; returns a folder holding the sample's PDF and EPUB. */
    Path measure(ResultTable table) {
        table.section("One article, cold: new JVM per run (target/handouts build … " + sample.getFileName() + ")");
        ProcessRuns version = ProcessRuns.repeat(runs, i -> processes.run("version", jar.version()));
        table.seconds(null, "JVM start + command line only (--version)", version.seconds(), version.cpuNote());
        ProcessRuns check = ProcessRuns.repeat(runs, i -> processes.run("check-sample", jar.check(sample)));
        table.seconds(null, "check: load YAML, fonts, checks; no rendering", check.seconds(), check.cpuNote());
        ProcessRuns pdf = build("pdf", HandoutsJar.Start.LAUNCHER);
        table.seconds("ours.sample.pdf", "build --format pdf", pdf.seconds(), pdf.cpuNote());
        ProcessRuns epub = build("epub", HandoutsJar.Start.LAUNCHER);
        table.seconds("ours.sample.epub", "build --format epub", epub.seconds(), epub.cpuNote());
        ProcessRuns both = build("both", HandoutsJar.Start.LAUNCHER);
        table.seconds("ours.sample.both", "build (PDF + EPUB)", both.seconds(),
                both.cpuNote() + "; the headline figure");
        table.memory("peak RSS of that build", both.peakRssKb(), TimedProcess.memorySource());
        ProcessRuns bare = build("both", HandoutsJar.Start.BARE_JAR);
        table.seconds(null, "build (PDF + EPUB), java -jar with JVM defaults", bare.seconds(),
                bare.cpuNote() + "; no launcher settings, no class cache");
        return scratch.resolve("both-LAUNCHER-" + (runs - 1));
    }

    /** A fresh output folder per run, so no run finds the files of the one before. */
    private ProcessRuns build(String format, HandoutsJar.Start start) {
        String label = format + "-" + start;
        return ProcessRuns.repeat(runs, i -> processes.run("cold-" + label,
                jar.buildOne(start, sample, scratch.resolve(label + "-" + i), format)));
    }
}
