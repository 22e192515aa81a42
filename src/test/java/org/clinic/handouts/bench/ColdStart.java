package org.clinic.handouts.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One article in a new JVM each run: what an editor waits for after saving a file. Besides the full builds it
 * times the steps a cold start is made of (JVM and command line alone; load and check without rendering) and two
 * JVM settings aimed at short runs, to show where a cold start's time goes and what would win some of it back.
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
        table.section("One article, cold: new JVM per run (java -jar handouts.jar build … "
                + sample.getFileName() + ")");
        ProcessRuns version = ProcessRuns.repeat(runs,
                i -> processes.run("version", jar.version(List.of())));
        table.seconds(null, "JVM start + command line only (--version)", version.seconds(), version.cpuNote());
        ProcessRuns check = ProcessRuns.repeat(runs, i -> processes.run("check-sample", jar.check(sample)));
        table.seconds(null, "check: load YAML, fonts, checks; no rendering", check.seconds(), check.cpuNote());
        ProcessRuns pdf = build("pdf", List.of());
        table.seconds("ours.sample.pdf", "build --format pdf", pdf.seconds(), pdf.cpuNote());
        ProcessRuns epub = build("epub", List.of());
        table.seconds("ours.sample.epub", "build --format epub", epub.seconds(), epub.cpuNote());
        ProcessRuns both = build("both", List.of());
        table.seconds("ours.sample.both", "build (PDF + EPUB)", both.seconds(),
                both.cpuNote() + "; the headline figure");
        table.memory("peak RSS of that build", both.peakRssKb(), TimedProcess.memorySource());

        // C1 only: a short run spends much of its CPU in the optimising compiler, whose code it barely uses.
        ProcessRuns c1 = build("both-c1", List.of("-XX:TieredStopAtLevel=1"));
        table.seconds(null, "build (PDF + EPUB), -XX:TieredStopAtLevel=1", c1.seconds(),
                c1.cpuNote() + "; C1 JIT only");
        // -XX:+AutoCreateSharedArchive (JDK 19+) writes the archive on the first run and maps it on later ones.
        Path archive = scratch.resolve("handouts.jsa");
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
        processes.run("cds-training", jar.buildOne(sample, scratch.resolve("cds-training"), "both", cds));
        ProcessRuns withCds = build("both-cds", cds);
        table.seconds(null, "build (PDF + EPUB), AppCDS archive of the app", withCds.seconds(),
                withCds.cpuNote() + "; archive from an untimed run");
        return scratch.resolve("both-" + (runs - 1));
    }

    /** A fresh output folder per run, so no run finds the files of the one before. */
    private ProcessRuns build(String label, List<String> jvmOptions) {
        String format = label.replaceAll("-.*", "");
        return ProcessRuns.repeat(runs, i -> processes.run("cold-" + label,
                jar.buildOne(sample, scratch.resolve(label + "-" + i), format, jvmOptions)));
    }
}
