// SPDX-License-Identifier: Apache-2.0
package lorabench.e2e;

import java.util.Optional;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.ScenarioExpansion;
import lorabench.sim.scenario.ScenarioParser;

/// Small scenario files for the end-to-end tests: gateways around Paris, a suburban radio model under which a few
/// hundred metres is an easy link.
final class Scenarios {
    static final String RADIO = """
            "radio": {"pathLossExponent": 2.7, "referenceLoss": 31.2, "referenceDistance": 1, "shadowingSigma": 0},
            """;

    private Scenarios() {}

    /// {@return a virtual-time scenario with `gateways` (JSON array items) and `devices` (JSON array items)}
    static Expansion of(long seed, String duration, String gateways, String devices) {
        String text = """
                {"name": "e2e", "seed": %d, "duration": "%s", "clock": "virtual", %s
                 "gateways": [%s], "devices": [%s]}""".formatted(seed, duration, RADIO, gateways, devices);
        return ScenarioExpansion.expand(new ScenarioParser().parse(text, Optional.empty()));
    }

    static String gateway(int n, double longitudeOffset) {
        return """
                {"eui": "B827EBFFFE%06X", "latitude": 48.8584, "longitude": %s, "altitude": 30}"""
                .formatted(n, 2.2945 + longitudeOffset);
    }

    /// A device template of `count` devices within `radius` metres of the first gateway.
    static String devices(String name, int count, String macVersion, String deviceClass, String interval,
            String extra) {
        return """
                {"name": "%s", "count": %d, "devEui": {"prefix": "70B3D57E%02X", "start": 1},
                 "activation": "OTAA", "macVersion": "%s", "region": "EU868", "deviceClass": "%s",
                 "joinEui": "70B3D57ED0000000", "keys": "generate",
                 "placement": {"type": "circle", "latitude": 48.8584, "longitude": 2.2945, "radius": 200},
                 "uplink": {"interval": "%s", "jitter": 10, "fPort": 2},
                 "payload": {"type": "counter", "width": 2},
                 "join": {"atStart": true, "spread": "10s"} %s}"""
                .formatted(name, count, Math.abs(name.hashCode()) % 200, macVersion, deviceClass, interval, extra);
    }
}
