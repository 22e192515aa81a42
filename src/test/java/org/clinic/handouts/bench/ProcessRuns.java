package org.clinic.handouts.bench;

import java.util.function.IntFunction;

/**
 * The wall seconds, peak RSS and CPU seconds of each of several runs of one measure, kept together so a row can
 * give the median wall time and, in its note, the CPU time of the same runs.
 */
record ProcessRuns(Series seconds, Series peakRssKb, Series cpuSeconds) {

    /** Calls {@code run} with 0, 1, 2… and collects what each run measured. */
    static ProcessRuns repeat(int runs, IntFunction<TimedProcess.Result> run) {
        ProcessRuns all = new ProcessRuns(new Series(), new Series(), new Series());
        for (int i = 0; i < runs; i++) {
            TimedProcess.Result r = run.apply(i);
            all.seconds().add(r.seconds());
            all.peakRssKb().add(r.peakRssKb());
            all.cpuSeconds().add(r.cpuSeconds());
        }
        return all;
    }

    /** "CPU 4.2 s" for a note, or nothing when CPU time was not measured. */
    String cpuNote() {
        return cpuSeconds.median() > 0 ? "CPU " + ResultTable.seconds(cpuSeconds.median()) : "";
    }
}
