// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.types.Hex;

/// Reads the `|`-separated vector files of this package: `name | x | binary hex | JSON body`.
final class PacketForwarderVectors {
    /// One line: its name, its second column, and the datagram (binary part followed by the UTF-8 JSON body).
    record Vector(String name, String column2, byte[] datagram) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PacketForwarderVectors() {}

    static List<Vector> read(String resource) {
        try (InputStream in = PacketForwarderVectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Vector> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", 4);
                if (f.length != 4) {
                    throw new IllegalStateException("bad vector line: " + line);
                }
                byte[] bin = f[2].isEmpty() ? new byte[0] : Hex.parse(f[2]);
                byte[] json = f[3].getBytes(StandardCharsets.UTF_8);
                byte[] d = new byte[bin.length + json.length];
                System.arraycopy(bin, 0, d, 0, bin.length);
                System.arraycopy(json, 0, d, bin.length, json.length);
                out.add(new Vector(f[0].strip(), f[1].strip(), d));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
