// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.GatewayStats;
import lorabench.ui.dashboard.DashboardEvent.Kind;
import org.junit.jupiter.api.Test;

class DashboardEventsTest {
    private static final Instant AT = Instant.parse("2026-03-01T09:41:07Z");
    private static final Eui64 DEV = Eui64.parse("70B3D57ED0000101");
    private static final Eui64 GW = Eui64.parse("AA555A0000000101");
    private static final Reception RX = new Reception(GW, -71.4, 9.5, 868_100_000, "SF7BW125", 1, 0, 0, AT);

    private static DashboardEvent of(ServerEvent e) {
        return DashboardEvents.of(e).orElseThrow();
    }

    @Test
    void describesEachKindOfServerEventInOneShortLine() {
        assertEquals(new DashboardEvent(AT, Kind.UPLINK, Optional.of(DEV),
                "FCnt 3, FPort 2, 4 bytes, confirmed, DR5, 1 gateway, -71 dBm"), of(new ServerEvent.UplinkReceived(AT,
                1, DEV, DevAddr.parse("26011BDA"), 3, Optional.of(2), Bytes.fromHex("01020304"), true, 5,
                List.of(RX), Bytes.fromHex("80"))));
        assertEquals("DevAddr 26011BDA, LoRaWAN 1.0.4, DevNonce 7, 1 gateway, -71 dBm", of(new ServerEvent.JoinAccepted(
                AT, DEV, GW, DevAddr.parse("26011BDA"), MacVersion.V1_0_4, new DevNonce(7), Bytes.fromHex("00"),
                List.of(RX))).text());
        DashboardEvent rejected = of(new ServerEvent.JoinRejected(AT, DEV, GW, new DevNonce(7),
                ServerEvent.JoinRejectReason.DEVNONCE_REPLAY, "DevNonce 7 was used", Bytes.fromHex("00"), List.of()));
        assertEquals("Devnonce replay: DevNonce 7 was used", rejected.text());
        assertEquals(true, rejected.kind().problem());
        assertEquals(new DashboardEvent(AT, Kind.DOWNLINK, Optional.of(DEV), "RX1, 868.1 MHz, SF7BW125, 13 bytes via "
                + GW), of(new ServerEvent.DownlinkTransmitted(AT, Bytes.wrap(new byte[13]), GW, 868_100_000,
                "SF7BW125", ServerEvent.RxWindow.RX1, Optional.of(DEV))));
        assertEquals("#12 pending \u2192 error: TOO_LATE", of(new ServerEvent.DownlinkStatusChanged(AT, 12,
                new DownlinkTarget.Device(DEV), DownlinkStatus.PENDING, DownlinkStatus.ERROR, Optional.of("TOO_LATE")))
                .text());
        assertEquals(Optional.empty(), of(new ServerEvent.DownlinkStatusChanged(AT, 13,
                new DownlinkTarget.Group("g1"), DownlinkStatus.PENDING, DownlinkStatus.SENT, Optional.empty())).device());
        assertEquals("Gateway " + GW + " from 127.0.0.1:1700", of(new ServerEvent.GatewayConnected(AT, GW,
                new InetSocketAddress("127.0.0.1", 1700))).text());
        assertEquals("LinkADRReq sent", of(new ServerEvent.MacExchange(AT, DEV, "LinkADRReq", Direction.DOWNLINK))
                .text());
        assertEquals(new DashboardEvent(AT, Kind.FRAME_REJECTED, Optional.empty(),
                "Mic mismatch: DevAddr 26011BDA (gateway " + GW + ")"), of(new ServerEvent.FrameRejected(AT,
                Optional.of(GW), Bytes.fromHex("40"), ServerEvent.RejectReason.MIC_MISMATCH, "DevAddr 26011BDA")));
    }

    @Test
    void gatewayStatisticsAreNotListed() {
        GatewayStats s = new GatewayStats(1, 1, 1, 0, 0);
        assertEquals(Optional.empty(), DashboardEvents.of(new ServerEvent.GatewayStatsReported(AT, GW, s, s)));
    }
}
