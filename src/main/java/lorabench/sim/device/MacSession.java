// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.crypto.FCntReconstruction;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.NetId;
import lorabench.sim.device.DeviceState.ChannelState;

/// The device's working MAC state: the mutable counterpart of [DeviceState], touched only under the device's lock.
final class MacSession {
    boolean joined;
    DevAddr devAddr;
    SessionKeys.Keys11 keys;
    long fCntUp;
    long nFCntDown = FCntReconstruction.NONE;
    long aFCntDown = FCntReconstruction.NONE;
    int devNonce;
    List<Integer> usedDevNonces = new ArrayList<>();
    long lastJoinNonce = -1;
    int dataRate;
    int txPowerIndex;
    int nbTrans = 1;
    List<ChannelState> channels = new ArrayList<>();
    int rx1DrOffset;
    int rx2DataRate;
    long rx2FrequencyHz;
    int rxDelaySeconds = 1;
    int maxDutyCycle;
    Map<String, Instant> subBandBlockedUntil = new HashMap<>();
    Instant aggregatedBlockedUntil = Instant.EPOCH;
    int adrAckCnt;
    int adrAckLimit;
    int adrAckDelay;
    boolean rekeyPending;
    boolean resetPending;
    long pingSlotFrequencyHz;
    int pingSlotDataRate;
    long beaconFrequencyHz;
    boolean uplinkDwellTime;
    boolean downlinkDwellTime;
    int maxEirpIndex = -1;
    NetId netId;
    int rjCount0;
    int type0UplinkLimit;
    long type0TimeLimitSeconds;
    int uplinksSinceType0;

    /// {@return a fresh session with the band's defaults} (RP002-1.0.4 "Default settings")
    static MacSession defaults(Band band) {
        MacSession s = new MacSession();
        s.resetToDefaults(band);
        return s;
    }

    /// Restores the band's default radio parameters, as after a join (L2 1.0.4 §6.2.5).
    void resetToDefaults(Band band) {
        channels = new ArrayList<>();
        for (Channel c : band.defaultChannels()) {
            channels.add(new ChannelState(c.frequencyHz(), c.minDr(), c.maxDr(), 0, true));
        }
        dataRate = band.defaultChannels().stream().mapToInt(Channel::maxDr).min().orElse(0);
        txPowerIndex = 0;
        nbTrans = 1;
        rx1DrOffset = 0;
        rx2DataRate = band.rx2().dataRate();
        rx2FrequencyHz = band.rx2().frequencyHz();
        rxDelaySeconds = (int) band.timing().receiveDelay1().toSeconds();
        maxDutyCycle = 0;
        adrAckCnt = 0;
        adrAckLimit = band.timing().adrAckLimit();
        adrAckDelay = band.timing().adrAckDelay();
        pingSlotFrequencyHz = 0;
        pingSlotDataRate = band.classB().pingSlotDataRate();
        beaconFrequencyHz = 0;
        uplinkDwellTime = band.dwellTime().uplink();
        downlinkDwellTime = band.dwellTime().downlink();
        maxEirpIndex = -1;
        // RejoinParamSetupReq is a MAC setting too: a join-accept resets it (L2 1.1 §6.2.3).
        type0UplinkLimit = 0;
        type0TimeLimitSeconds = 0;
        uplinksSinceType0 = 0;
    }

    /// Starts a new session: counters at zero (L2 1.0.4 §6.2.5).
    void newSession(DevAddr addr, SessionKeys.Keys11 sessionKeys) {
        joined = true;
        devAddr = addr;
        keys = sessionKeys;
        fCntUp = 0;
        nFCntDown = FCntReconstruction.NONE;
        aFCntDown = FCntReconstruction.NONE;
    }

    List<Integer> enabledChannelsFor(int dr) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelState c = channels.get(i);
            if (c.enabled() && c.frequencyHz() > 0 && dr >= c.minDr() && dr <= c.maxDr()) {
                out.add(i);
            }
        }
        return out;
    }

    void setChannel(int index, ChannelState c) {
        while (channels.size() <= index) {
            channels.add(new ChannelState(0, 0, 0, 0, false));
        }
        channels.set(index, c);
    }

    DeviceState snapshot() {
        return new DeviceState(joined, Optional.ofNullable(devAddr), Optional.ofNullable(keys), fCntUp, nFCntDown,
                aFCntDown, devNonce, usedDevNonces, lastJoinNonce, dataRate, txPowerIndex, nbTrans, channels,
                rx1DrOffset, rx2DataRate, rx2FrequencyHz, rxDelaySeconds, maxDutyCycle, subBandBlockedUntil,
                aggregatedBlockedUntil, adrAckCnt, adrAckLimit, adrAckDelay, rekeyPending, resetPending,
                pingSlotFrequencyHz, pingSlotDataRate, beaconFrequencyHz, uplinkDwellTime, downlinkDwellTime,
                maxEirpIndex, new DeviceState.RejoinState(Optional.ofNullable(netId), rjCount0, type0UplinkLimit,
                        type0TimeLimitSeconds, uplinksSinceType0));
    }

    static MacSession restore(DeviceState st) {
        MacSession s = new MacSession();
        s.joined = st.joined();
        s.devAddr = st.devAddr().orElse(null);
        s.keys = st.keys().orElse(null);
        s.fCntUp = st.fCntUp();
        s.nFCntDown = st.nFCntDown();
        s.aFCntDown = st.aFCntDown();
        s.devNonce = st.devNonce();
        s.usedDevNonces = new ArrayList<>(st.usedDevNonces());
        s.lastJoinNonce = st.lastJoinNonce();
        s.dataRate = st.dataRate();
        s.txPowerIndex = st.txPowerIndex();
        s.nbTrans = st.nbTrans();
        s.channels = new ArrayList<>(st.channels());
        s.rx1DrOffset = st.rx1DrOffset();
        s.rx2DataRate = st.rx2DataRate();
        s.rx2FrequencyHz = st.rx2FrequencyHz();
        s.rxDelaySeconds = st.rxDelaySeconds();
        s.maxDutyCycle = st.maxDutyCycle();
        s.subBandBlockedUntil = new HashMap<>(st.subBandBlockedUntil());
        s.aggregatedBlockedUntil = st.aggregatedBlockedUntil();
        s.adrAckCnt = st.adrAckCnt();
        s.adrAckLimit = st.adrAckLimit();
        s.adrAckDelay = st.adrAckDelay();
        s.rekeyPending = st.rekeyPending();
        s.resetPending = st.resetPending();
        s.pingSlotFrequencyHz = st.pingSlotFrequencyHz();
        s.pingSlotDataRate = st.pingSlotDataRate();
        s.beaconFrequencyHz = st.beaconFrequencyHz();
        s.uplinkDwellTime = st.uplinkDwellTime();
        s.downlinkDwellTime = st.downlinkDwellTime();
        s.maxEirpIndex = st.maxEirpIndex();
        s.netId = st.rejoin().netId().orElse(null);
        s.rjCount0 = st.rejoin().rjCount0();
        s.type0UplinkLimit = st.rejoin().type0UplinkLimit();
        s.type0TimeLimitSeconds = st.rejoin().type0TimeLimitSeconds();
        s.uplinksSinceType0 = st.rejoin().uplinksSinceType0();
        return s;
    }
}
