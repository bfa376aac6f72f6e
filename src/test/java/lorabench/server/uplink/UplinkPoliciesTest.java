// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.Device;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;

/// The uplink rule hook: no rule lets everything through, the first refusal wins, and a rule that throws never
/// loses an uplink.
class UplinkPoliciesTest {
    static final DevAddr ADDR = DevAddr.parse("26011BDA");
    static final AesKey KEY = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    static final Device DEVICE = Device.abp(Eui64.parse("0102030405060708"), "d", MacVersion.V1_0_4, BandId.EU868,
            ADDR, SessionKeys.of10(KEY, KEY));

    static DataFrame frame(boolean adr) {
        return DataFrame.of(MType.UNCONFIRMED_DATA_UP, FHdr.of(ADDR, FCtrl.uplink(adr, false, false, false, 0), 1,
                Bytes.EMPTY), 1, Bytes.fromHex("01"), Bytes.of(new byte[4]));
    }

    @Test
    void firstRefusalWinsAndABrokenRuleLetsTheUplinkThrough() {
        UplinkPolicies p = new UplinkPolicies();
        assertEquals(Optional.empty(), p.check(DEVICE, frame(false)));
        p.add((d, f) -> {
            throw new IllegalStateException("broken rule");
        });
        assertEquals(Optional.empty(), p.check(DEVICE, frame(false)));
        p.add((d, f) -> f.fHdr().fCtrl().adr() ? Optional.empty()
                : Optional.of(new UplinkPolicy.Refusal("NO_ADR", "first")));
        p.add((d, f) -> Optional.of(new UplinkPolicy.Refusal("ALWAYS", "second")));
        assertEquals("NO_ADR", p.check(DEVICE, frame(false)).orElseThrow().code());
        assertEquals("ALWAYS", p.check(DEVICE, frame(true)).orElseThrow().code());
    }
}
