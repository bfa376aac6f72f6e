// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import lorabench.lorawan.types.Eui64;

/// What a scenario run did: the closing summary of `lorabench sim run` and of `GET /api/sim/scenarios/{id}`.
///
/// @param state            `running`, `finished`, `stopped` or `failed`
/// @param fraction         how much of the scenario's duration has passed, 0..1
/// @param joinRequests     join-requests put on the air
/// @param joins            joins accepted
/// @param uplinks          uplinks completed (each with its own FCnt)
/// @param transmissions    frames the devices put on the air (joins and repetitions included)
/// @param uplinksDelivered uplink transmissions at least one gateway forwarded to the network
/// @param downlinks        downlinks the devices accepted
/// @param downlinksSent    downlinks the gateways put on the air (a device misses those sent when its window is not
///                         open, or too weak to be heard)
/// @param downlinksRefused PULL_RESPs the gateways refused with a TX_ACK error (`TOO_LATE`, `TOO_EARLY`, ...)
/// @param refusedByError   the same, per TX_ACK error
/// @param packetErrorRate  1 - uplinksDelivered / uplink transmissions (0 with no traffic)
/// @param collisions       (transmission, receiver) pairs lost in a collision
/// @param airtimePerDevice each device's time on air
public record RunReport(String scenario, long seed, String clock, String state, double fraction,
        Duration virtualElapsed, Duration realElapsed, int devices, int gateways, long joinRequests, long joins,
        long uplinks, long transmissions, long uplinksDelivered, long downlinks, long downlinksSent,
        long downlinksRefused, SortedMap<String, Long> refusedByError, double packetErrorRate,
        long collisions, SortedMap<Eui64, Duration> airtimePerDevice) {

    public RunReport {
        Objects.requireNonNull(scenario, "scenario");
        airtimePerDevice = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(airtimePerDevice));
        refusedByError = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(refusedByError));
    }

    /// {@return the airtime of all devices together}
    public Duration totalAirtime() {
        return airtimePerDevice.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /// {@return the report as JSON-ready values, keys in a fixed order}: durations as seconds (`virtualSeconds`,
    /// `realSeconds`, `airtimeSeconds` per DevEUI), upper-case hex DevEUIs
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("seed", seed);
        m.put("clock", clock);
        m.put("state", state);
        m.put("fraction", fraction);
        m.put("virtualSeconds", seconds(virtualElapsed));
        m.put("realSeconds", seconds(realElapsed));
        m.put("devices", devices);
        m.put("gateways", gateways);
        m.put("joinRequests", joinRequests);
        m.put("joins", joins);
        m.put("uplinks", uplinks);
        m.put("transmissions", transmissions);
        m.put("uplinksDelivered", uplinksDelivered);
        m.put("downlinks", downlinks);
        m.put("downlinksSent", downlinksSent);
        m.put("downlinksRefused", downlinksRefused);
        m.put("refusedByError", new LinkedHashMap<>(refusedByError));
        m.put("packetErrorRate", packetErrorRate);
        m.put("collisions", collisions);
        m.put("totalAirtimeSeconds", seconds(totalAirtime()));
        Map<String, Object> air = new LinkedHashMap<>();
        airtimePerDevice.forEach((k, v) -> air.put(k.toString(), seconds(v)));
        m.put("airtimeSeconds", air);
        return m;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /// {@return this report without the per-device airtime} (for progress lines)
    public RunReport withoutDevices() {
        return new RunReport(scenario, seed, clock, state, fraction, virtualElapsed, realElapsed, devices, gateways,
                joinRequests, joins, uplinks, transmissions, uplinksDelivered, downlinks, downlinksSent,
                downlinksRefused, refusedByError, packetErrorRate, collisions,
                new TreeMap<>());
    }
}
