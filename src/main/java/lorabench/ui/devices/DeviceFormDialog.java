// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static lorabench.server.provisioning.ImportFields.ACTIVATION;
import static lorabench.server.provisioning.ImportFields.DEVICE_CLASS;
import static lorabench.server.provisioning.ImportFields.DEV_EUI;
import static lorabench.server.provisioning.ImportFields.JOIN_EUI;
import static lorabench.server.provisioning.ImportFields.MAC_VERSION;
import static lorabench.server.provisioning.ImportFields.NAME;
import static lorabench.server.provisioning.ImportFields.REGION;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.MacVersion;
import lorabench.ui.theme.Css;

/// The add / edit device dialog, generated from [DeviceFormViewModel#FIELDS]: a text field (or a choice) per field,
/// a "Generate" button beside identifiers and keys, and the field's error under it. Fields that do not apply to
/// the chosen activation and version are hidden. "Save" stays disabled while the form is invalid and closes the
/// dialog only once the device is stored.
final class DeviceFormDialog {
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry(DEV_EUI, "DevEUI"),
            Map.entry(NAME, "Name"), Map.entry(ACTIVATION, "Activation"), Map.entry(MAC_VERSION, "LoRaWAN version"),
            Map.entry(REGION, "Region"), Map.entry(DEVICE_CLASS, "Class"), Map.entry(JOIN_EUI, "JoinEUI"),
            Map.entry("appKey", "AppKey"), Map.entry("nwkKey", "NwkKey"), Map.entry("devAddr", "DevAddr"),
            Map.entry("nwkSKey", "NwkSKey"), Map.entry("fNwkSIntKey", "FNwkSIntKey"),
            Map.entry("sNwkSIntKey", "SNwkSIntKey"), Map.entry("nwkSEncKey", "NwkSEncKey"),
            Map.entry("appSKey", "AppSKey"));
    private static final Map<String, List<String>> CHOICES = Map.of(
            ACTIVATION, List.of("OTAA", "ABP"),
            MAC_VERSION, Arrays.stream(MacVersion.values()).map(Object::toString).toList(),
            REGION, Arrays.stream(BandId.values()).map(BandId::text).toList(),
            DEVICE_CLASS, List.of("A", "B", "C"));

    private DeviceFormDialog() {}

    /// Shows the dialog (not blocking); `save` stores the form and completes when done.
    static Dialog<ButtonType> show(Window owner, DeviceFormViewModel form,
            Function<DeviceFormViewModel, java.util.concurrent.CompletableFuture<?>> save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
                dialog.getDialogPane().pseudoClassStateChanged(Css.DARK,
                        owner.getScene().getRoot().getPseudoClassStates().contains(Css.DARK));
            }
        }
        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid(form));
        dialog.getDialogPane().getStyleClass().add(Css.DEVICE_FORM);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("saveDeviceButton");
        saveButton.disableProperty().bind(form.validProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saveButton.disableProperty().unbind();
            saveButton.setDisable(true);
            save.apply(form).whenComplete((ok, error) -> javafx.application.Platform.runLater(() -> {
                saveButton.disableProperty().bind(form.validProperty().not());
                if (error == null) {
                    dialog.setResult(saveType);
                    dialog.close();
                }
            }));
        });
        dialog.show();
        return dialog;
    }

    private static GridPane grid(DeviceFormViewModel form) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Css.FORM_GRID);
        grid.getColumnConstraints().addAll(new ColumnConstraints(130), hgrow(), new ColumnConstraints());
        int row = 0;
        for (String field : DeviceFormViewModel.FIELDS) {
            Label label = new Label(LABELS.getOrDefault(field, field));
            Node input = input(form, field);
            label.setLabelFor(input);
            Label error = new Label();
            error.getStyleClass().add(Css.FIELD_ERROR);
            error.textProperty().bind(form.errorOf(field));
            error.visibleProperty().bind(form.errorOf(field).isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            if (!CHOICES.containsKey(field) && !field.equals(NAME) && !(field.equals(DEV_EUI) && form.editing())
                    && !field.equals(JOIN_EUI)) {
                Button generate = new Button("Generate");
                generate.setId("generate-" + field);
                generate.setOnAction(e -> form.generate(field));
                grid.add(generate, 2, row);
                bindRelevant(form, field, generate);
            }
            grid.add(error, 1, row + 1, 2, 1);
            bindRelevant(form, field, label, input);
            row += 2;
        }
        return grid;
    }

    private static ColumnConstraints hgrow() {
        ColumnConstraints c = new ColumnConstraints(300);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static Node input(DeviceFormViewModel form, String field) {
        if (CHOICES.containsKey(field)) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(CHOICES.get(field));
            box.valueProperty().bindBidirectional(form.value(field));
            box.setId("field-" + field);
            return box;
        }
        TextField text = new TextField();
        text.setId("field-" + field);
        text.textProperty().bindBidirectional(form.value(field));
        if (!field.equals(NAME)) {
            text.getStyleClass().add(Css.MONO);
        }
        text.setEditable(!(form.editing() && field.equals(DEV_EUI)));
        return text;
    }

    private static void bindRelevant(DeviceFormViewModel form, String field, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(form.relevantProperty(field));
            n.managedProperty().bind(form.relevantProperty(field));
        }
    }
}
