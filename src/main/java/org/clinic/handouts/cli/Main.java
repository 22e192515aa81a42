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
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ReportCommand.class, WatchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams (tests capture them) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out).setErr(err);
        // Picocli asks this mapper for the exit code of a usage error too, so it must say 2 for those.
        cli.setExitCodeExceptionMapper(e -> switch (e) {
            case HandoutsException h -> h.exitCode().code();
            case CommandLine.ParameterException usage -> ExitCode.USAGE.code();
            default -> ExitCode.FAILURE.code();
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            // One line, like every other message; the full usage is one --help away.
            CommandLine command = e.getCommandLine();
            command.getErr().println("handouts: " + e.getMessage() + " (see "
                    + command.getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof HandoutsException h) {
                command.getErr().println("handouts: " + h.getMessage());
            } else {
                command.getErr().println("handouts: internal error: " + e);
            }
            if (verbose(parsed)) {
                e.printStackTrace(command.getErr());
            }
            return e instanceof HandoutsException h ? h.exitCode().code() : ExitCode.FAILURE.code();
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

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build, check, watch, report or new");
    }
}
