// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `lorabench devices`: device provisioning commands.
@Command(name = "devices", mixinStandardHelpOptions = true, description = "Provision devices.",
        subcommands = {DevicesImportCommand.class})
public final class DevicesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("missing subcommand: lorabench devices import FILE");
    }
}
