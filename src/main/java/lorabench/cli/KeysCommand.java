// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import picocli.CommandLine.Command;

/// `lorabench keys`: groups `derive`. Without a subcommand picocli reports the missing one (exit 2).
@Command(name = "keys", mixinStandardHelpOptions = true, description = "LoRaWAN key derivation.",
        subcommands = {KeysDeriveCommand.class})
final class KeysCommand {
}
