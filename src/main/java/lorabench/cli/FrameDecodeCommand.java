// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.util.concurrent.Callable;
import lorabench.dissect.Dissector;
import lorabench.dissect.FrameJson;
import lorabench.lorawan.types.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `lorabench frame decode HEX [keys] [context]`: prints the dissection of a PHYPayload as JSON (DESIGN.md,
/// command-line contracts; the mapping is [FrameJson]).
@Command(name = "decode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decodes a PHYPayload and prints it as JSON: MIC checked, payload, FOpts and join-accept",
                "decrypted with whatever keys are given (null where no key allows it)."})
final class FrameDecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HEX", converter = Converters.HexBytes.class,
            description = "the PHYPayload in hex")
    Bytes phyPayload;

    @Option(names = "--fcnt", paramLabel = "N", converter = Converters.Counter.class,
            description = "full 32-bit FCnt for the MIC and decryption (default: the 16 bits on air)")
    Long fCnt;

    @Mixin
    KeyOptions keys;

    @Mixin
    ContextOptions context;

    @Override
    public Integer call() {
        var dissection = InputErrors.guard(() ->
                Dissector.dissect(phyPayload, keys.toFrameKeys(), context.toContext(fCnt)));
        JsonOut.print(spec, FrameJson.of(dissection));
        return 0;
    }
}
