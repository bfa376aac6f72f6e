// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/// An [OutputStream] over a command's [PrintWriter], so that libraries writing to a `PrintStream` (JMH's
/// progress) end up on the command's stderr, also when a test captures it. Bytes are decoded as UTF-8 per line.
final class WriterStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    WriterStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        line.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public void flush() {
        if (line.size() > 0) {
            writer.write(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
        writer.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
