// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/// Nothing acknowledged is lost: a child JVM commits session-log rows into a file database and reports each
/// committed batch; it is killed with SIGKILL mid-stream, and every reported row must be there after reopening,
/// with no batch half written.
class KillTest {
    private static final int REPORTED_BEFORE_KILL = 25;

    @ParameterizedTest
    @ValueSource(strings = {"batch", "writer"})
    void everyReportedCommitSurvivesKill9(String mode, @TempDir Path data) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KillTestWriter.class.getName(), data.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastReported = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // destroyForcibly() is SIGKILL on Linux; it also closes our end of the pipe, so stop reading there.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastReported = Integer.parseInt(line.substring("committed ".length()));
                    if (lastReported + 1 >= REPORTED_BEFORE_KILL) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        }
        assertTrue(lastReported + 1 >= REPORTED_BEFORE_KILL, "the child reported its commits");

        try (Database db = Database.open(DatabaseConfig.h2File(data))) {
            Map<String, Integer> rowsPerBatch = new HashMap<>();
            new SessionLogRepository(db).forEach(SessionLogQuery.all(),
                    e -> rowsPerBatch.merge(e.reason().orElseThrow(), 1, Integer::sum));
            for (int b = 0; b <= lastReported; b++) {
                assertEquals(KillTestWriter.ROWS_PER_BATCH, rowsPerBatch.getOrDefault("batch-" + b, 0),
                        "every row of reported batch " + b + " survived");
            }
            if ("batch".equals(mode)) {
                rowsPerBatch.values().forEach(n -> assertEquals(KillTestWriter.ROWS_PER_BATCH, n,
                        "a batch is one transaction: all of it or nothing"));
            }
        }
    }
}
