// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.List;
import lorabench.lorawan.mac.MacCommand;

/// What the MAC layer decided for one uplink: the state to persist, the commands to send in the next downlink
/// (answers first, then network requests), and the exchanges to report as events.
public record MacOutcome(MacState state, List<MacCommand> downlinkCommands, List<MacExchange> exchanges) {
    public MacOutcome {
        downlinkCommands = List.copyOf(downlinkCommands);
        exchanges = List.copyOf(exchanges);
    }

    /// One MAC command seen or sent, for the session log and the event stream.
    public record MacExchange(MacCommand command, String summary) {}
}
