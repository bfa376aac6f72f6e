// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Golden snapshot per band and regional-parameters revision (TTS `TEST_WRITE_GOLDEN` style): run with
/// `-Dgolden.update=true` to rewrite `src/test/resources/bands/<ID>_<revision key>.json` (e.g. `EU868_1.0.2rA.json`,
/// `US915_RP002-1.0.4.json`), then review the diff against the specification.
class BandGoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "bands");

    static Stream<Named<Band>> bands() {
        return Bands.allRevisions().stream().map(b -> Named.of(fileName(b), b));
    }

    private static String fileName(Band band) {
        return band.id().text() + "_" + band.revision().key() + ".json";
    }

    @ParameterizedTest
    @MethodSource("bands")
    void bandMatchesGoldenSnapshot(Band band) throws IOException {
        Path file = DIR.resolve(fileName(band));
        String actual = BandJson.write(band);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing golden file " + file + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, band.id() + " differs from " + file);
    }

    @Test
    void everyGoldenFileBelongsToADefinedBand() throws IOException {
        List<String> expected = Bands.allRevisions().stream().map(BandGoldenTest::fileName).sorted().toList();
        try (Stream<Path> files = Files.list(DIR)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
