// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.HexFormat;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lorabench.lorawan.types.Bytes;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;

/// The fields of "enqueue a downlink" (and of "send uplink"): FPort, hex payload, confirmed, and for downlinks the
/// OrbiWAN busy mode. Parses and explains what is wrong; shared by the Devices and Downlinks screens.
public final class DownlinkForm {
    private final StringProperty fPort = new SimpleStringProperty(this, "fPort", "1");
    private final StringProperty payload = new SimpleStringProperty(this, "payload", "");
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed");
    private final ObjectProperty<EnqueueMode> mode = new SimpleObjectProperty<>(this, "mode",
            EnqueueMode.ENQUEUE_ON_BUSY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /// A parsed form.
    public record Values(int fPort, Bytes payload, boolean confirmed, EnqueueMode mode) {}

    public StringProperty fPortProperty() {
        return fPort;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    public ObjectProperty<EnqueueMode> modeProperty() {
        return mode;
    }

    /// {@return why the last [#parse] failed, empty when it did not}
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// Shows `message` as the form's error (e.g. the queue's answer).
    public void showError(String message) {
        error.set(message);
    }

    /// {@return the values, or empty with [#errorProperty()] saying why}: FPort 1..223 (LoRaWAN L2 1.0.4 §4.3.2;
    /// 0 is for MAC commands, 224 for the test protocol), an even number of hex digits (spaces allowed)
    public Optional<Values> parse() {
        int port;
        try {
            port = Integer.parseInt(fPort.get().strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 223) {
            error.set("FPort must be a number from 1 to 223.");
            return Optional.empty();
        }
        String hex = payload.get() == null ? "" : payload.get().replaceAll("\\s", "");
        if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            error.set("The payload must be hex digits, two per byte.");
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new Values(port, Bytes.wrap(HexFormat.of().parseHex(hex)), confirmed.get(), mode.get()));
    }

    /// {@return the queue's answer in words}
    public static String describe(EnqueueResult result) {
        return switch (result) {
            case EnqueueResult.Accepted a -> "Queued downlink #" + a.downlink().id()
                    + (a.replaced().isEmpty() ? "" : ", replacing " + a.replaced().size() + " waiting");
            case EnqueueResult.Busy b -> "Refused: " + b.waiting() + " downlink" + (b.waiting() == 1 ? "" : "s")
                    + " already waiting (fail on busy)";
            case EnqueueResult.QueueFull f -> "Refused: the queue holds its limit of " + f.limit() + " downlinks";
            case EnqueueResult.TooLarge t -> "Refused: " + t.size() + " bytes is more than the " + t.max()
                    + " bytes any downlink data rate carries";
            case EnqueueResult.UnknownTarget u -> "Refused: " + u.detail();
        };
    }
}
