// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.io.PrintWriter;
import lorabench.app.GuiLauncher;
import lorabench.ui.GuiOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `lorabench`: the top-level command. Each subcommand prints one JSON document on stdout and exits 0, or a
/// one-line error on stderr and exits 2 (DESIGN.md, command-line contracts).
@Command(name = "lorabench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "LoRaWAN network-server simulator and test bench.",
        subcommands = {CommandLine.HelpCommand.class, DevicesCommand.class, ExportCommand.class})
public final class LoraBenchCommand implements Runnable {
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
                line.getErr().println("error: " + u.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    private static int onBadParameters(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("error: " + ex.getMessage().replace('\n', ' '));
        return 2;
    }
}
