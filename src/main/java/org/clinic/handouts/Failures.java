package org.clinic.handouts;

/** One line for a failure that is not an article problem, for the report; the stack trace is for --verbose. */
final class Failures {
    private Failures() {}

    static String describe(Throwable e) {
        return switch (e) {
            case OutOfMemoryError oom -> "ran out of memory rendering this article (" + oom.getMessage()
                    + "); give Java more memory (HANDOUTS_JAVA_OPTS=-Xmx1g) or use fewer --threads";
            case StackOverflowError deep -> "too deeply nested to render (stack overflow)";
            default -> "internal error: " + e;
        };
    }

    /** A stack overflow comes from the article's nesting: its error (1). Anything else is the tool's (3). */
    static ExitCode exitCode(Throwable e) {
        return e instanceof StackOverflowError ? ExitCode.ARTICLE_ERRORS : ExitCode.FAILURE;
    }
}
