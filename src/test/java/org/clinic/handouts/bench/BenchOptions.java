package org.clinic.handouts.bench;

import java.util.List;

/**
 * The harness's options. Cheap measures (one article) repeat {@code runs} times; whole-library measures repeat
 * {@code libraryRuns} times, since each takes far longer. {@code --quick} is a smoke run that still exercises every
 * measure.
 */
record BenchOptions(int articles, int runs, int libraryRuns, long seed, boolean compare, boolean keep) {

    static final String USAGE = """
            Usage: mvn -q test-compile exec:java@bench -Dexec.args="[OPTIONS]"
              --articles N      articles to generate for the library (default 200)
              --runs N          runs of each cheap measure, e.g. one article cold (default 5)
              --library-runs N  runs of each whole-library measure and warm pass (default 3)
              --quick           smoke run: 20 articles, 2 runs of everything (explicit options still win)
              --seed N          seed of the generated text (default 42): same seed, same articles
              --no-compare      skip Pandoc and WeasyPrint even when they are installed
              --keep            keep the temporary folder (articles, outputs, logs) and print where it is
              --help            this text
            Needs target/handouts.jar: build it first with  mvn -q package -DskipTests""";

    static BenchOptions parse(List<String> args) {
        boolean quick = args.contains("--quick");
        int articles = quick ? 20 : 200;
        int runs = quick ? 2 : 5;
        int libraryRuns = quick ? 2 : 3;
        long seed = 42;
        boolean compare = true;
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> { }
                case "--no-compare" -> compare = false;
                case "--keep" -> keep = true;
                case "--articles" -> articles = positive(arg, value(args, ++i, arg));
                case "--runs" -> runs = positive(arg, value(args, ++i, arg));
                case "--library-runs" -> libraryRuns = positive(arg, value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--help", "-h" -> throw new BenchSetupException(USAGE);
                default -> throw new BenchSetupException("unknown option `" + arg + "`\n" + USAGE);
            }
        }
        return new BenchOptions(articles, runs, libraryRuns, seed, compare, keep);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new BenchSetupException(option + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BenchSetupException(option + " must be a whole number above 0, not `" + value + "`");
    }
}
