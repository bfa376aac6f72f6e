// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.Direction;

/// One row of the frame list: the captured frame, its decoding, and the column texts, all computed once when the
/// frame arrives (on the producer's thread, so the FX thread only adds rows).
///
/// @param sequence  the arrival number, from 1
/// @param decoded   the frame, or empty when malformed (see `error`)
/// @param error     why the bytes are not a frame, empty when they are
/// @param device    DevAddr (data frames), DevEUI (join and rejoin requests, or as the server said), or empty
/// @param mic       the MIC status: the server's verdict, else computed from the keys, else unknown
/// @param searchText lower-case text the search filter matches (addresses, EUIs, MType, gateway ...)
public record FrameRow(long sequence, CapturedFrame frame, Optional<PhyPayload> decoded, String error, String time,
        String device, String mType, String fCnt, String fPort, String dataRate, String signal, MicStatus mic,
        String searchText) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    public FrameRow {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(decoded, "decoded");
        Objects.requireNonNull(mic, "mic");
    }

    /// {@return the row for `frame`, with times shown in `zone`}
    public static FrameRow of(long sequence, CapturedFrame frame, ZoneId zone) {
        Optional<PhyPayload> decoded;
        String error = "";
        try {
            decoded = Optional.of(FrameCodec.decode(frame.phyPayload()));
        } catch (MalformedFrameException e) {
            decoded = Optional.empty();
            error = e.getMessage();
        }
        String device = decoded.map(FrameRow::device).orElse("");
        if (device.isEmpty()) {
            device = frame.devEui().map(Object::toString).orElse("");
        }
        String type = decoded.map(p -> p.mHdr().mType().specName()).orElse("Malformed");
        String fCnt = decoded.filter(DataFrame.class::isInstance).map(p -> String.valueOf(((DataFrame) p).fHdr().fCnt()))
                .orElse("");
        String fPort = decoded.filter(DataFrame.class::isInstance)
                .flatMap(p -> ((DataFrame) p).fPort()).map(Object::toString).orElse("");
        String rate = frame.dataRate().orElse("");
        String signal = frame.rssi().isPresent()
                ? String.format(Locale.ROOT, "%.0f", frame.rssi().getAsDouble())
                        + (frame.snr().isPresent() ? String.format(Locale.ROOT, " / %.1f", frame.snr().getAsDouble()) : "")
                : "";
        MicStatus mic = frame.micValid().map(v -> v ? MicStatus.VALID : MicStatus.INVALID)
                .orElseGet(() -> decodedMic(frame));
        String search = String.join(" ", device, frame.devEui().map(Object::toString).orElse(""),
                decoded.map(FrameRow::extraIds).orElse(""), type, frame.gateway().map(Object::toString).orElse(""),
                frame.direction() == Direction.UPLINK ? "uplink up" : "downlink down",
                frame.origin() == FrameOrigin.MANUAL ? "manual" : "live", rate).toLowerCase(Locale.ROOT);
        return new FrameRow(sequence, frame, decoded, error, TIME.format(frame.time().atZone(zone)), device, type,
                fCnt, fPort, rate, signal, mic, search);
    }

    private static MicStatus decodedMic(CapturedFrame frame) {
        if (frame.keys().isEmpty()) {
            return MicStatus.UNKNOWN;
        }
        try {
            return FrameMic.check(FrameCodec.decode(frame.phyPayload()), frame.keys()).status();
        } catch (MalformedFrameException e) {
            return MicStatus.UNKNOWN;
        }
    }

    private static String device(PhyPayload p) {
        return switch (p) {
            case DataFrame f -> f.fHdr().devAddr().toString();
            case JoinRequest j -> j.devEui().toString();
            case RejoinRequest r -> r.devEui().toString();
            case JoinAccept j -> j.devAddr().toString();
            case EncryptedJoinAccept e -> "";
            case Proprietary x -> "";
        };
    }

    private static String extraIds(PhyPayload p) {
        return switch (p) {
            case JoinRequest j -> j.joinEui().toString();
            case RejoinRequest.Type1 r -> r.joinEui().toString();
            case RejoinRequest.Type0Or2 r -> r.netId().toString();
            case DataFrame f -> "";
            case JoinAccept j -> "";
            case EncryptedJoinAccept e -> "";
            case Proprietary x -> "";
        };
    }

    /// {@return the PHYPayload size in bytes}
    public int size() {
        return frame.phyPayload().size();
    }

    public Direction direction() {
        return frame.direction();
    }

    /// {@return whether the row matches a search `query`}: every blank-separated word must occur
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
