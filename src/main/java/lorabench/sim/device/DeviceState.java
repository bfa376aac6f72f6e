// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.NetId;

/// Everything a device must keep across restarts (LoRaWAN L2 1.0.4 §4.3.1.5: frame counters never go back within a
/// session; §6.2.4 and L2 1.1 §6.2.4.3: DevNonce never repeats), as saved by a [DeviceStateStore].
///
/// Downlink counters hold the last accepted value, -1 when none was received yet.
///
/// @param devNonce           the next DevNonce (1.0.4 and 1.1: a counter)
/// @param usedDevNonces      DevNonces already sent (1.0.0-1.0.3 draw them at random and must not repeat)
/// @param lastJoinNonce      the JoinNonce of the last accepted join-accept (1.1 requires it to grow), -1 when none
/// @param channels           the channel plan, in channel-index order
/// @param subBandBlockedUntil end of the off-time of each regulatory sub-band, by name (duty cycle)
/// @param rejoin             what the LoRaWAN 1.1 rejoin procedure keeps
public record DeviceState(boolean joined, Optional<DevAddr> devAddr, Optional<SessionKeys.Keys11> keys, long fCntUp,
        long nFCntDown, long aFCntDown, int devNonce, List<Integer> usedDevNonces, long lastJoinNonce, int dataRate,
        int txPowerIndex, int nbTrans, List<ChannelState> channels, int rx1DrOffset, int rx2DataRate,
        long rx2FrequencyHz, int rxDelaySeconds, int maxDutyCycle, Map<String, Instant> subBandBlockedUntil,
        Instant aggregatedBlockedUntil, int adrAckCnt, int adrAckLimit, int adrAckDelay, boolean rekeyPending,
        boolean resetPending, long pingSlotFrequencyHz, int pingSlotDataRate, long beaconFrequencyHz,
        boolean uplinkDwellTime, boolean downlinkDwellTime, int maxEirpIndex, RejoinState rejoin) {

    public DeviceState {
        usedDevNonces = List.copyOf(usedDevNonces);
        channels = List.copyOf(channels);
        subBandBlockedUntil = Map.copyOf(subBandBlockedUntil);
        Objects.requireNonNull(rejoin, "rejoin");
    }

    /// {@return this state with another data rate}
    public DeviceState withDataRate(int dr) {
        return new DeviceState(joined, devAddr, keys, fCntUp, nFCntDown, aFCntDown, devNonce, usedDevNonces,
                lastJoinNonce, dr, txPowerIndex, nbTrans, channels, rx1DrOffset, rx2DataRate, rx2FrequencyHz,
                rxDelaySeconds, maxDutyCycle, subBandBlockedUntil, aggregatedBlockedUntil, adrAckCnt, adrAckLimit,
                adrAckDelay, rekeyPending, resetPending, pingSlotFrequencyHz, pingSlotDataRate, beaconFrequencyHz,
                uplinkDwellTime, downlinkDwellTime, maxEirpIndex, rejoin);
    }

    /// The rejoin state of a LoRaWAN 1.1 OTAA device (L2 1.1 §5.14, §6.2.4.1).
    ///
    /// @param netId                 the Home_NetID of the last join-accept, sent in type 0 and 2 rejoin-requests;
    ///                              empty before the first join
    /// @param rjCount0              the RJcount0 of the next type 0 or 2 rejoin-request (0 after every join-accept)
    /// @param type0UplinkLimit      RejoinParamSetupReq: a type 0 rejoin-request at least every this many uplinks,
    ///                              0 for none
    /// @param type0TimeLimitSeconds RejoinParamSetupReq: and at least every this many seconds, 0 for none
    /// @param uplinksSinceType0     uplinks sent since the last type 0 rejoin-request
    public record RejoinState(Optional<NetId> netId, int rjCount0, int type0UplinkLimit, long type0TimeLimitSeconds,
            int uplinksSinceType0) {
        public static final RejoinState NONE = new RejoinState(Optional.empty(), 0, 0, 0, 0);

        public RejoinState {
            Objects.requireNonNull(netId, "netId");
        }
    }

    /// One channel of the plan: uplink frequency, allowed data rates, RX1 frequency (0: the band's rule), enabled.
    public record ChannelState(long frequencyHz, int minDr, int maxDr, long downlinkFrequencyHz, boolean enabled) {}
}
