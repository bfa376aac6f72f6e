// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// What a session-log row records, with the names the export writes (DESIGN.md, `lorabench export`).
public enum LogEvent {
    UPLINK("uplink"), JOIN_REQUEST("join-request"), JOIN_ACCEPT("join-accept"), DOWNLINK("downlink"),
    TX_ACK("tx-ack"), REJECTED("rejected");

    private final String text;

    LogEvent(String text) {
        this.text = text;
    }

    /// {@return the export name}, e.g. `join-request`
    public String text() {
        return text;
    }

    public static LogEvent parse(String text) {
        for (LogEvent e : values()) {
            if (e.text.equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown session-log event '" + text + "'");
    }

    @Override
    public String toString() {
        return text;
    }
}
