// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    void samplesInsideTheApplicationJarAreListedAndParsedWithTheirCsvFiles(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app/lorabench.jar");
        Files.createDirectories(jar.getParent());
        Path shipped = ScenarioFiles.findSamples(dir, ScenarioFiles.class).orElseThrow();
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"scenario.schema.json", "csv-fleet.json", "csv-fleet.csv"}) {
                out.putNextEntry(new java.util.jar.JarEntry("scenarios/" + name));
                out.write(Files.readAllBytes(shipped.resolve(name)));
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            Path inJar = ScenarioFiles.findSamples(dir.resolve("elsewhere"), Optional.of(jar), loader).orElseThrow();
            assertEquals("jar", inJar.toUri().getScheme());
            List<Path> listed = ScenarioFiles.list(inJar);
            assertEquals(List.of("csv-fleet.json"), listed.stream().map(p -> p.getFileName().toString()).toList());
            ScenarioFile f = ScenarioFiles.read(listed.getFirst(), true);
            assertEquals(3, ((ScenarioFile.Valid) f).scenario().deviceCount(), "the CSV beside it in the jar is read");
        }
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
        ScenarioFile f = ScenarioFiles.read(dir.resolve("gone.json"), false);
        assertEquals("no such file", ((ScenarioFile.Invalid) f).problem());
        assertTrue(ScenarioFiles.list(dir.resolve("nowhere")).isEmpty());
    }
}
