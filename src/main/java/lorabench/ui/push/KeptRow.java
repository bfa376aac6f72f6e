// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lorabench.store.Uplink;

/// A stored uplink kept because a push target did not answer 200, formatted for the "Kept payloads" table.
public record KeptRow(Uplink uplink, String received, String devEui, String fCnt, String fPort, String payload) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public static KeptRow of(Uplink u, ZoneId zone) {
        return new KeptRow(u, TIME.format(u.received().atZone(zone)), u.devEui().toString(), Long.toString(u.fCnt()),
                u.fPort().map(String::valueOf).orElse("\u2014"), u.payload().toHex());
    }
}
