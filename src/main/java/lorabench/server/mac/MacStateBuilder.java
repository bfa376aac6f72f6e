// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.List;
import java.util.Map;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.types.Bytes;
import lorabench.store.DeviceClass;

/// A mutable copy of a [MacState] for handlers that change a few fields; [#build()] validates.
final class MacStateBuilder {
    int dataRate;
    int txPowerIndex;
    int nbTrans;
    List<Channel> channels;
    List<Integer> enabledChannels;
    int rx1DrOffset;
    int rx2DataRate;
    long rx2FrequencyHz;
    int rxDelaySeconds;
    int maxDutyCycle;
    List<MacState.AdrSample> adrHistory;
    Bytes pendingRequests;
    MacState.DevStatus lastDevStatus;
    List<Integer> pendingAttempts;
    Map<Integer, Long> downlinkFrequencies;
    MacState.TxParams txParams;
    MacState.AdrAckParams adrAckParams;
    MacState.RejoinParams rejoinParams;
    MacState.ClassBParams classB;
    DeviceClass deviceClass;
    List<Integer> rejectedDataRates;
    List<Integer> rejectedTxPowers;

    MacStateBuilder(MacState s) {
        dataRate = s.dataRate();
        txPowerIndex = s.txPowerIndex();
        nbTrans = s.nbTrans();
        channels = s.channels();
        enabledChannels = s.enabledChannels();
        rx1DrOffset = s.rx1DrOffset();
        rx2DataRate = s.rx2DataRate();
        rx2FrequencyHz = s.rx2FrequencyHz();
        rxDelaySeconds = s.rxDelaySeconds();
        maxDutyCycle = s.maxDutyCycle();
        adrHistory = s.adrHistory();
        pendingRequests = s.pendingRequests();
        lastDevStatus = s.lastDevStatus();
        pendingAttempts = s.pendingAttempts();
        downlinkFrequencies = s.downlinkFrequencies();
        txParams = s.txParams();
        adrAckParams = s.adrAckParams();
        rejoinParams = s.rejoinParams();
        classB = s.classB();
        deviceClass = s.deviceClass();
        rejectedDataRates = s.rejectedDataRates();
        rejectedTxPowers = s.rejectedTxPowers();
    }

    MacStateBuilder dataRate(int dr) {
        dataRate = dr;
        return this;
    }

    MacStateBuilder adrHistory(List<MacState.AdrSample> history) {
        adrHistory = history;
        return this;
    }

    MacStateBuilder pending(Bytes requests, List<Integer> attempts) {
        pendingRequests = requests;
        pendingAttempts = attempts;
        return this;
    }

    MacStateBuilder txParams(MacState.TxParams params) {
        txParams = params;
        return this;
    }

    MacStateBuilder deviceClass(DeviceClass cls) {
        deviceClass = cls;
        return this;
    }

    MacState build() {
        return new MacState(dataRate, txPowerIndex, nbTrans, channels, enabledChannels, rx1DrOffset, rx2DataRate,
                rx2FrequencyHz, rxDelaySeconds, maxDutyCycle, adrHistory, pendingRequests, lastDevStatus,
                pendingAttempts, downlinkFrequencies, txParams, adrAckParams, rejoinParams, classB, deviceClass,
                rejectedDataRates, rejectedTxPowers);
    }
}
