// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.NetId;
import lorabench.ui.keys.JoinInputs;
import lorabench.ui.keys.KeyVersion;
import org.junit.jupiter.api.Test;

class JoinPairingTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:41:07Z");

    private static List<FrameRow> rows(List<CapturedFrame> frames) {
        List<FrameRow> rows = new ArrayList<>();
        for (CapturedFrame f : frames) {
            rows.add(FrameRow.of(rows.size() + 1, f, ZoneOffset.UTC));
        }
        return rows;
    }

    private static final JoinInputs EXPECTED = JoinInputs.fromJoinRequest(SampleFrames.JOIN_EUI, SampleFrames.DEV_EUI,
            SampleFrames.DEV_NONCE).withJoinNonce(SampleFrames.JOIN_NONCE).withNetId(SampleFrames.NET_ID)
            .withVersion(KeyVersion.V1_0).withAppKey(SampleFrames.APP_KEY);

    @Test
    void aSelectedRequestIsCompletedByTheAcceptThatFollowsIt() {
        List<FrameRow> rows = rows(SampleFrames.exchange(T0));
        assertTrue(JoinPairing.isJoin(rows.get(0)));
        assertEquals(Optional.of(EXPECTED), JoinPairing.inputs(rows.get(0), rows));
    }

    @Test
    void aSelectedAcceptIsDecryptedAndCompletedByTheRequestBeforeIt() {
        List<FrameRow> rows = rows(SampleFrames.exchange(T0));
        assertTrue(JoinPairing.isJoin(rows.get(1)));
        assertEquals(Optional.of(EXPECTED), JoinPairing.inputs(rows.get(1), rows));
    }

    @Test
    void dataFramesAreNotJoins() {
        List<FrameRow> rows = rows(SampleFrames.exchange(T0));
        assertFalse(JoinPairing.isJoin(rows.get(2)));
        assertEquals(Optional.empty(), JoinPairing.inputs(rows.get(2), rows));
    }

    @Test
    void aRequestWithoutAcceptOrKeysGivesWhatItCarries() {
        CapturedFrame bare = CapturedFrame.live(T0, Direction.UPLINK, SampleFrames.joinRequest());
        List<FrameRow> rows = rows(List.of(bare));
        assertEquals(Optional.of(JoinInputs.fromJoinRequest(SampleFrames.JOIN_EUI, SampleFrames.DEV_EUI,
                SampleFrames.DEV_NONCE)), JoinPairing.inputs(rows.get(0), rows));
    }

    @Test
    void anAcceptToAnotherDeviceIsNotPaired() {
        List<CapturedFrame> frames = new ArrayList<>(SampleFrames.exchange(T0));
        CapturedFrame accept = frames.get(1);
        frames.set(1, new CapturedFrame(accept.time(), accept.direction(), accept.gateway(), accept.phyPayload(),
                accept.frequency(), accept.dataRate(), accept.rssi(), accept.snr(), accept.micValid(),
                Optional.of(lorabench.lorawan.types.Eui64.parse("0004A30B00FFFFFF")), accept.keys(),
                accept.origin()));
        List<FrameRow> rows = rows(frames);
        JoinInputs in = JoinPairing.inputs(rows.get(0), rows).orElseThrow();
        assertEquals(Optional.empty(), in.joinNonce());
        assertEquals(Optional.of(SampleFrames.DEV_NONCE), in.devNonce());
    }

    @Test
    void aLoRaWan11RootKeyIsTheNwkKeyAndOptNegPicksTheDerivation() {
        AesKey nwkKey = SampleFrames.APP_KEY;
        DissectionKeys root11 = DissectionKeys.none(KeyVersion.V1_1).withRootKey(nwkKey);
        // The sample accept has OptNeg unset: a 1.1 device answered the 1.0 way.
        List<CapturedFrame> frames = SampleFrames.exchange(T0).subList(0, 2).stream()
                .map(f -> f.withKeys(root11)).toList();
        List<FrameRow> rows = rows(frames);
        JoinInputs in = JoinPairing.inputs(rows.get(1), rows).orElseThrow();
        assertEquals(Optional.of(KeyVersion.V1_1_OPT_NEG_UNSET), in.version());
        assertEquals(Optional.of(nwkKey), in.nwkKey());
        assertEquals(Optional.empty(), in.appKey());
        assertEquals(Optional.of(NetId.parse("000013")), in.netId());
    }
}
