// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;

/// One frame as the Live frames screen receives it: the PHYPayload exactly as on air plus what the radio and
/// the network server know about it. Everything but the time, direction, bytes and origin is optional.
///
/// @param time       when the gateway received it (uplink) or the server scheduled it (downlink)
/// @param direction  uplink or downlink; for a malformed frame this is what the transport said
/// @param gateway    the gateway's EUI
/// @param phyPayload the PHYPayload as on air (may be malformed: the dissector says why)
/// @param frequency  the radio frequency in Hz
/// @param dataRate   the data rate as the packet forwarder names it, e.g. `SF7BW125`
/// @param rssi       dBm
/// @param snr        dB
/// @param micValid   the server's MIC verdict, when it checked one
/// @param devEui     the device, when the server knows it (a DevAddr alone does not say)
/// @param keys       the session or root keys of the device, to decrypt and check the MIC in the dissection
/// @param origin     live traffic or a manual entry
public record CapturedFrame(Instant time, Direction direction, Optional<Eui64> gateway, Bytes phyPayload,
        OptionalLong frequency, Optional<String> dataRate, OptionalDouble rssi, OptionalDouble snr,
        Optional<Boolean> micValid, Optional<Eui64> devEui, Optional<DissectionKeys> keys, FrameOrigin origin) {
    public CapturedFrame {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(rssi, "rssi");
        Objects.requireNonNull(snr, "snr");
        Objects.requireNonNull(micValid, "micValid");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(origin, "origin");
    }

    /// {@return a live frame with only the bytes, direction and time known}
    public static CapturedFrame live(Instant time, Direction direction, Bytes phyPayload) {
        return new CapturedFrame(time, direction, Optional.empty(), phyPayload, OptionalLong.empty(), Optional.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                FrameOrigin.LIVE);
    }

    /// {@return a frame pasted by the user}; its direction follows from the MType (uplink when unreadable)
    public static CapturedFrame manual(Instant time, Bytes phyPayload, Optional<DissectionKeys> keys) {
        Direction dir = phyPayload.isEmpty() ? Direction.UPLINK
                : lorabench.lorawan.frame.MType.fromBits(phyPayload.get(0) >>> 5).direction().orElse(Direction.UPLINK);
        return new CapturedFrame(time, dir, Optional.empty(), phyPayload, OptionalLong.empty(), Optional.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(), keys,
                FrameOrigin.MANUAL);
    }

    /// {@return this frame with radio metadata}
    public CapturedFrame withRadio(Eui64 gatewayEui, long frequencyHz, String rate, double rssiDbm, double snrDb) {
        return new CapturedFrame(time, direction, Optional.of(gatewayEui), phyPayload, OptionalLong.of(frequencyHz),
                Optional.of(rate), OptionalDouble.of(rssiDbm), OptionalDouble.of(snrDb), micValid, devEui, keys, origin);
    }

    /// {@return this frame with the device's keys}
    public CapturedFrame withKeys(DissectionKeys k) {
        return new CapturedFrame(time, direction, gateway, phyPayload, frequency, dataRate, rssi, snr, micValid, devEui,
                Optional.of(k), origin);
    }

    /// {@return this frame with the server's MIC verdict and the device's EUI}
    public CapturedFrame withServerView(Optional<Boolean> mic, Optional<Eui64> device) {
        return new CapturedFrame(time, direction, gateway, phyPayload, frequency, dataRate, rssi, snr, mic, device,
                keys, origin);
    }
}
