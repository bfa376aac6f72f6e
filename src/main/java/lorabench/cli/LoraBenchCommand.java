// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.io.PrintWriter;
import lorabench.app.GuiLauncher;
import lorabench.ui.GuiOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `lorabench`: the top-level command. Each subcommand prints one JSON document on stdout and exits 0, or a
/// one-line error on stderr and exits 2 (DESIGN.md, command-line contracts). An unexpected failure (a bug, not bad
/// input) is also one line on stderr, with exit code 1.
@Command(name = "lorabench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "LoRaWAN network-server simulator and test bench.",
        subcommands = {ServeCommand.class, FrameCommand.class, KeysCommand.class, DevicesCommand.class, ExportCommand.class,
                BenchCommand.class, SimCommand.class, CommandLine.HelpCommand.class})
public final class LoraBenchCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LoraBenchCommand.class);

    @Spec
    CommandSpec spec;

    /// Without a subcommand: opens the GUI (`--help` still prints the command overview).
    @Override
    public void run() {
        GuiLauncher.launch(GuiOptions.fromSystemProperties());
    }

    /// {@return the configured command line}: bad input exits 2 with one line on stderr.
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LoraBenchCommand());
        cl.setParameterExceptionHandler(LoraBenchCommand::onBadParameters);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UsageException u) {
                line.getErr().println("error: " + oneLine(u.getMessage()));
                return 2;
            }
            // NOTE: bad input never gets here (commands turn it into UsageException); this is a bug or an
            // environment failure. Still one line, with the details in the debug log.
            LOG.debug("{} failed", line.getCommandName(), ex);
            line.getErr().println("error: internal error: " + oneLine(String.valueOf(ex)));
            return 1;
        });
        return cl;
    }

    private static int onBadParameters(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("error: " + oneLine(ex.getMessage()));
        return 2;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replace("\r", "").replace('\n', ' ');
    }
}
