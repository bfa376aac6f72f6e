// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.Reception;
import lorabench.server.mac.MacState;
import lorabench.server.session.DeviceContext;
import lorabench.server.session.MacStates;
import lorabench.store.Device;
import lorabench.store.DeviceSession;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The class A windows follow the downlink dwell time the device accepted with TxParamSetupReq (LoRaWAN L2 1.0.4
/// §5.8), not only the band's default (RP002-1.0.4 AS923: the 400 ms limit applies until the network lifts it).
class DwellTimeWindowsTest {
    private static final Eui64 GW = new Eui64(0x1);

    private static DeviceContext context(Band band, MacState mac) {
        var keys = SessionKeys.of10(lorabench.lorawan.types.AesKey.parse("000102030405060708090A0B0C0D0E0F"),
                lorabench.lorawan.types.AesKey.parse("0F0E0D0C0B0A09080706050403020100"));
        DevAddr addr = DevAddr.parse("26011BDA");
        Device d = Device.abp(new Eui64(0x99), "d", MacVersion.V1_0_4, band.id(), addr, keys);
        return new DeviceContext(d, DeviceSession.start(d.devEui(), addr, MacVersion.V1_0_4, keys,
                MacStates.json(mac)), band, mac);
    }

    private static List<TxWindow> windows(Band band, MacState mac, int uplinkDr) {
        Reception r = new Reception(GW, -60, 5, band.defaultChannels().getFirst().frequencyHz(), "SF10BW125",
                1_000, 0, 0, Instant.EPOCH);
        return ClassAScheduler.windows(context(band, mac), r, uplinkDr, 1, mac.rx2DataRate(), mac.rx2FrequencyHz());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theWindowsMaximumPayloadFollowsTheAcceptedDwellTime(boolean dwell) {
        Band band = Bands.lookup(BandId.AS923_1);
        MacState mac = MacState.initial(band).withTxParams(new MacState.TxParams(dwell, dwell, 0));
        assertEquals(dwell, mac.downlinkDwellTime(band));
        for (TxWindow w : windows(band, mac, 2)) {
            assertEquals(band.maxPayload(w.dataRate(), dwell).orElseThrow(), w.maxPayload(), w.window().name());
        }
    }

    @Test
    void withoutTxParamSetupTheBandDefaultApplies() {
        Band band = Bands.lookup(BandId.AS923_1);
        assertNotEquals(band.maxPayload(2, true), band.maxPayload(2, false), "AS923 DR2 differs by dwell time");
        MacState initial = MacState.initial(band);
        assertEquals(band.dwellTime().downlink(), initial.downlinkDwellTime(band));
        List<TxWindow> byDefault = windows(band, initial, 2);
        List<TxWindow> lifted = windows(band, initial.withTxParams(new MacState.TxParams(false, false, 0)), 2);
        assertEquals(byDefault.size(), lifted.size());
        assertTrue(lifted.getLast().maxPayload().m() >= byDefault.getLast().maxPayload().m(),
                "lifting the dwell-time limit never shrinks a window");
    }
}
