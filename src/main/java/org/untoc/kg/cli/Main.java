package org.untoc.kg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code untoc-kg serve|load|report}: the command line. */
@Command(name = "untoc-kg", mixinStandardHelpOptions = true, version = "untoc-kg 0.1.0",
        description = "Knowledge graph of the UN Convention against Transnational Organized Crime, over SPARQL.",
        subcommands = {ServeCommand.class, LoadCommand.class, ReportCommand.class, org.untoc.kg.soak.SoakCommand.class,
                org.untoc.kg.bench.BenchCommand.class})
public class Main implements Runnable {
    /** Exit code when every document loaded / the command succeeded. */
    public static final int OK = 0;
    /** Exit code when some document failed or the store failed. */
    public static final int FAILED = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(code);
        }
    }

    /** Runs the command line in-process, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("untoc-kg: " + userMessage(e));
            return FAILED;
        });
        for (CommandLine sub : cli.getSubcommands().values()) {
            Object command = sub.getCommand();
            if (command instanceof StreamsAware aware) {
                aware.streams(out, err);
            }
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        // No subcommand: a usage error.
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: serve or load");
    }

    /**
     * The message a user needs: a store error's own words rather than the dependency-injection wrapper around
     * it (which lists constructor paths).
     */
    static String userMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.untoc.kg.store.StoreException || t instanceof java.io.UncheckedIOException) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** A subcommand that writes to the caller's streams rather than System.out/err. */
    interface StreamsAware {
        void streams(PrintStream out, PrintStream err);
    }
}
