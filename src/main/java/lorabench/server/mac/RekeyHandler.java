// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.RekeyConf;
import lorabench.lorawan.mac.MacCommand.RekeyInd;

/// RekeyInd → RekeyConf (LoRaWAN L2 1.1 §5.10): an OTAA 1.1 device confirms it uses the session keys of its last
/// join; the network answers with the minor version both support. The session layer switches keys.
final class RekeyHandler {
    Handled handle(MacUplink up, MacState s, RekeyInd ind) {
        if (!up.macVersion().is11()) {
            return Handled.silent(s, "RekeyInd ignored: it exists only in LoRaWAN 1.1");
        }
        int minor = Math.min(ind.minor(), ResetHandler.SERVER_MINOR);
        return Handled.reply(s, new RekeyConf(minor),
                "RekeyInd (minor " + ind.minor() + ") confirmed: RekeyConf minor " + minor);
    }
}
