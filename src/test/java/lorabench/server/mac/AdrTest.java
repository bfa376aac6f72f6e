// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static lorabench.server.mac.MacTestKit.EU;
import static lorabench.server.mac.MacTestKit.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommand.LinkAdrAns;
import lorabench.lorawan.mac.MacCommand.LinkAdrReq;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AdrTest {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/mac-adr.csv")
    void adaptsLikeChirpStackDefault(String name, String band, boolean adrBit, int dr, int tx, int nb, double snr,
                                     int samples, int lost, String expected) {
        Band b = Bands.lookup(BandId.parse(band));
        MacStateBuilder sb = MacState.initial(b).toBuilder();
        sb.dataRate = dr;
        sb.txPowerIndex = tx;
        sb.nbTrans = nb;
        List<MacState.AdrSample> history = new ArrayList<>();
        long fCnt = 1;
        for (int i = 0; i < samples; i++) {
            if (i > 0) {
                fCnt += i <= lost ? 2 : 1;
            }
            if (i < samples - 1) {
                history.add(new MacState.AdrSample(fCnt, snr, 1, dr, tx));
            }
        }
        sb.adrHistory = history;
        MacOutcome out = MacTestKit.layer().onUplink(
                MacTestKit.up(b, MacVersion.V1_0_4, sb.build(), adrBit, false, dr, fCnt, snr));
        List<LinkAdrReq> reqs = out.downlinkCommands().stream().filter(c -> c instanceof LinkAdrReq)
                .map(c -> (LinkAdrReq) c).toList();
        if (expected.equals("none")) {
            assertEquals(List.of(), reqs);
        } else {
            LinkAdrReq last = reqs.getLast();
            assertEquals(expected, last.dataRate() + "/" + last.txPower() + "/" + last.nbTrans());
        }
        assertEquals(Math.min(samples, 20), out.state().adrHistory().size());
    }

    /// Samples sent before a power step had a better SNR by the step: at the lower power they count for less, so
    /// ADR does not lower the power again on the strength of the old ones.
    @Test
    void samplesAtAHigherPowerCountWithTheirSnrCorrectedToTheCurrentPower() {
        Band b = Bands.lookup(BandId.parse("EU868"));
        List<MacState.AdrSample> history = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            // Sent at TXPower 0 (max EIRP) with SNR 12 dB; the device is now at index 5 (−10 dB): about 2 dB.
            history.add(i < 19 ? new MacState.AdrSample(i, 12.0, 1, 5, 0) : new MacState.AdrSample(i, 2.0, 1, 5, 5));
        }
        assertEquals(2.0, Adr.maxSnrAtPower(b, history, 5), 1e-9);
        MacStateBuilder sb = MacState.initial(b).toBuilder();
        sb.dataRate = 5;
        sb.txPowerIndex = 5;
        sb.adrHistory = history;
        // SF7 needs −7.5 dB, margin 10: nStep = floor((2 + 7.5 − 10) / 3) = −1, but the history at this power
        // is not full, so nothing changes; uncorrected (12 dB) it would have asked for index 6.
        MacOutcome out = MacTestKit.layer().onUplink(MacTestKit.up(b, MacVersion.V1_0_4, sb.build(), true, false,
                5, 20, 2.0));
        assertEquals(List.of(), out.downlinkCommands().stream().filter(c -> c instanceof LinkAdrReq).toList());
    }

    @Test
    void disabledAdrNeverAsks() {
        MacLayer mac = new MacLayer(InstantSource.fixed(T), new AdrConfig(10, 20, false));
        MacOutcome out = mac.onUplink(MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU), true, false, 0, 1, 0));
        assertEquals(List.of(), out.downlinkCommands());
    }

    @Test
    void installationMarginIsConfigurable() {
        MacLayer mac = new MacLayer(InstantSource.fixed(T), new AdrConfig(16, 20, true));
        // SF12 at 0 dB: (0 + 20 - 16) / 3 -> one step.
        MacOutcome out = mac.onUplink(MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU), true, false, 0, 1, 0));
        assertEquals(1, ((LinkAdrReq) out.downlinkCommands().getFirst()).dataRate());
    }

    @Test
    void adrAckReqRequiresADownlinkEvenWithNothingToSay() {
        MacUplink up = MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU).withDataRate(5), true, true, 5, 1, 5);
        MacOutcome out = MacTestKit.layer().onUplink(up);
        assertEquals(List.of(), out.downlinkCommands());
        assertTrue(out.downlinkRequired(up));
        MacUplink quiet = MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU), true, false, 5, 1, 5);
        assertFalse(MacTestKit.layer().onUplink(quiet).downlinkRequired(quiet));
    }

    @Test
    void adrAckReqWithRoomToImproveAnswersWithLinkAdrReq() {
        MacUplink up = MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU), true, true, 0, 1, 0);
        MacOutcome out = MacTestKit.layer().onUplink(up);
        assertEquals(List.of(new LinkAdrReq(3, 0, 0x0007, 0, 1)), out.downlinkCommands());
        assertTrue(out.downlinkRequired(up));
    }

    @Test
    void pendingAdrRequestIsResentNotRestarted() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.onUplink(MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU), true, false, 0, 1, 0))
                .state();
        MacOutcome again = mac.onUplink(MacTestKit.up(EU, MacVersion.V1_0_4, s, true, false, 0, 2, 0));
        assertEquals(List.of(new LinkAdrReq(3, 0, 0x0007, 0, 1)), again.downlinkCommands());
        assertEquals(List.of(2), again.state().pendingAttempts());
    }

    @Test
    void refusedDataRateIsNotAskedAgain() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.onUplink(MacTestKit.up(EU, MacVersion.V1_0_4, MacState.initial(EU), true, false, 0, 1, 0))
                .state();
        MacOutcome refused = mac.onUplink(MacTestKit.up(EU, MacVersion.V1_0_4, s, true, false, 0, 2, 0,
                new LinkAdrAns(true, false, true)));
        assertEquals(List.of(3), refused.state().rejectedDataRates());
        // Still good SNR: ADR now stops at DR2, below the refused DR3.
        assertEquals(2, ((LinkAdrReq) refused.downlinkCommands().getFirst()).dataRate());
    }

    @Test
    void lossAndNbTransTables() {
        Adr adr = new Adr(AdrConfig.DEFAULT);
        List<MacState.AdrSample> h = new ArrayList<>();
        // ChirpStack's get_packet_loss_percentage case: FCnt 0..4, 6..10, 12..21 -> 2 lost of 20 = 10 %.
        for (int i = 0; i < 20; i++) {
            h.add(new MacState.AdrSample(i < 5 ? i : i < 10 ? i + 1 : i + 2, 0, 1, 0));
        }
        assertEquals(10.0, adr.lossPercent(h));
        assertEquals(2, Adr.nbTrans(3, 4.99));
        assertEquals(2, Adr.nbTrans(2, 9.99));
        assertEquals(3, Adr.nbTrans(3, 30));
    }

    @Test
    void repeatedTransmissionKeepsOneSample() {
        Adr adr = new Adr(AdrConfig.DEFAULT);
        var h = adr.record(List.of(new MacState.AdrSample(7, 1.0, 1, 5)), new MacState.AdrSample(7, 3.0, 2, 5));
        assertEquals(List.of(new MacState.AdrSample(7, 3.0, 2, 5)), h);
    }

    @Test
    void requiredSnrPerSpreadingFactor() {
        double[] expected = {-20, -17.5, -15, -12.5, -10, -7.5};
        for (int dr = 0; dr <= 5; dr++) {
            assertEquals(expected[dr], Adr.requiredSnr(EU, dr));
        }
    }

    static List<MacCommand> none() {
        return List.of();
    }
}
