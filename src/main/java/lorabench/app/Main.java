// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import lorabench.cli.LoraBenchCommand;
import picocli.CommandLine;

/// The entry point of `./lorabench`: the composition root hands the command line to picocli.
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(LoraBenchCommand.commandLine().execute(args));
    }
}
