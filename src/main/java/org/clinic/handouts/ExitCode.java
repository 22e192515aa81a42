package org.clinic.handouts;

/** Exit codes of the command line; listed in {@code --help} and the README. */
public enum ExitCode {
    OK(0, "success: every article rendered (build) or passed (check)"),
    ARTICLE_ERRORS(1, "one or more articles have errors (or warnings, with --fail-on-warnings); the others were written"),
    USAGE(2, "wrong command-line usage: unknown option or command, a bad value, missing file or folder"),
    FAILURE(3, "the tool could not finish: a layout or font fault, an output folder it cannot write or another build holds, an internal bug");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
