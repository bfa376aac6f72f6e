// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

/// The dissect API as the GUI calls it, without the CLI: [Dissector] with session keys on the ChirpStack 1.0.x
/// confirmed uplink (lrwn/src/phy_payload.rs doc example), and [FrameSealer] -> [Dissector] on a 1.1 frame.
class DissectorTest {
    private static final AesKey K1 = AesKey.parse("0102030405060708090A0B0C0D0E0F10");
    private static final AesKey K2 = AesKey.parse("100F0E0D0C0B0A090807060504030201");

    @Test
    void opensAChirpStackUplinkWithTheSessionKeys() throws MalformedFrameException {
        Dissection d = Dissector.dissect(Bytes.fromHex("80040302010300000673070AE264D4F7E117D2C0"),
                FrameKeys.session10(K1, K2), FrameContext.of(MacVersion.V1_0_4));
        assertEquals(MicCheck.VALID, d.micCheck());
        assertEquals(Optional.of(Bytes.fromHex("01020304")), d.payload());
        assertEquals(Optional.of(List.of(new MacCommand.DevStatusAns(115, 7))), d.macCommands());
        assertEquals(MicCheck.UNCHECKED, Dissector.dissect(d.phyPayload(), FrameKeys.NONE,
                FrameContext.of(MacVersion.V1_0_4)).micCheck());
    }

    @Test
    void sealsAndOpensA11Uplink() throws MalformedFrameException {
        FrameKeys keys = FrameKeys.session11(K1, K2, K1, K2);
        FrameContext ctx = FrameContext.of(MacVersion.V1_1);
        DataFrame clear = DataFrame.of(MType.UNCONFIRMED_DATA_UP, FHdr.of(DevAddr.parse("26011BDA"),
                FCtrl.uplink(true, false, false, false, 0), 9, Bytes.fromHex("02")), 7, Bytes.fromHex("CAFE"),
                Bytes.of(new byte[4]));
        Bytes phy = FrameSealer.seal(clear, keys, ctx, Optional.empty());
        Dissection d = Dissector.dissect(phy, keys, ctx);
        assertEquals(MicCheck.VALID, d.micCheck());
        assertEquals(Optional.of(Bytes.fromHex("CAFE")), d.payload());
        assertEquals(Optional.of(List.of(new MacCommand.LinkCheckReq())), d.macCommands());
        assertThrows(IllegalArgumentException.class, () -> FrameSealer.seal(clear, FrameKeys.NONE, ctx,
                Optional.empty()));
    }
}
