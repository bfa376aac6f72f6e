// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// Golden snapshot per band (TTS `TEST_WRITE_GOLDEN` style): run with `-Dgolden.update=true` to rewrite
/// `src/test/resources/bands/<ID>_<revision>.json`, then review the diff against the specification.
class BandGoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "bands");

    @ParameterizedTest
    @EnumSource(BandId.class)
    void bandMatchesGoldenSnapshot(BandId id) throws IOException {
        Band band = Bands.lookup(id);
        Path file = DIR.resolve(id.text() + "_" + band.revision().text() + ".json");
        String actual = BandJson.write(band);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing golden file " + file + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "band " + id + " differs from " + file);
    }
}
