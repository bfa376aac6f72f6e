// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.ResetConf;
import lorabench.lorawan.mac.MacCommand.ResetInd;

/// ResetInd → ResetConf (LoRaWAN L2 1.1 §5.1): an ABP 1.1 device announces it restarted with its default MAC and
/// radio parameters, so the network does the same (pending requests and ADR history are dropped; the last
/// DevStatus is kept) and confirms with the LoRaWAN minor version both support (1 for LoRaWAN 1.1).
final class ResetHandler {
    /// The minor version of LoRaWAN 1.1 this network implements.
    static final int SERVER_MINOR = 1;

    Handled handle(MacUplink up, MacState s, ResetInd ind) {
        if (!up.macVersion().is11()) {
            return Handled.silent(s, "ResetInd ignored: it exists only in LoRaWAN 1.1");
        }
        int minor = Math.min(ind.minor(), SERVER_MINOR);
        MacStateBuilder b = MacState.initial(up.band()).toBuilder();
        b.lastDevStatus = s.lastDevStatus();
        return Handled.reply(b.build(), new ResetConf(minor),
                "ResetInd (minor " + ind.minor() + "): MAC state reset to the band defaults, ResetConf minor " + minor);
    }
}
