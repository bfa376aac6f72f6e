// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.Objects;
import java.util.OptionalInt;

/// The `txpk_ack` object of a TX_ACK (`PROTOCOL.TXT` §6): whether the gateway accepted a PULL_RESP.
///
/// `code` is [Code#UNKNOWN] when the gateway wrote a string this program does not know; `text` then keeps that
/// string, so nothing the gateway said is lost. `warning` is true for the `"warn"` form of the SX1302 forwarder
/// (`{"txpk_ack":{"warn":"TX_POWER","value":14}}`: sent, but with the power adjusted to `value` dBm).
public record TxAckError(Code code, String text, boolean warning, OptionalInt value) {

    /// The values of the `error` field. The forwarder reports a full JIT queue as `COLLISION_PACKET`.
    public enum Code {
        /// Packet has been programmed for downlink.
        NONE,
        /// Rejected because it was already too late to program this packet for downlink.
        TOO_LATE,
        /// Rejected because the downlink packet timestamp is too much in advance.
        TOO_EARLY,
        /// Rejected because there was already a packet programmed in the requested timeframe.
        COLLISION_PACKET,
        /// Rejected because there was already a beacon planned in the requested timeframe.
        COLLISION_BEACON,
        /// Rejected because the requested frequency is not supported by the TX RF chain.
        TX_FREQ,
        /// Rejected because the requested power is not supported by the gateway.
        TX_POWER,
        /// Rejected because GPS is unlocked, so a GPS timestamp cannot be used.
        GPS_UNLOCKED,
        /// A string not in `PROTOCOL.TXT`; see [TxAckError#text()].
        UNKNOWN
    }

    public TxAckError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (code == Code.UNKNOWN) {
            if (isKnown(text)) {
                throw new IllegalArgumentException("'" + text + "' is a known code, not UNKNOWN");
            }
        } else if (!code.name().equals(text)) {
            throw new IllegalArgumentException("text of " + code + " must be '" + code.name() + "', got '" + text + "'");
        }
    }

    /// {@return the error `code`} as the `error` field
    public static TxAckError of(Code code) {
        if (code == Code.UNKNOWN) {
            throw new IllegalArgumentException("use parse(text) for an unknown code");
        }
        return new TxAckError(code, code.name(), false, OptionalInt.empty());
    }

    /// {@return the `error` field holding `text`}, known or not
    public static TxAckError parse(String text) {
        return new TxAckError(isKnown(text) ? Code.valueOf(text) : Code.UNKNOWN, text, false, OptionalInt.empty());
    }

    /// {@return the SX1302 `warn` form}, e.g. `TX_POWER` with the power actually used
    public static TxAckError warning(String text, OptionalInt value) {
        return new TxAckError(isKnown(text) ? Code.valueOf(text) : Code.UNKNOWN, text, true, value);
    }

    /// {@return whether the gateway programmed the packet}: `NONE`, or any warning
    public boolean accepted() {
        return warning || code == Code.NONE;
    }

    private static boolean isKnown(String text) {
        for (Code c : Code.values()) {
            if (c != Code.UNKNOWN && c.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
