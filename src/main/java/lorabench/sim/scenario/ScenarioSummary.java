// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import lorabench.lorawan.types.Eui64;

/// What a finished (or stopped) scenario did.
///
/// @param packetErrorRate  the share of sent uplinks that reached no network server (0 when none was sent)
/// @param airtimePerDevice every device's total uplink time on air, by DevEUI
public record ScenarioSummary(long joinsAttempted, long joinsAccepted, long uplinksSent, long uplinksDelivered,
                              long downlinksReceived, double packetErrorRate, SortedMap<Eui64, Duration> airtimePerDevice,
                              Duration virtualElapsed, Duration realElapsed) {
    public ScenarioSummary {
        airtimePerDevice = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(airtimePerDevice));
    }

    /// {@return the airtime of all devices together}
    public Duration totalAirtime() {
        return airtimePerDevice.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /// {@return the largest airtime of one device}, zero when no device sent
    public Duration maxAirtime() {
        return airtimePerDevice.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    static ScenarioSummary of(Map<Eui64, Duration> airtime, long ja, long jacc, long sent, long delivered,
                              long down, Duration virtual, Duration real) {
        double per = sent == 0 ? 0 : Math.max(0, 1 - (double) delivered / sent);
        return new ScenarioSummary(ja, jacc, sent, delivered, down, per, new TreeMap<>(airtime), virtual, real);
    }
}
