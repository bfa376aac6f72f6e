// SPDX-License-Identifier: Apache-2.0
package lorabench.server.event;

import java.time.Instant;
import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// One gateway's copy of an uplink frame (Semtech UDP `rxpk`, PROTOCOL.TXT §4): who heard it, how well, on which
/// frequency and data rate, and the concentrator timestamp the class A receive windows are counted from.
///
/// @param dataRate the `datr` text, e.g. `SF7BW125`
/// @param tmst     concentrator timestamp (µs, unsigned 32-bit) of the end of reception
/// @param channel  concentrator IF channel
public record Reception(Eui64 gateway, double rssi, double snr, long frequencyHz, String dataRate, long tmst,
        int channel, int rfChain, Instant receivedAt) {
    public Reception {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
