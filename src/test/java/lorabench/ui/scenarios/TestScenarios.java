// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

/// Scenario files for the Scenarios screen's tests.
public final class TestScenarios {
    private TestScenarios() {}

    /// Two OTAA sensors under one gateway for twenty minutes, an uplink every 30 s: a few seconds of CPU on virtual
    /// time.
    public static final String TINY = """
            {
              "name": "Tiny",
              "description": "One gateway, two OTAA sensors, twenty minutes.",
              "seed": 7,
              "duration": "20m",
              "clock": "virtual",
              "radio": { "pathLossExponent": 2.7, "referenceLoss": 31.2, "referenceDistance": 1, "shadowingSigma": 4 },
              "gateways": [ { "eui": "B827EBFFFE00A001", "latitude": 48.8584, "longitude": 2.2945 } ],
              "devices": [ {
                "name": "probe", "count": 2, "devEui": { "prefix": "70B3D57ED0AA", "start": 1 },
                "activation": "OTAA", "region": "EU868", "joinEui": "70B3D57ED0000000", "keys": "generate",
                "placement": { "type": "circle", "latitude": 48.8584, "longitude": 2.2945, "radius": 300 },
                "uplink": { "interval": "30s" }, "payload": { "type": "counter" },
                "join": { "atStart": true, "spread": "10s" }
              } ]
            }
            """;
}
