// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;
import org.junit.jupiter.api.Test;

/// The join trace read from session-log rows written as the join server and the downlink sender write them.
class JoinTraceTest {
    private static final Eui64 DEV = Eui64.parse("0004A30B001C0530");
    private static final Eui64 GW = Eui64.parse("AA555A0000000001");
    private final List<SessionLogEntry> log = new ArrayList<>();
    private int second;

    /// A join-request with DevNonce `nonce` (MHDR 00 | JoinEUI | DevEUI | DevNonce | MIC, all little-endian).
    private void request(int nonce, Optional<String> rejected) {
        Bytes phy = Bytes.fromHex("00" + "0100D07ED5B3700" + "0" + "30051C000BA30400"
                + String.format("%02X%02X", nonce & 0xFF, nonce >>> 8) + "01020304");
        log.add(SessionLogEntry.of(Instant.ofEpochSecond(second++), Direction.UPLINK, "JoinRequest", phy, 868_100_000,
                "SF7BW125", rejected.isPresent() ? LogEvent.REJECTED : LogEvent.JOIN_REQUEST)
                .withGateway(GW, Optional.of(-80.0), Optional.of(9.5)).withDevice(Optional.of(DEV), Optional.empty())
                .withReason(rejected));
    }

    private void accept() {
        log.add(SessionLogEntry.of(Instant.ofEpochSecond(second++), Direction.DOWNLINK, "JoinAccept",
                Bytes.fromHex("20"), 868_100_000, "SF7BW125", LogEvent.JOIN_ACCEPT).withGateway(GW, Optional.empty(),
                Optional.empty()));
    }

    private void uplink() {
        log.add(SessionLogEntry.of(Instant.ofEpochSecond(second++), Direction.UPLINK, "UnconfirmedDataUp",
                Bytes.fromHex("40"), 868_100_000, "SF7BW125", LogEvent.UPLINK).withDevice(Optional.of(DEV),
                Optional.of(new DevAddr(0x00ABCDEF))));
    }

    private List<JoinAttempt.Outcome> outcomes() {
        return JoinTrace.of(log).stream().map(JoinAttempt::outcome).toList();
    }

    @Test
    void anAcceptFollowedByAnUplinkIsASuccess() {
        request(1, Optional.empty());
        accept();
        uplink();
        List<JoinAttempt> trace = JoinTrace.of(log);
        assertEquals(List.of(JoinAttempt.Outcome.ACCEPTED), outcomes());
        assertEquals(Optional.of(new DevNonce(1)), trace.getFirst().devNonce());
        assertEquals(Optional.of(-80.0), trace.getFirst().rssi());
        assertEquals("first uplink of the session, DevAddr 00ABCDEF", trace.getFirst().detail());
    }

    @Test
    void anAcceptFollowedByAnotherRequestWasNotHeard() {
        request(1, Optional.empty());
        accept();
        request(2, Optional.empty());
        accept();
        assertEquals(List.of(JoinAttempt.Outcome.ACCEPT_NOT_HEARD, JoinAttempt.Outcome.ACCEPT_SENT), outcomes());
    }

    @Test
    void refusalsKeepTheServersReason() {
        request(1, Optional.of("unknown_deveui: no device 0004A30B001C0530"));
        request(2, Optional.of("bad_mic: the MIC does not verify under the device's AppKey"));
        request(2, Optional.of("devnonce_replay: DevNonce 0002 was used before"));
        request(3, Optional.of("joineui_mismatch: JoinEUI X is not the device's Y"));
        List<JoinAttempt> trace = JoinTrace.of(log);
        assertEquals(List.of(JoinAttempt.Outcome.UNKNOWN_DEVEUI, JoinAttempt.Outcome.BAD_MIC,
                JoinAttempt.Outcome.DEVNONCE_REPLAY, JoinAttempt.Outcome.JOINEUI_MISMATCH), outcomes());
        assertEquals("the MIC does not verify under the device's AppKey", trace.get(1).detail());
        assertEquals("DevNonce replay", trace.get(2).outcome().toString());
    }

    @Test
    void aJoinAcceptTheGatewayRefusedIsReported() {
        request(4, Optional.empty());
        log.add(SessionLogEntry.of(Instant.ofEpochSecond(second++), Direction.DOWNLINK, "JoinAccept",
                Bytes.fromHex("20"), 868_100_000, "SF7BW125", LogEvent.TX_ACK).withReason(Optional.of("TOO_LATE")));
        assertEquals(List.of(JoinAttempt.Outcome.ACCEPT_NOT_SENT), outcomes());
    }
}
