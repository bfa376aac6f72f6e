// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {
    @Test
    void theWorkingDirectorysScenariosFolderComesFirst(@TempDir Path dir) throws IOException {
        Path own = Files.createDirectories(dir.resolve("scenarios"));
        assertEquals(own.toAbsolutePath().normalize(),
                ScenarioFiles.findSamples(dir, ScenarioFilesTest.class).orElseThrow());
    }

    @Test
    void elseTheSamplesShippedWithTheApplicationAreFound(@TempDir Path empty) {
        Path found = ScenarioFiles.findSamples(empty, ScenarioFiles.class).orElseThrow();
        assertTrue(ScenarioFiles.list(found).stream().anyMatch(p -> p.getFileName().toString()
                .equals("demo-eu868.json")), found::toString);
        assertTrue(ScenarioFiles.list(found).stream().noneMatch(p -> p.getFileName().toString()
                .equals("scenario.schema.json")));
    }

    @Test
    void everyShippedSampleParses(@TempDir Path empty) {
        Path found = ScenarioFiles.findSamples(empty, ScenarioFiles.class).orElseThrow();
        for (Path p : ScenarioFiles.list(found)) {
            ScenarioFile f = ScenarioFiles.read(p, true);
            assertTrue(f instanceof ScenarioFile.Valid, () -> p + ": " + ((ScenarioFile.Invalid) f).problem());
        }
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
        ScenarioFile f = ScenarioFiles.read(dir.resolve("gone.json"), false);
        assertEquals("no such file", ((ScenarioFile.Invalid) f).problem());
        assertTrue(ScenarioFiles.list(dir.resolve("nowhere")).isEmpty());
    }
}
