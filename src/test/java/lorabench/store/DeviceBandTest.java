// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

/// [Device#band()]: the device's region in the revision its attributes name, else the latest.
class DeviceBandTest {
    private static Device device(BandId region) {
        return Device.otaa(new Eui64(1), "d", MacVersion.V1_0_4, region, new Eui64(2), AesKey.parse(
                "000102030405060708090A0B0C0D0E0F"), Optional.empty());
    }

    @Test
    void theLatestUnlessARevisionIsNamed() {
        Device d = device(BandId.EU868);
        assertEquals(RegionalRevision.LATEST, d.band().revision());
        Device b = d.withRegionalRevision(Optional.of(RegionalRevision.RP001_1_0_2_B));
        assertEquals(RegionalRevision.RP001_1_0_2_B, b.band().revision());
        assertEquals("1.0.2rB", b.attributes().get(Device.REGIONAL_PARAMETERS).asText());
        assertEquals(RegionalRevision.LATEST, b.withRegionalRevision(Optional.empty()).band().revision());
    }

    @Test
    void aRevisionThatDoesNotDefineTheRegionOrCannotBeReadFallsBackToTheLatest() {
        Device cn = device(BandId.CN470).withRegionalRevision(Optional.of(RegionalRevision.RP001_1_0_2_A));
        assertEquals(RegionalRevision.LATEST, cn.band().revision(), "CN470's 96-channel plan of 1.0.2 is not modelled");
        Device odd = device(BandId.EU868).withAttributes(JsonNodeFactory.instance.objectNode()
                .put(Device.REGIONAL_PARAMETERS, "1.0.2rZ"));
        assertEquals(Optional.empty(), odd.regionalRevision());
        assertEquals(RegionalRevision.LATEST, odd.band().revision());
        assertEquals(Map.of(), odd.tags());
    }
}
