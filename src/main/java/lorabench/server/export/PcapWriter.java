// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import lorabench.store.SessionLogEntry;

/// Classic libpcap files (tcpdump.org `pcap-savefile`): a 24-byte global header (magic `A1B2C3D4`, version 2.4,
/// snap length 65535, link type 270 = `LINKTYPE_LORATAP`), then per entry a 16-byte record header (seconds,
/// microseconds, captured and original length) and the [LoRaTap] header followed by the PHYPayload. Headers are
/// written little-endian; readers detect the byte order from the magic number.
final class PcapWriter implements LogWriter {
    static final int LINKTYPE_LORATAP = 270;
    static final int MAGIC = 0xA1B2C3D4;
    private static final int SNAPLEN = 65_535;

    private final OutputStream out;

    PcapWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out);
    }

    @Override
    public void begin() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAPLEN)
                .putInt(LINKTYPE_LORATAP);
        out.write(b.array());
    }

    @Override
    public void write(SessionLogEntry e) throws IOException {
        byte[] tap = LoRaTap.header(e);
        byte[] phy = e.phyPayload().toArray();
        int length = tap.length + phy.length;
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt((int) e.time().getEpochSecond()).putInt(e.time().getNano() / 1000).putInt(length).putInt(length);
        out.write(b.array());
        out.write(tap);
        out.write(phy);
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
