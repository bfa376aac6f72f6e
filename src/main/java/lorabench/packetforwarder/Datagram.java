// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// One datagram of the Semtech UDP packet-forwarder protocol v2 (`PROTOCOL.TXT` §3, §5).
///
/// Every datagram starts with the version byte, a two-byte random token (0..65535, big-endian) and the identifier
/// byte; PUSH_DATA, PULL_DATA and TX_ACK then carry the gateway EUI (8 bytes, big-endian). Consumers switch over
/// this sealed family without `default`, so a new datagram type breaks the build wherever it must be handled.
public sealed interface Datagram {

    /// {@return the random token}, 0..65535
    int token();

    /// {@return the identifier}
    DatagramType type();

    /// PUSH_DATA (0x00), gateway to server: received packets and/or a status report (§3.2).
    record PushData(int token, Eui64 gateway, List<Rxpk> rxpk, Optional<Stat> stat) implements Datagram {
        public PushData {
            checkToken(token);
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(stat, "stat");
            rxpk = List.copyOf(rxpk);
        }

        @Override
        public DatagramType type() {
            return DatagramType.PUSH_DATA;
        }
    }

    /// PUSH_ACK (0x01), server to gateway: acknowledges the PUSH_DATA with the same token (§3.3).
    record PushAck(int token) implements Datagram {
        public PushAck {
            checkToken(token);
        }

        @Override
        public DatagramType type() {
            return DatagramType.PUSH_ACK;
        }
    }

    /// PULL_DATA (0x02), gateway to server: keep-alive that opens the downlink path (§5.2).
    record PullData(int token, Eui64 gateway) implements Datagram {
        public PullData {
            checkToken(token);
            Objects.requireNonNull(gateway, "gateway");
        }

        @Override
        public DatagramType type() {
            return DatagramType.PULL_DATA;
        }
    }

    /// PULL_ACK (0x04), server to gateway: acknowledges the PULL_DATA with the same token (§5.3).
    record PullAck(int token) implements Datagram {
        public PullAck {
            checkToken(token);
        }

        @Override
        public DatagramType type() {
            return DatagramType.PULL_ACK;
        }
    }

    /// PULL_RESP (0x03), server to gateway: a packet to emit; the gateway answers with a TX_ACK of the same token
    /// (§5.4; in protocol v1 the token bytes were unused).
    record PullResp(int token, Txpk txpk) implements Datagram {
        public PullResp {
            checkToken(token);
            Objects.requireNonNull(txpk, "txpk");
        }

        @Override
        public DatagramType type() {
            return DatagramType.PULL_RESP;
        }
    }

    /// TX_ACK (0x05), gateway to server: whether the PULL_RESP with the same token was accepted (§5.5). An empty
    /// `error` is a datagram without JSON body, which means "no error".
    record TxAck(int token, Eui64 gateway, Optional<TxAckError> error) implements Datagram {
        public TxAck {
            checkToken(token);
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(error, "error");
        }

        /// {@return whether the gateway programmed the packet}: no body, `NONE`, or a warning
        public boolean accepted() {
            return error.map(TxAckError::accepted).orElse(true);
        }

        @Override
        public DatagramType type() {
            return DatagramType.TX_ACK;
        }
    }

    private static void checkToken(int token) {
        if (token < 0 || token > 0xFFFF) {
            throw new IllegalArgumentException("token must be 0..65535, got " + token);
        }
    }
}
