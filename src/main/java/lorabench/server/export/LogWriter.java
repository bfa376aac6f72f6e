// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.io.IOException;
import lorabench.store.SessionLogEntry;

/// Writes session-log entries in one export format, as they stream from the store.
sealed interface LogWriter permits JsonlWriter, CsvLogWriter, PcapWriter {
    /// Writes what comes before the first entry (a header row, the pcap global header).
    void begin() throws IOException;

    void write(SessionLogEntry entry) throws IOException;

    /// Flushes what is buffered; the caller owns and closes the stream.
    void end() throws IOException;
}
