// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lorabench.ui.theme.Css;

/// Binds `KeysLab.fxml` to a [KeysLabViewModel]. Only bindings and one-line handlers; the block cards are drawn
/// by [BlockView] from the view model's steps.
public final class KeysLabController {
    private final KeysLabViewModel viewModel;

    @FXML private ScrollPane scroll;
    @FXML private ToggleGroup versionGroup;
    @FXML private ToggleButton v10Toggle;
    @FXML private ToggleButton v11Toggle;
    @FXML private ToggleButton v11UnsetToggle;
    @FXML private TextField appKeyField;
    @FXML private Label appKeyError;
    @FXML private Button appKeyRandom;
    @FXML private TextField nwkKeyField;
    @FXML private Label nwkKeyError;
    @FXML private Button nwkKeyRandom;
    @FXML private TextField joinEuiField;
    @FXML private Label joinEuiError;
    @FXML private Button joinEuiRandom;
    @FXML private TextField devEuiField;
    @FXML private Label devEuiError;
    @FXML private Button devEuiRandom;
    @FXML private TextField joinNonceField;
    @FXML private Label joinNonceError;
    @FXML private Button joinNonceRandom;
    @FXML private TextField netIdField;
    @FXML private Label netIdError;
    @FXML private Button netIdRandom;
    @FXML private TextField devNonceField;
    @FXML private Label devNonceError;
    @FXML private Button devNonceRandom;
    @FXML private Button deriveButton;
    @FXML private Button copyAllButton;
    @FXML private Label missingHint;
    @FXML private VBox legendBox;
    @FXML private VBox derivationSteps;
    @FXML private TextField phyField;
    @FXML private Label phyError;
    @FXML private Label frameSummary;
    @FXML private ToggleGroup micVersionGroup;
    @FXML private ToggleButton micV10Toggle;
    @FXML private ToggleButton micV11Toggle;
    @FXML private ToggleButton micV11UnsetToggle;
    @FXML private Label key1Label;
    @FXML private TextField key1Field;
    @FXML private Label key1Error;
    @FXML private Button useDerivedButton;
    @FXML private Label key2Label;
    @FXML private VBox key2Box;
    @FXML private TextField key2Field;
    @FXML private Label key2Error;
    @FXML private TextField fCntField;
    @FXML private Label confFCntLabel;
    @FXML private TextField confFCntField;
    @FXML private Label txDrLabel;
    @FXML private TextField txDrField;
    @FXML private Label txChLabel;
    @FXML private TextField txChField;
    @FXML private VBox micSteps;
    @FXML private HBox micResult;
    @FXML private Label receivedMic;
    @FXML private Label computedMic;
    @FXML private Label micBadge;
    @FXML private Button copyMicButton;
    @FXML private Label micMessage;

    public KeysLabController(KeysLabViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        KeyDerivationViewModel d = viewModel.derivation();
        bindVersion(versionGroup, d.versionProperty(), Map.of(v10Toggle, KeyVersion.V1_0, v11Toggle, KeyVersion.V1_1,
                v11UnsetToggle, KeyVersion.V1_1_OPT_NEG_UNSET));
        bindInput(KeyField.APP_KEY, appKeyField, appKeyError, appKeyRandom);
        bindInput(KeyField.NWK_KEY, nwkKeyField, nwkKeyError, nwkKeyRandom);
        bindInput(KeyField.JOIN_EUI, joinEuiField, joinEuiError, joinEuiRandom);
        bindInput(KeyField.DEV_EUI, devEuiField, devEuiError, devEuiRandom);
        bindInput(KeyField.JOIN_NONCE, joinNonceField, joinNonceError, joinNonceRandom);
        bindInput(KeyField.NET_ID, netIdField, netIdError, netIdRandom);
        bindInput(KeyField.DEV_NONCE, devNonceField, devNonceError, devNonceRandom);
        deriveButton.disableProperty().bind(d.canDeriveProperty().not());
        deriveButton.setOnAction(e -> d.derive());
        copyAllButton.disableProperty().bind(viewModel.derivedKeysAvailable().not());
        copyAllButton.setOnAction(e -> viewModel.copyAllKeys());
        missingHint.textProperty().bind(d.missingProperty());
        legendBox.getChildren().add(BlockView.legend());
        showWhen(legendBox, viewModel.derivedKeysAvailable());
        renderSteps(d.steps(), derivationSteps, "key");

        MicCheckViewModel m = viewModel.mic();
        phyField.textProperty().bindBidirectional(m.phyPayload().textProperty());
        bindError(phyError, m.phyPayload());
        frameSummary.textProperty().bind(m.frameSummaryProperty());
        showWhen(frameSummary, frameSummary.textProperty().isNotEmpty());
        bindVersion(micVersionGroup, m.versionProperty(), Map.of(micV10Toggle, KeyVersion.V1_0, micV11Toggle,
                KeyVersion.V1_1, micV11UnsetToggle, KeyVersion.V1_1_OPT_NEG_UNSET));
        key1Label.textProperty().bind(m.key1LabelProperty());
        key1Field.textProperty().bindBidirectional(m.key1().textProperty());
        bindError(key1Error, m.key1());
        useDerivedButton.disableProperty().bind(viewModel.derivedKeysAvailable().not());
        useDerivedButton.setOnAction(e -> viewModel.useDerivedKeysForMic());
        key2Field.textProperty().bindBidirectional(m.key2().textProperty());
        bindError(key2Error, m.key2());
        showWhen(key2Label, m.key2UsedProperty());
        showWhen(key2Box, m.key2UsedProperty());
        fCntField.textProperty().bindBidirectional(m.fCnt32().textProperty());
        confFCntField.textProperty().bindBidirectional(m.confFCnt().textProperty());
        txDrField.textProperty().bindBidirectional(m.txDr().textProperty());
        txChField.textProperty().bindBidirectional(m.txCh().textProperty());
        for (Node n : List.of(confFCntLabel, confFCntField, txDrLabel, txDrField, txChLabel, txChField)) {
            showWhen(n, m.v11ParametersProperty());
        }
        renderSteps(m.steps(), micSteps, "CMAC");
        receivedMic.textProperty().bind(m.receivedProperty());
        computedMic.textProperty().bind(m.computedProperty());
        micBadge.textProperty().bind(Bindings.createStringBinding(() -> switch (m.verdictProperty().get()) {
            case VALID -> "\u2713  MIC valid";
            case INVALID -> "\u2717  MIC invalid";
            case NOT_COMPUTED -> "";
        }, m.verdictProperty()));
        m.verdictProperty().addListener((obs, old, now) -> showVerdict(now));
        showVerdict(m.verdictProperty().get());
        showWhen(micResult, m.receivedProperty().isNotEmpty());
        copyMicButton.disableProperty().bind(m.computedProperty().isEmpty());
        copyMicButton.setOnAction(e -> viewModel.copyText(m.computedProperty().get()));
        micMessage.textProperty().bind(m.messageProperty());
    }

    private void showVerdict(MicVerdict v) {
        micBadge.pseudoClassStateChanged(Css.VALID, v == MicVerdict.VALID);
        micBadge.pseudoClassStateChanged(Css.INVALID, v == MicVerdict.INVALID);
        micBadge.setVisible(v != MicVerdict.NOT_COMPUTED);
    }

    private void bindInput(KeyField field, TextField text, Label error, Button random) {
        KeyDerivationViewModel d = viewModel.derivation();
        text.textProperty().bindBidirectional(d.field(field).textProperty());
        text.disableProperty().bind(d.usedBinding(field).not());
        random.disableProperty().bind(d.usedBinding(field).not());
        random.setOnAction(e -> d.randomize(field));
        error.textProperty().bind(d.shownErrorProperty(field));
        showWhen(error, error.textProperty().isNotEmpty());
    }

    private static void bindError(Label error, ValidatedField<?> field) {
        error.textProperty().bind(Bindings.when(field.textProperty().isEmpty()).then("").otherwise(field.errorProperty()));
        showWhen(error, error.textProperty().isNotEmpty());
    }

    private static void bindVersion(ToggleGroup group, ObjectProperty<KeyVersion> version,
            Map<ToggleButton, KeyVersion> toggles) {
        toggles.forEach(ToggleButton::setUserData);
        Runnable select = () -> toggles.forEach((t, v) -> t.setSelected(v == version.get()));
        select.run();
        version.addListener((obs, old, now) -> select.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                select.run(); // a segmented choice never becomes empty
            } else {
                version.set((KeyVersion) now.getUserData());
            }
        });
    }

    private void renderSteps(ObservableList<AnnotatedBlock> steps, VBox target, String outputName) {
        ListChangeListener<AnnotatedBlock> render = c -> target.getChildren().setAll(steps.stream()
                .map(s -> BlockView.card(s, outputName.equals("key") ? s.title() : "CMAC", viewModel::copy)).toList());
        steps.addListener(render);
        render.onChanged(null);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
