// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.airtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.CodingRate;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.band.LrFhssCodingRate;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AirtimeTest {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/airtime-lora.csv")
    void loRaMatchesPublishedFigures(String name, int payload, int sf, int bwKhz, String cr, int preamble,
                                     boolean explicitHeader, boolean crc, boolean ldro, long expectedMicros) {
        Duration toa = Airtime.lora(payload, sf, Bandwidth.ofKhz(bwKhz), CodingRate.parse(cr), preamble,
                explicitHeader, crc, ldro);
        assertEquals(Duration.ofNanos(expectedMicros * 1000), toa, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/airtime-fsk-lrfhss.csv")
    void fskAndLrFhssMatchTheirFormulas(String name, String modulation, int payload, String param,
                                        long expectedMicros) {
        DataRate dr = modulation.equals("FSK") ? new DataRate.Fsk(Integer.parseInt(param))
                : new DataRate.LrFhss(137_000, param.equals("1/3") ? LrFhssCodingRate.CR1_3 : LrFhssCodingRate.CR2_3);
        assertEquals(Duration.ofNanos(expectedMicros * 1000), Airtime.of(dr, payload, Direction.UPLINK), name);
    }

    @Test
    void lowDataRateOptimisationFollowsSymbolTime() {
        assertTrue(Airtime.lowDataRateOptimize(11, Bandwidth.BW125));
        assertTrue(Airtime.lowDataRateOptimize(12, Bandwidth.BW125));
        assertTrue(Airtime.lowDataRateOptimize(12, Bandwidth.BW250));
        assertFalse(Airtime.lowDataRateOptimize(10, Bandwidth.BW125));
        assertFalse(Airtime.lowDataRateOptimize(12, Bandwidth.BW500));
    }

    @Test
    void lorawanDefaultsDependOnDirection() {
        DataRate sf7 = Bands.lookup(BandId.EU868).dataRate(5).orElseThrow();
        assertEquals(Duration.ofNanos(41_216_000), Airtime.of(sf7, 10, Direction.UPLINK));
        assertEquals(Duration.ofNanos(36_096_000), Airtime.of(sf7, 10, Direction.DOWNLINK));
        DataRate sf12 = Bands.lookup(BandId.EU868).dataRate(0).orElseThrow();
        assertEquals(Duration.ofNanos(2_793_472_000L), Airtime.of(sf12, 64, Direction.UPLINK));
    }

    @Test
    void airtimeGrowsWithPayloadAndRejectsBadInput() {
        for (int sf = 7; sf <= 12; sf++) {
            DataRate dr = new DataRate.LoRa(sf, Bandwidth.BW125);
            for (int pl = 1; pl <= 255; pl++) {
                assertTrue(Airtime.of(dr, pl, Direction.UPLINK).compareTo(Airtime.of(dr, pl - 1, Direction.UPLINK)) >= 0);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> Airtime.lora(256, 7, Bandwidth.BW125, CodingRate.CR4_5, 8, true, true, false));
        assertThrows(IllegalArgumentException.class, () -> Airtime.fsk(10, 0));
    }
}
