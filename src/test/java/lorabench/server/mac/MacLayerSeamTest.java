// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

class MacLayerSeamTest {
    private static final Instant T = Instant.parse("2026-11-22T00:00:00.5Z");

    @Test
    void answersLinkCheckAndDeviceTime() {
        var band = Bands.lookup(BandId.EU868);
        var up = new MacUplink(band, MacVersion.V1_0_4, MacState.initial(band), true, false, 5, 1,
                List.of(new MacCommand.LinkCheckReq(), new MacCommand.DeviceTimeReq()),
                List.of(new MacUplink.UplinkSignal(new Eui64(1), -60, 5.0),
                        new MacUplink.UplinkSignal(new Eui64(2), -90, -1.0)), T);
        var out = new MacLayer(InstantSource.fixed(T)).onUplink(up);
        // DR5 is SF7: floor -7.5 dB, best SNR 5 dB -> margin 12 dB; two gateways.
        assertEquals(new MacCommand.LinkCheckAns(12, 2), out.downlinkCommands().get(0));
        // 2026-11-22T00:00:00Z is Unix 1795305600; GPS = Unix - 315964800 + 18.
        assertEquals(new MacCommand.DeviceTimeAns(1795305600L - 315964800L + 18, 128), out.downlinkCommands().get(1));
    }

    @Test
    void stateSurvivesJson() {
        var band = Bands.lookup(BandId.US915);
        var s = MacState.initial(band).withPendingRequests(Bytes.fromHex("06"))
                .withAdrHistory(List.of(new MacState.AdrSample(1, 3.5, 2, 0)));
        assertEquals(s, MacStateJson.read(MacStateJson.write(s)));
    }
}
