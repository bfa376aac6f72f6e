// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.api.Test;

/// The CFList follows the band's revision: US915 and AU915 of 1.0.2rA/rB send none, RP002 sends type 1.
class CfListsTest {
    @Test
    void usLikeBandsOf102SendNoCfList() {
        for (BandId id : new BandId[] {BandId.US915, BandId.AU915}) {
            for (RegionalRevision r : new RegionalRevision[] {RegionalRevision.RP001_1_0_2_A,
                    RegionalRevision.RP001_1_0_2_B}) {
                assertTrue(CfLists.of(Bands.lookup(id, r), 2).isEmpty(), id + " " + r.key());
            }
        }
    }

    @Test
    void rp002UsBandSendsTheChannelMaskOfTheSubBand() {
        // Sub-band 2: channels 8..15 (byte 1 = 0xFF) and the 500 kHz channel 65 (byte 8 bit 1), CFListType 1.
        assertEquals(Bytes.fromHex("00FF00000000000002000000000000" + "01"),
                CfLists.of(Bands.lookup(BandId.US915, RegionalRevision.RP002_1_0_0), 2).orElseThrow().bytes());
    }
}
