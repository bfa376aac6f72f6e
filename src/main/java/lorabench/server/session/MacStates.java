// SPDX-License-Identifier: Apache-2.0
package lorabench.server.session;

import lorabench.lorawan.band.Band;
import lorabench.server.mac.MacState;
import lorabench.server.mac.MacStateJson;
import lorabench.store.DeviceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Reads and writes the MAC state a [DeviceSession] keeps as JSON text.
public final class MacStates {
    private static final Logger LOG = LoggerFactory.getLogger(MacStates.class);

    private MacStates() {}

    /// {@return the session's MAC state}, or the band's initial state when the stored text is empty or unreadable
    /// (a session written by an older version, or by hand)
    public static MacState of(DeviceSession session, Band band) {
        String json = session.macState();
        if (json == null || json.isBlank() || json.equals("{}")) {
            return MacState.initial(band);
        }
        try {
            return MacStateJson.read(json);
        } catch (RuntimeException e) {
            LOG.warn("MAC state of {} unreadable ({}), starting from the band defaults", session.devEui(),
                    e.getMessage());
            return MacState.initial(band);
        }
    }

    public static String json(MacState state) {
        return MacStateJson.write(state);
    }
}
