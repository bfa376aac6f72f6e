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

    /// {@return whether the network must answer `uplink` with a downlink} even without application data: it carries
    /// MAC commands, or the device set ADRACKReq (LoRaWAN L2 1.0.4 §4.3.1.1: the network must answer within
    /// ADR_ACK_DELAY uplinks; an empty downlink is enough). Confirmed uplinks also need one (the caller knows).
    public boolean downlinkRequired(MacUplink uplink) {
        return uplink.adrAckReq() || !downlinkCommands.isEmpty();
    }

    /// {@return [#downlinkCommands()] split into those that fit `budgetBytes`} (15 for FOpts, [MacLayer#FOPTS_MAX])
    /// in order, answers first, a LinkADRReq block whole or not at all; the rest may go on FPort 0 or wait
    public MacBudget split(int budgetBytes) {
        return MacBudget.fit(downlinkCommands, budgetBytes);
    }
}
