package org.clinic.handouts.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code handouts}: turns clinic articles (YAML) into a printable PDF leaflet and an EPUB. */
@Command(name = "handouts",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns clinic articles written in YAML into a printable PDF leaflet and an EPUB.",
        subcommands = {BuildCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams (tests capture them) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out).setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof HandoutsException h ? h.exitCode().code() : ExitCode.FAILURE.code());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof HandoutsException h) {
                command.getErr().println("handouts: " + h.getMessage());
                return h.exitCode().code();
            }
            command.getErr().println("handouts: internal error: " + e);
            e.printStackTrace(command.getErr());
            return ExitCode.FAILURE.code();
        });
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cli.getSubcommands().values().forEach(sub ->
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes));
        cli.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK.code()).exitCodeOnInvalidInput(ExitCode.USAGE.code());
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code()));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say what to do: build or check (see --help)");
    }
}
