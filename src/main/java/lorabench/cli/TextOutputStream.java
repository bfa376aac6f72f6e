// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/// Streams UTF-8 bytes into a command's text output (picocli's `PrintWriter`), decoding as it goes, so text exports
/// to stdout stay streamed and tests can capture them. A character split across writes is completed by the next one.
final class TextOutputStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    TextOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            drain();
        }
    }

    private void drain() {
        bytes.flip();
        decoder.decode(bytes, chars, false);
        bytes.compact();
        chars.flip();
        out.append(chars);
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
