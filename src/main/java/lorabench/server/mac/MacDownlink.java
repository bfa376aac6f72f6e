// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.List;
import lorabench.lorawan.mac.MacCommand;

/// The MAC commands for one network-initiated downlink (class C, class B ping slot, or a scheduled one) from
/// [MacLayer#pendingForDownlink]: the state to persist (send counts raised), the commands that fit the budget
/// (answers first, then queued requests), those that did not, and the exchanges to report.
public record MacDownlink(MacState state, List<MacCommand> commands, List<MacCommand> notFitting,
                          List<MacOutcome.MacExchange> exchanges) {
    public MacDownlink {
        commands = List.copyOf(commands);
        notFitting = List.copyOf(notFitting);
        exchanges = List.copyOf(exchanges);
    }
}
