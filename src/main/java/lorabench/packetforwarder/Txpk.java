// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;

/// A packet the gateway must emit: the `txpk` object of PULL_RESP (`PROTOCOL.TXT` §6).
///
/// @param imme send immediately, ignoring `tmst` and `tmms` (`imme`)
/// @param tmst concentrator timestamp to send at, in µs, unsigned 32-bit (`tmst`)
/// @param tmms GPS time to send at, ms since 1980-01-06 (`tmms`)
/// @param frequency TX centre frequency in Hz (`freq`, MHz on the wire)
/// @param rfch concentrator "RF chain" (`rfch`)
/// @param powe TX output power in dBm (`powe`)
/// @param datr data rate and modulation (`datr`, `modu`)
/// @param codr LoRa coding rate (`codr`)
/// @param fdev FSK frequency deviation in Hz (`fdev`)
/// @param ipol LoRa polarization inversion (`ipol`); true for LoRaWAN downlinks
/// @param prea preamble size in symbols (`prea`)
/// @param data the PHYPayload (`data`; `size` is its length), at most 255 bytes
/// @param ncrc disable the physical-layer CRC (`ncrc`); LoRaWAN downlinks have no CRC, but most servers omit it
public record Txpk(boolean imme, OptionalLong tmst, OptionalLong tmms, long frequency, int rfch, int powe, Datr datr,
        Optional<CodingRate> codr, OptionalInt fdev, boolean ipol, OptionalInt prea, Bytes data, boolean ncrc) {

    public Txpk {
        Objects.requireNonNull(tmst, "tmst");
        Objects.requireNonNull(tmms, "tmms");
        Objects.requireNonNull(datr, "datr");
        Objects.requireNonNull(codr, "codr");
        Objects.requireNonNull(fdev, "fdev");
        Objects.requireNonNull(prea, "prea");
        Objects.requireNonNull(data, "data");
        Checks.range("txpk.tmst", tmst, 0, Checks.UINT32_MAX);
        Checks.range("txpk.tmms", tmms, 0, Long.MAX_VALUE);
        Checks.frequency("txpk.freq", frequency);
        Checks.range("txpk.rfch", rfch, 0, 255);
        Checks.range("txpk.powe", powe, -128, 127);
        Checks.range("txpk.fdev", fdev, 0, 65535);
        Checks.range("txpk.prea", prea, 0, 65535);
        Checks.range("txpk.size", data.size(), 0, 255);
    }

    /// {@return a class A LoRaWAN downlink at concentrator time `tmst`}: RF chain 0, polarization inverted
    public static Txpk loRaAt(long tmst, long frequency, int powe, Datr.LoRa datr, CodingRate codr, Bytes data) {
        return new Txpk(false, OptionalLong.of(tmst), OptionalLong.empty(), frequency, 0, powe, datr,
                Optional.of(codr), OptionalInt.empty(), true, OptionalInt.empty(), data, false);
    }

    /// {@return a LoRaWAN downlink sent as soon as the gateway receives it} (class C): polarization inverted
    public static Txpk loRaImmediately(long frequency, int powe, Datr.LoRa datr, CodingRate codr, Bytes data) {
        return new Txpk(true, OptionalLong.empty(), OptionalLong.empty(), frequency, 0, powe, datr,
                Optional.of(codr), OptionalInt.empty(), true, OptionalInt.empty(), data, false);
    }

    /// {@return the payload size in bytes}, the `size` field
    public int size() {
        return data.size();
    }
}
