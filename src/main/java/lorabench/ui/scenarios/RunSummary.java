// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lorabench.sim.run.RunReport;

/// Turns a [RunReport] into the lines the Scenarios screen shows: the fields of `lorabench sim run`'s closing summary
/// ([RunReport#toMap()], in its order, so the GUI and the command line never disagree on what a summary holds) and
/// the per-device airtime.
public final class RunSummary {
    /// One device's time on air.
    public record Airtime(String devEui, String seconds) {
        public Airtime {
            Objects.requireNonNull(devEui, "devEui");
            Objects.requireNonNull(seconds, "seconds");
        }
    }

    private RunSummary() {}

    /// {@return every summary field of `r` but the per-device airtime, labelled}
    public static List<SummaryLine> lines(RunReport r) {
        List<SummaryLine> lines = new ArrayList<>();
        for (Map.Entry<String, Object> e : r.toMap().entrySet()) {
            String key = e.getKey();
            if (key.equals("airtimeSeconds")) {
                continue;
            }
            lines.add(new SummaryLine(key, label(key), value(key, e.getValue(), r)));
        }
        return lines;
    }

    /// {@return each device's airtime, by DevEUI}
    public static List<Airtime> airtime(RunReport r) {
        return r.airtimePerDevice().entrySet().stream()
                .map(e -> new Airtime(e.getKey().toString(), seconds(e.getValue()))).toList();
    }

    private static String label(String key) {
        return switch (key) {
            case "scenario" -> "Scenario";
            case "seed" -> "Seed";
            case "clock" -> "Clock";
            case "state" -> "State";
            case "fraction" -> "Progress";
            case "virtualSeconds" -> "Simulated time";
            case "realSeconds" -> "Real time";
            case "devices" -> "Devices";
            case "gateways" -> "Gateways";
            case "joinRequests" -> "Join-requests sent";
            case "joins" -> "Joins accepted";
            case "uplinks" -> "Uplinks";
            case "transmissions" -> "Transmissions";
            case "uplinksDelivered" -> "Uplink transmissions delivered";
            case "downlinks" -> "Downlinks received by devices";
            case "downlinksSent" -> "Downlinks sent by gateways";
            case "downlinksRefused" -> "Downlinks refused (TX_ACK)";
            case "refusedByError" -> "Refused by error";
            case "packetErrorRate" -> "Packet error rate";
            case "collisions" -> "Collisions";
            case "totalAirtimeSeconds" -> "Total airtime";
            default -> key;
        };
    }

    private static String value(String key, Object value, RunReport r) {
        return switch (key) {
            case "fraction" -> percent(r.fraction());
            case "virtualSeconds" -> clock(r.virtualElapsed()) + " (" + seconds(r.virtualElapsed()) + ")";
            case "realSeconds" -> seconds(r.realElapsed());
            case "packetErrorRate" -> per(r.packetErrorRate());
            case "totalAirtimeSeconds" -> seconds(r.totalAirtime());
            case "refusedByError" -> r.refusedByError().isEmpty() ? "\u2014" : r.refusedByError().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    /// {@return `d` as `H:MM:SS`} (days add hours), as `sim run`'s progress line shows the scenario clock
    public static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /// {@return `d` in seconds with three decimals and a unit}
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }

    /// {@return a packet error rate as `0.125 (12.5 %)`}
    public static String per(double rate) {
        return String.format(Locale.ROOT, "%.3f (%.1f %%)", rate, rate * 100);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /// {@return a scenario duration as `2 h`, `1 d 6 h`, `3 min`, `1 min 30 s`}
    public static String duration(Duration d) {
        List<String> parts = new ArrayList<>();
        if (d.toDays() > 0) {
            parts.add(d.toDays() + " d");
        }
        if (d.toHoursPart() > 0) {
            parts.add(d.toHoursPart() + " h");
        }
        if (d.toMinutesPart() > 0) {
            parts.add(d.toMinutesPart() + " min");
        }
        if (d.toSecondsPart() > 0 || d.toMillisPart() > 0 || parts.isEmpty()) {
            parts.add(d.toMillisPart() > 0
                    ? String.format(Locale.ROOT, "%.3f s", d.toSecondsPart() + d.toMillisPart() / 1000.0)
                    : d.toSecondsPart() + " s");
        }
        return String.join(" ", parts);
    }
}
