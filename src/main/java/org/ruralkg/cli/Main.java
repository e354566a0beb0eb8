package org.ruralkg.cli;

import org.ruralkg.RuralKgException;
import org.ruralkg.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ruralkg} command line.
 *
 * <pre>
 * ruralkg up                      build seeds/ into ./data and serve it on http://localhost:3030/
 * ruralkg build --db data seeds/  build or update the knowledge graph
 * ruralkg query 'SELECT ...'      query it
 * </pre>
 *
 * Exit codes: 0 done; 1 error; 2 build finished but some input was skipped or failed; 3 validation found
 * violations; 64 bad command line.
 */
@Command(name = "ruralkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns Chinese rural-revitalization news into a linked-data knowledge graph.",
        subcommands = {UpCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, LoadCommand.class, MentionsCommand.class, ValidateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:error", "2:build finished but some input was skipped or failed",
                "3:validation found violations", "64:bad command line"})
public final class Main implements Runnable {
    static final int PARTIAL = 2;
    static final int NOT_CONFORMING = 3;
    static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(cli().execute(args));
    }

    /** The configured command line: errors become one line "ruralkg: reason" on standard error. */
    public static CommandLine cli() {
        CommandLine cl = new CommandLine(new Main());
        // "query @FILE" reads the query from FILE; picocli's own @-files would split it into arguments first.
        cl.setExpandAtFiles(false);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof RuralKgException) {
                cmd.getErr().println("ruralkg: " + e.getMessage());
            } else {
                cmd.getErr().println("ruralkg: internal error: " + e);
                e.printStackTrace(cmd.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("ruralkg: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            return USAGE;
        });
        return cl;
    }

    /** Without a subcommand: show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Version of ruralkg, its extractor and Jena. */
    static final class Version implements CommandLine.IVersionProvider {
        static final String RURALKG = "0.1.0-SNAPSHOT";

        @Override
        public String[] getVersion() {
            String jena = org.apache.jena.Jena.VERSION;
            // A shaded jar can lose Jena's own version resource; then say nothing rather than "<development>".
            String jenaPart = jena == null || jena.startsWith("<") ? "" : ", Apache Jena " + jena;
            return new String[] {"ruralkg " + RURALKG + " (extractor " + Extractor.VERSION + jenaPart + ")"};
        }
    }
}
