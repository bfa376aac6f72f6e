// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;

/// One element of `rxpk.rsig`, the received-signal information per antenna of the multi-antenna (v2) gateways
/// (Semtech `PROTOCOL.md` of the SX1302 HAL §4; ChirpStack gateway bridge `RSig`).
///
/// @param ant antenna number (`ant`)
/// @param chan concentrator "IF" channel (`chan`)
/// @param rssic RSSI of the channel in dBm (`rssic`)
/// @param rssis RSSI of the signal in dBm (`rssis`, optional)
/// @param rssisd standard deviation of the RSSI during the preamble (`rssisd`, optional)
/// @param lsnr LoRa SNR in dB (`lsnr`; absent for FSK)
/// @param ftime unencrypted fine timestamp in ns, 0..999999999 (`ftime`, optional)
/// @param foff frequency offset in Hz (`foff`, optional)
/// @param ftstat fine-timestamp status byte (`ftstat`, optional)
/// @param etime encrypted fine timestamp (`etime`, base64, optional)
public record Rsig(int ant, int chan, int rssic, OptionalInt rssis, OptionalInt rssisd, OptionalDouble lsnr,
        OptionalLong ftime, OptionalInt foff, OptionalInt ftstat, Optional<Bytes> etime) {

    public Rsig {
        Objects.requireNonNull(rssis, "rssis");
        Objects.requireNonNull(rssisd, "rssisd");
        Objects.requireNonNull(lsnr, "lsnr");
        Objects.requireNonNull(ftime, "ftime");
        Objects.requireNonNull(foff, "foff");
        Objects.requireNonNull(ftstat, "ftstat");
        Objects.requireNonNull(etime, "etime");
        Checks.range("rsig.ant", ant, 0, 255);
        Checks.range("rsig.chan", chan, 0, 255);
        Checks.range("rsig.rssic", rssic, -255, 255);
        Checks.range("rsig.rssis", rssis, -255, 255);
        Checks.range("rsig.rssisd", rssisd, 0, 65535);
        Checks.finite("rsig.lsnr", lsnr);
        Checks.range("rsig.ftime", ftime, 0, 999_999_999);
        Checks.range("rsig.foff", foff, -1_000_000, 1_000_000);
        Checks.range("rsig.ftstat", ftstat, 0, 255);
    }

    /// {@return the minimal record}: antenna, channel, RSSI and SNR only
    public static Rsig of(int ant, int chan, int rssic, double lsnr) {
        return new Rsig(ant, chan, rssic, OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.of(lsnr),
                OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }
}
