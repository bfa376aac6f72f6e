// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static lorabench.server.mac.MacTestKit.EU;
import static lorabench.server.mac.MacTestKit.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.mac.MacCommand.DevStatusReq;
import lorabench.lorawan.mac.MacCommand.DutyCycleReq;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.store.DeviceClass;
import org.junit.jupiter.api.Test;

class MacStateJsonTest {
    @Test
    void everyFieldSurvivesJson() {
        MacStateBuilder b = MacState.initial(EU).toBuilder();
        b.dataRate = 4;
        b.txPowerIndex = 3;
        b.nbTrans = 2;
        b.channels = java.util.Arrays.asList(new Channel(868_100_000, 0, 5), new Channel(868_300_000, 0, 5),
                new Channel(868_500_000, 0, 5), null, new Channel(867_300_000, 0, 5));
        b.enabledChannels = List.of(0, 1, 2, 4);
        b.rx1DrOffset = 1;
        b.rx2DataRate = 3;
        b.rx2FrequencyHz = 869_525_000;
        b.rxDelaySeconds = 5;
        b.maxDutyCycle = 7;
        b.adrHistory = List.of(new MacState.AdrSample(9, -3.25, 2, 4, 3));
        b.pendingRequests = MacCommandCodec.encode(List.of(new DevStatusReq(), new DutyCycleReq(2)));
        b.pendingAttempts = List.of(2, 0);
        b.lastDevStatus = new MacState.DevStatus(254, -32, T);
        b.downlinkFrequencies = Map.of(4, 869_100_000L);
        b.txParams = new MacState.TxParams(true, true, 13);
        b.adrAckParams = new MacState.AdrAckParams(7, 4);
        b.rejoinParams = new MacState.RejoinParams(3, 2, false);
        b.classB = new MacState.ClassBParams(5, 869_525_000, 3, 869_100_000);
        b.deviceClass = DeviceClass.C;
        b.rejectedDataRates = List.of(5);
        b.rejectedTxPowers = List.of(7);
        MacState s = b.build();
        assertEquals(s, MacStateJson.read(MacStateJson.write(s)));
    }

    @Test
    void olderRowsReadWithDefaults() {
        String json = MacStateJson.write(MacState.initial(EU))
                .replaceAll(",\"(pendingAttempts|downlinkFrequencies|adrAckParams|classB|deviceClass"
                        + "|rejectedDataRates|rejectedTxPowers)\":(\\[[^\\]]*\\]|\\{[^}]*\\}|\"[A-Z]\")", "");
        MacState read = MacStateJson.read(json);
        assertEquals(MacState.initial(EU), read);
        assertEquals(DeviceClass.A, read.deviceClass());
        assertEquals(64, read.adrAckParams().adrAckLimit());
    }
}
