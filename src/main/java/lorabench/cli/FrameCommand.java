// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import picocli.CommandLine.Command;

/// `lorabench frame`: groups `decode` and `encode`. Without a subcommand picocli reports the missing one (exit 2).
@Command(name = "frame", mixinStandardHelpOptions = true, description = "Decode and encode LoRaWAN frames.",
        subcommands = {FrameDecodeCommand.class, FrameEncodeCommand.class})
final class FrameCommand {
}
