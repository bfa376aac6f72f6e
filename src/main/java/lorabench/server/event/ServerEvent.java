// SPDX-License-Identifier: Apache-2.0
package lorabench.server.event;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.GatewayStats;

/// What the network server did, as one stream that the GUI, the northbound APIs and push targets consume
/// (STYLE.md §7). Every event carries the instant it happened on the server's clock. Consumers switch
/// exhaustively over this family, so a new event type breaks the build where it must be handled.
public sealed interface ServerEvent {

    /// {@return when it happened}, on the server's [lorabench.clock.TaskScheduler]
    Instant at();

    /// A data uplink was accepted and stored (after the commit). `payload` is the decrypted FRMPayload (empty when
    /// FPort is absent or 0); `receptions` holds every gateway's copy, best SNR first; `phyPayload` is the frame as
    /// on air (for live frame views and dissection).
    record UplinkReceived(Instant at, long uplinkId, Eui64 devEui, DevAddr devAddr, long fCnt32, Optional<Integer> fPort,
            Bytes payload, boolean confirmed, int dataRate, List<Reception> receptions, Bytes phyPayload)
            implements ServerEvent {
        public UplinkReceived {
            receptions = List.copyOf(receptions);
            Objects.requireNonNull(phyPayload, "phyPayload");
        }
    }

    /// A join-request or rejoin-request was accepted and a new session started. `phyPayload` is the request as on
    /// air and `receptions` every gateway's copy of it, best SNR first.
    record JoinAccepted(Instant at, Eui64 devEui, Eui64 joinEui, DevAddr devAddr, MacVersion version,
            DevNonce devNonce, Bytes phyPayload, List<Reception> receptions) implements ServerEvent {
        public JoinAccepted {
            Objects.requireNonNull(phyPayload, "phyPayload");
            receptions = List.copyOf(receptions);
        }
    }

    /// A LoRaWAN 1.1 device whose AppKey only the application holds was joined (before its [JoinAccepted]):
    /// `request` is the join- or rejoin-request as on air, `clearJoinAccept` the join-accept before MIC and encryption
    /// (`MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | [CFList]`), from which, with the request, the
    /// application derives AppSKey (OrbiWAN `join` push, seed 004 L600).
    record JoinForwarded(Instant at, Eui64 devEui, Eui64 joinEui, DevAddr devAddr, Bytes request,
            Bytes clearJoinAccept) implements ServerEvent {
        public JoinForwarded {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(clearJoinAccept, "clearJoinAccept");
        }
    }

    /// A join-request or rejoin-request was refused. `phyPayload` is the request as on air and `receptions` every
    /// gateway's copy of it, best SNR first.
    record JoinRejected(Instant at, Eui64 devEui, Eui64 joinEui, DevNonce devNonce, JoinRejectReason reason,
            String detail, Bytes phyPayload, List<Reception> receptions) implements ServerEvent {
        public JoinRejected {
            Objects.requireNonNull(phyPayload, "phyPayload");
            receptions = List.copyOf(receptions);
        }
    }

    /// Why a join was refused.
    /// `NO_KEY_SOURCE`: the application that holds the AppKey did not answer in time (or unusably, or there is
    /// none); `APPLICATION_REFUSED`: it refused the device (OrbiWAN `join` callback answered 403).
    enum JoinRejectReason { UNKNOWN_DEVEUI, NOT_OTAA, JOINEUI_MISMATCH, BAD_MIC, DEVNONCE_REPLAY, REJOIN_REPLAY,
        NO_SESSION, STORE_FAILED, NO_KEY_SOURCE, APPLICATION_REFUSED }

    /// The first data uplink of a session a join (or rejoin) started was accepted: the device uses the new keys
    /// (OrbiWAN `JOIN_COMPLETE`).
    record JoinCompleted(Instant at, Eui64 devEui, DevAddr devAddr) implements ServerEvent {}

    /// A device went on with the session a join replaced (it missed the join-accept, or the join-request was a
    /// replay): the old session on `devAddr` is active again (OrbiWAN `JOIN_ABORTED`).
    record JoinAborted(Instant at, Eui64 devEui, DevAddr devAddr) implements ServerEvent {}

    /// A queued downlink moved from `from` to `to` (L2 acknowledgements, TX_ACK results, cancellation).
    record DownlinkStatusChanged(Instant at, long downlinkId, DownlinkTarget target, DownlinkStatus from,
            DownlinkStatus to, Optional<String> error) implements ServerEvent {}

    /// A gateway confirmed (TX_ACK) that it programmed a downlink frame.
    record DownlinkTransmitted(Instant at, Bytes phyPayload, Eui64 gateway, long frequencyHz, String dataRate,
            RxWindow window, Optional<Eui64> devEui) implements ServerEvent {}

    /// The receive window a downlink was sent for.
    enum RxWindow { RX1, RX2, CLASS_C, MULTICAST, CLASS_B }

    /// A gateway opened (or re-opened from a new address) its downlink path with PULL_DATA.
    record GatewayConnected(Instant at, Eui64 gateway, InetSocketAddress address) implements ServerEvent {}

    /// A gateway's periodic `stat` report (counters of the last interval) and its running totals.
    record GatewayStatsReported(Instant at, Eui64 gateway, GatewayStats interval, GatewayStats total)
            implements ServerEvent {}

    /// One MAC command received from or sent to a device.
    record MacExchange(Instant at, Eui64 devEui, String command, Direction direction) implements ServerEvent {}

    /// A data uplink of a known device with a valid MIC was refused by a rule a northbound API added
    /// ([lorabench.server.uplink.UplinkPolicy]): not stored, not answered, and no [UplinkReceived]. `code` names the
    /// rule (OrbiWAN's `UPLINK_WITHOUT_ADR`, `DEVICE_NOT_ACTIVATED`), `detail` says why; `receptions` holds every
    /// gateway's copy, best SNR first.
    record UplinkRefused(Instant at, Eui64 devEui, DevAddr devAddr, long fCnt32, String code, String detail,
            List<Reception> receptions, Bytes phyPayload) implements ServerEvent {
        public UplinkRefused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
            receptions = List.copyOf(receptions);
            Objects.requireNonNull(phyPayload, "phyPayload");
        }
    }

    /// A frame was dropped. `phyPayload` is what the gateway delivered; `gateway` the first that heard it.
    record FrameRejected(Instant at, Optional<Eui64> gateway, Bytes phyPayload, RejectReason reason, String detail)
            implements ServerEvent {
        public FrameRejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /// Why a frame was dropped (LoRaMac-node `LORAMAC_CRYPTO_FAIL_*` in spirit).
    enum RejectReason { MALFORMED, UNKNOWN_DEVADDR, MIC_MISMATCH, FCNT_REPLAY, FCNT_EXHAUSTED, WRONG_DIRECTION,
        UNSUPPORTED, STORE_FAILED, REFUSED }
}
