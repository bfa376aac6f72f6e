// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lorabench.server.account.OwnerOnlyFiles;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// Wireshark's LoRaWAN key tables (`epan/dissectors/packet-lorawan.c`), written as UAT files: one line per row, each
/// field a double-quoted string, fields separated by commas. The files are written readable by the owner only.
///
/// - [Layout#WIRESHARK_4_0]: the single table `encryption_keys_lorawan` of Wireshark 4.0 (Debian 12), columns
///   DevAddr, NwkSKey, AppSKey, AppEUI. Wireshark 4.0 compares DevAddr and AppEUI with the bytes as they are on air,
///   so both are written least-significant byte first. It verifies a join request's MIC with the AppSKey column of
///   the row whose AppEUI matches, so each OTAA device gets a second row (DevAddr `00000000`, its root key in both
///   key columns, its JoinEUI); session rows carry the AppEUI `FFFFFFFFFFFFFFFF` so they never match a join.
/// - [Layout#SESSION_KEYS] and [Layout#ROOT_KEYS]: the two tables that replaced it in later releases,
///   `session_keys_lorawan` (DevAddr, NwkSKey, AppSKey) and `root_keys_lorawan` (DevEUI, AppKey), big-endian hex.
public final class WiresharkKeyTable {
    /// Which Wireshark table to write.
    public enum Layout {
        WIRESHARK_4_0("encryption_keys_lorawan"), SESSION_KEYS("session_keys_lorawan"), ROOT_KEYS("root_keys_lorawan");

        private final String uatName;

        Layout(String uatName) {
            this.uatName = uatName;
        }

        /// {@return the UAT file name Wireshark looks for in its profile directory}
        public String uatName() {
            return uatName;
        }
    }

    private static final String NO_JOIN_EUI = "FFFFFFFFFFFFFFFF";
    private static final String NO_DEV_ADDR = "00000000";

    private WiresharkKeyTable() {}

    /// Writes `rows` to `file` in `layout`. {@return how many lines were written}
    public static int write(Path file, Layout layout, KeyTableRows rows) throws IOException {
        List<String> lines = lines(layout, rows);
        StringBuilder sb = new StringBuilder("# LoRaWAN keys for Wireshark (" + layout.uatName() + "), written by LoRaBench\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        OwnerOnlyFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        return lines.size();
    }

    /// {@return the UAT lines of `rows` in `layout`}, without the comment line
    public static List<String> lines(Layout layout, KeyTableRows rows) {
        List<String> out = new ArrayList<>();
        switch (layout) {
            case WIRESHARK_4_0 -> {
                rows.sessions().forEach(s -> out.add(line(onAir(s.devAddr()), s.nwkSKey().toHex(),
                        s.appSKey().toHex(), NO_JOIN_EUI)));
                rows.roots().forEach(r -> out.add(line(NO_DEV_ADDR, r.key().toHex(), r.key().toHex(),
                        onAir(r.joinEui()))));
            }
            case SESSION_KEYS -> rows.sessions().forEach(s -> out.add(line(s.devAddr().toString(),
                    s.nwkSKey().toHex(), s.appSKey().toHex())));
            case ROOT_KEYS -> rows.roots().forEach(r -> out.add(line(r.devEui().toString(), r.key().toHex())));
        }
        return out;
    }

    private static String onAir(DevAddr a) {
        return Bytes.of((byte) a.value(), (byte) (a.value() >>> 8), (byte) (a.value() >>> 16),
                (byte) (a.value() >>> 24)).toHex();
    }

    private static String onAir(Eui64 eui) {
        return eui.toBigEndian().reversed().toHex();
    }

    private static String line(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append('"').append(f).append('"');
        }
        return sb.toString();
    }
}
