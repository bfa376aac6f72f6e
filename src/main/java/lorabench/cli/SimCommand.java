// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import picocli.CommandLine.Command;

/// `lorabench sim`: the simulator's commands.
@Command(name = "sim", mixinStandardHelpOptions = true, description = "Runs simulator scenarios.",
        subcommands = {SimRunCommand.class})
final class SimCommand {
}
