// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;

/// The arguments of an OrbiWAN payload decoder call (seed §Payload Decoding function):
/// `uplink = {data, fport, devaddr, fcnt}` and `meta = {freq, rssi, snr, tags}`. `freqMhz` is in MHz as in the
/// seed's `meta.freq: 868.1`; `devaddr` is passed as a number, as in the seed's `devaddr: 123`.
public record DecoderInput(Bytes data, int fPort, DevAddr devAddr, long fCnt, OptionalDouble freqMhz,
        OptionalDouble rssi, OptionalDouble snr, Map<String, String> tags) {

    public DecoderInput {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(devAddr, "devAddr");
        Objects.requireNonNull(freqMhz, "freqMhz");
        Objects.requireNonNull(rssi, "rssi");
        Objects.requireNonNull(snr, "snr");
        tags = Map.copyOf(tags);
        if (fPort < 0 || fPort > 255) {
            throw new IllegalArgumentException("fPort must be 0..255, got " + fPort);
        }
    }

    /// {@return an input with only the payload and port}: DevAddr 0, FCnt 0, no radio metadata, no tags
    public static DecoderInput of(int fPort, Bytes data) {
        return new DecoderInput(data, fPort, new DevAddr(0), 0, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), Map.of());
    }
}
