// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;

/// MAC commands split by a byte budget (FOpts holds at most 15 bytes, LoRaWAN L2 1.0.4 §4.3.1.6): the commands that
/// fit, in order, and those that did not. A block of LinkADRReq commands (§5.3.1) goes whole or not at all.
///
/// @param fitting    the commands to send, in order
/// @param notFitting the commands left out, in order
public record MacBudget(List<MacCommand> fitting, List<MacCommand> notFitting) {
    public MacBudget {
        fitting = List.copyOf(fitting);
        notFitting = List.copyOf(notFitting);
    }

    /// {@return the encoded size of [#fitting()]}
    public int fittingBytes() {
        return fitting.stream().mapToInt(MacCommandCodec::size).sum();
    }

    /// {@return `commands` split greedily by `budgetBytes`}: a command too big for what is left is skipped and later
    /// smaller ones may still fit
    public static MacBudget fit(List<? extends MacCommand> commands, int budgetBytes) {
        List<MacCommand> in = new ArrayList<>();
        List<MacCommand> out = new ArrayList<>();
        int blockSize = commands.stream().filter(c -> c instanceof MacCommand.LinkAdrReq)
                .mapToInt(MacCommandCodec::size).sum();
        int used = 0;
        Boolean blockIn = null;
        for (MacCommand c : commands) {
            if (c instanceof MacCommand.LinkAdrReq) {
                if (blockIn == null) {
                    blockIn = used + blockSize <= budgetBytes;
                    used += blockIn ? blockSize : 0;
                }
                (blockIn ? in : out).add(c);
                continue;
            }
            int size = MacCommandCodec.size(c);
            if (used + size <= budgetBytes) {
                in.add(c);
                used += size;
            } else {
                out.add(c);
            }
        }
        return new MacBudget(in, out);
    }
}
