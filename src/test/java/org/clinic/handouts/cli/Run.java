package org.clinic.handouts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its output captured, as a user would see it in a terminal. */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
