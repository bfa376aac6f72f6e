// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/// Runs `lorabench` in-process through [LoraBenchCommand#commandLine()] with captured stdout and stderr.
final class Cli {
    /// What one run printed and returned.
    record Run(int exit, String out, String err) {
        /// {@return stdout as JSON}, after checking the run succeeded with nothing on stderr
        JsonNode json() {
            assertEquals(0, exit, () -> "exit code; stderr: " + err);
            assertEquals("", err, "stderr");
            try {
                return JsonOut.MAPPER.readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }

        /// Checks the bad-input contract: exit 2, nothing on stdout, one line on stderr containing `expected`.
        void assertRejected(String expected) {
            assertEquals(2, exit, () -> "exit code; stdout: " + out + " stderr: " + err);
            assertEquals("", out, "stdout");
            assertTrue(err.startsWith("error: ") && err.endsWith(System.lineSeparator()), () -> "stderr: " + err);
            assertEquals(1, err.lines().count(), () -> "one line on stderr: " + err);
            assertTrue(err.contains(expected), () -> "stderr should contain '" + expected + "': " + err);
            assertFalse(err.contains("Exception"), () -> "no exception on stderr: " + err);
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LoraBenchCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /// {@return `line` split on spaces}, for argument lists kept in vector files
    static String[] args(String line) {
        return line.strip().split("\\s+");
    }
}
