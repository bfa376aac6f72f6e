// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.server.profile.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The sample profiles shipped on the classpath under `sample-profiles/`: each validates (ours and networknt), and
/// each device profile's factory preset carries the defaults of its band in the revision it names
/// (`RFRegion` in `RegParamsRevision`, looked up with [Bands#lookup(BandId, RegionalRevision)]).
class SampleProfilesTest {

    static Stream<String> deviceProfiles() throws IOException, URISyntaxException {
        return list("device-profiles");
    }

    static Stream<String> serviceProfiles() throws IOException, URISyntaxException {
        return list("service-profiles");
    }

    private static Stream<String> list(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(SampleProfilesTest.class.getResource("/sample-profiles/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> "sample-profiles/" + folder + "/" + p.getFileName()).sorted().toList().stream();
        }
    }

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = SampleProfilesTest.class.getResourceAsStream("/" + resource)) {
            return OrbiwiseProfileSchemasTest.JSON.readTree(in);
        }
    }

    @Test
    void everyBandHasAClassADeviceProfile() throws IOException, URISyntaxException {
        Set<BandId> covered = EnumSet.noneOf(BandId.class);
        for (String r : deviceProfiles().toList()) {
            covered.add(band(read(r).path("content")).id());
        }
        assertEquals(EnumSet.allOf(BandId.class), covered);
    }

    @ParameterizedTest
    @MethodSource("deviceProfiles")
    void deviceProfileValidates(String resource) throws IOException {
        JsonNode doc = read(resource);
        OrbiwiseProfileSchemas s = OrbiwiseProfileSchemasTest.SCHEMAS;
        assertEquals(List.of(), SchemaValidator.validate(s.schema(OwProfileKind.DEVICE), doc));
        assertEquals(Set.of(), StandardValidator.paths(s.schemaJson(OwProfileKind.DEVICE), doc));
    }

    @ParameterizedTest
    @MethodSource("serviceProfiles")
    void serviceProfileValidates(String resource) throws IOException {
        JsonNode doc = read(resource);
        OrbiwiseProfileSchemas s = OrbiwiseProfileSchemasTest.SCHEMAS;
        assertEquals(List.of(), SchemaValidator.validate(s.schema(OwProfileKind.SERVICE), doc));
        assertEquals(Set.of(), StandardValidator.paths(s.schemaJson(OwProfileKind.SERVICE), doc));
    }

    @ParameterizedTest
    @MethodSource("deviceProfiles")
    void deviceProfileMatchesItsBand(String resource) throws IOException {
        JsonNode content = read(resource).path("content");
        Band band = band(content);
        JsonNode preset = content.path("factory_presets").get(0);
        assertEquals(content.path("RFRegion").asText(), preset.path("RFRegion").asText());
        assertEquals(band.rx2().dataRate(), preset.path("rx2_dr").asInt(), "rx2_dr");
        assertEquals(band.rx2().frequencyHz(), hz(preset.path("rx2_freq_mhz")), "rx2_freq_mhz");
        assertEquals((int) Math.floor(band.txPower().defaultMaxEirpDbm()), preset.path("MaxEIRP").asInt());
        assertEquals(band.timing().receiveDelay1().toSeconds(), preset.path("rx1_delay").asLong());
        assertEquals(band.timing().adrAckLimit(), 1 << preset.path("adr_ack_limit").asInt(), "2^adr_ack_limit");
        assertEquals(band.timing().adrAckDelay(), 1 << preset.path("adr_ack_delay").asInt(), "2^adr_ack_delay");
        assertTrue(band.uplinkDrs().contains(preset.path("min_ul_dr_supported").asInt()));
        assertTrue(band.uplinkDrs().contains(preset.path("max_ul_dr_supported").asInt()));
        assertEquals(band.defaultChannels().stream().mapToInt(Channel::maxDr).max().orElseThrow(),
                preset.path("max_ul_dr_supported").asInt());
        assertEquals(band.classB().pingSlotDataRate(), preset.path("ping_slot_dr").asInt());
        List<Long> ping = band.classB().pingSlotFrequenciesHz();
        assertEquals(ping.size() > 1 ? 0L : ping.get(0), hz(preset.path("ping_slot_freq_mhz")),
                "ping slot: fixed frequency, or 0 = hopping");
        if (preset.has("ul_dwell_time")) {
            assertEquals(band.dwellTime().uplink() ? 1 : 0, preset.path("ul_dwell_time").asInt());
            assertEquals(band.dwellTime().downlink() ? 1 : 0, preset.path("dl_dwell_time").asInt());
        }
        if (preset.has("channels")) {
            JsonNode channels = preset.path("channels");
            assertEquals(band.defaultChannels().size(), channels.size());
            for (int i = 0; i < channels.size(); i++) {
                Channel c = band.defaultChannels().get(i);
                assertEquals(c.frequencyHz(), hz(channels.get(i).path("freq_mhz")));
                assertEquals(c.minDr(), channels.get(i).path("dr_min").asInt());
                assertEquals(c.maxDr(), channels.get(i).path("dr_max").asInt());
            }
        } else {
            assertEquals(band.maxChannels() >= 64, preset.has("mask_125khz"), "wide bands use channel masks");
        }
    }

    /// {@return the band of the profile's `RFRegion` as its `RegParamsRevision` defines it}
    private static Band band(JsonNode content) {
        return Bands.lookup(BandId.parse(content.path("RFRegion").asText()),
                RegionalRevision.parse(content.path("RegParamsRevision").asText()));
    }

    /// The seed's own example profile names `RegParamsRevision` "A" for EU868, which 1.0.2rA defines.
    @Test
    void seedExampleProfileNamesADefinedRevision() throws IOException {
        JsonNode content = read("orbiwise-seed-device-profile.json").path("content");
        Band band = band(content);
        assertEquals(BandId.EU868, band.id());
        assertEquals(RegionalRevision.RP001_1_0_2_A, band.revision());
    }

    private static long hz(JsonNode mhz) {
        return mhz.decimalValue().multiply(BigDecimal.valueOf(1_000_000)).longValueExact();
    }
}
