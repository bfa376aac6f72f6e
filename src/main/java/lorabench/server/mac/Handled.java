// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.Optional;
import lorabench.lorawan.mac.MacCommand;

/// What a handler did with one command: the new state, the answer to send (for device-initiated requests) and a
/// human summary for the session log.
record Handled(MacState state, Optional<MacCommand> answer, String summary) {
    static Handled reply(MacState state, MacCommand answer, String summary) {
        return new Handled(state, Optional.of(answer), summary);
    }

    static Handled silent(MacState state, String summary) {
        return new Handled(state, Optional.empty(), summary);
    }

    static String verdict(boolean accepted) {
        return accepted ? "accepted" : "rejected";
    }

    static String ack(String name, boolean ok) {
        return name + (ok ? " ok" : " NACK");
    }
}
