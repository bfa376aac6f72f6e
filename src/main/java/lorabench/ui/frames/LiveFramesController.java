// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import lorabench.lorawan.types.Direction;
import lorabench.ui.keys.JoinInputs;
import lorabench.ui.keys.KeyVersion;
import lorabench.ui.theme.Css;

/// Binds `LiveFrames.fxml` to a [LiveFramesViewModel] and a [DecodeInputViewModel]: table, tree and hex view
/// selection stay linked through the view model.
public final class LiveFramesController {
    private final LiveFramesViewModel viewModel;
    private final DecodeInputViewModel decode;
    private final Optional<Consumer<JoinInputs>> keysLab;
    private final HexView hexView;
    private boolean syncing;

    @FXML private BorderPane root;
    @FXML private VBox decodeBar;
    @FXML private TextField decodeHexField;
    @FXML private ToggleGroup decodeVersionGroup;
    @FXML private ToggleButton decodeV10;
    @FXML private ToggleButton decodeV11;
    @FXML private Button decodeAddButton;
    @FXML private Label networkKeyLabel;
    @FXML private TextField networkKeyField;
    @FXML private TextField appSKeyField;
    @FXML private Label rootKeyLabel;
    @FXML private TextField rootKeyField;
    @FXML private Label sNwkSIntKeyLabel;
    @FXML private TextField sNwkSIntKeyField;
    @FXML private Label nwkSEncKeyLabel;
    @FXML private TextField nwkSEncKeyField;
    @FXML private TextField fCntField;
    @FXML private Label decodeProblem;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane detailSplit;
    @FXML private TableView<FrameRow> table;
    @FXML private TableColumn<FrameRow, String> numberColumn;
    @FXML private TableColumn<FrameRow, String> timeColumn;
    @FXML private TableColumn<FrameRow, Direction> directionColumn;
    @FXML private TableColumn<FrameRow, String> gatewayColumn;
    @FXML private TableColumn<FrameRow, String> deviceColumn;
    @FXML private TableColumn<FrameRow, String> mTypeColumn;
    @FXML private TableColumn<FrameRow, String> fCntColumn;
    @FXML private TableColumn<FrameRow, String> fPortColumn;
    @FXML private TableColumn<FrameRow, String> sizeColumn;
    @FXML private TableColumn<FrameRow, String> dataRateColumn;
    @FXML private TableColumn<FrameRow, String> signalColumn;
    @FXML private TableColumn<FrameRow, MicStatus> micColumn;
    @FXML private Label counters;
    @FXML private Label pausedBadge;
    @FXML private TreeView<DissectionNode> tree;
    @FXML private Label treeEmpty;
    @FXML private Label hexHeader;
    @FXML private ScrollPane hexScroll;

    public LiveFramesController(LiveFramesViewModel viewModel, DecodeInputViewModel decode) {
        this(viewModel, decode, Optional.empty());
    }

    /// @param keysLab opens a join in the Keys lab (the "Keys lab" button is shown only with it)
    public LiveFramesController(LiveFramesViewModel viewModel, DecodeInputViewModel decode,
            Optional<Consumer<JoinInputs>> keysLab) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.decode = Objects.requireNonNull(decode, "decode");
        this.keysLab = Objects.requireNonNull(keysLab, "keysLab");
        this.hexView = new HexView(this::byteClicked);
    }

    @FXML
    private void initialize() {
        bindDecodeBar();
        showWhen(decodeBar, Bindings.createBooleanBinding(() -> false));
        text(numberColumn, r -> String.valueOf(r.sequence()));
        text(timeColumn, FrameRow::time);
        directionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().direction()));
        directionColumn.setCellFactory(c -> new FrameTableCells.DirectionCell());
        text(gatewayColumn, r -> r.frame().gateway().map(Object::toString).orElse(""));
        text(deviceColumn, FrameRow::device);
        text(mTypeColumn, FrameRow::mType);
        text(fCntColumn, FrameRow::fCnt);
        text(fPortColumn, FrameRow::fPort);
        text(sizeColumn, r -> String.valueOf(r.size()));
        text(dataRateColumn, FrameRow::dataRate);
        text(signalColumn, FrameRow::signal);
        micColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mic()));
        micColumn.setCellFactory(c -> new FrameTableCells.MicCell());
        table.setRowFactory(t -> new FrameTableCells.FrameTableRow());
        table.setItems(viewModel.visibleRows());
        table.setPlaceholder(new Label("No frames yet. Frames appear here as the network server sends and receives "
                + "them; use Decode hex\u2026 to paste one."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.selectedRowProperty().set(Optional.ofNullable(now));
            }
        });
        viewModel.selectedRowProperty().addListener((obs, old, now) -> selectRow(now));
        viewModel.visibleRows().addListener((ListChangeListener<FrameRow>) c -> followTail());
        counters.textProperty().bind(viewModel.countersProperty());
        showWhen(pausedBadge, viewModel.pausedProperty());

        tree.setCellFactory(t -> new DissectionCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.selectedNodeProperty().set(Optional.ofNullable(now).map(TreeItem::getValue));
            }
        });
        viewModel.dissectionProperty().addListener((obs, old, now) -> showDissection(now));
        viewModel.selectedNodeProperty().addListener((obs, old, now) -> selectNode(now));
        viewModel.highlightProperty().addListener((obs, old, now) -> hexView.highlight(now));
        showWhen(treeEmpty, Bindings.createBooleanBinding(() -> viewModel.dissectionProperty().get().isEmpty(),
                viewModel.dissectionProperty()));
        hexScroll.setContent(hexView);
        hexHeader.textProperty().bind(Bindings.createStringBinding(() -> viewModel.dissectionProperty().get()
                .map(d -> "Bytes (" + d.bytes().size() + ")").orElse("Bytes"), viewModel.dissectionProperty()));
    }

    private void bindDecodeBar() {
        decodeHexField.textProperty().bindBidirectional(decode.phyPayload().textProperty());
        networkKeyField.textProperty().bindBidirectional(decode.networkKey().textProperty());
        appSKeyField.textProperty().bindBidirectional(decode.appSKey().textProperty());
        rootKeyField.textProperty().bindBidirectional(decode.rootKey().textProperty());
        sNwkSIntKeyField.textProperty().bindBidirectional(decode.sNwkSIntKey().textProperty());
        nwkSEncKeyField.textProperty().bindBidirectional(decode.nwkSEncKey().textProperty());
        fCntField.textProperty().bindBidirectional(decode.fCnt32().textProperty());
        decodeV10.setUserData(KeyVersion.V1_0);
        decodeV11.setUserData(KeyVersion.V1_1);
        decodeV10.setSelected(true);
        decodeVersionGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                decode.versionProperty().set((KeyVersion) now.getUserData());
            }
        });
        ObservableBooleanValue v11 = Bindings.createBooleanBinding(
                () -> decode.versionProperty().get() == KeyVersion.V1_1, decode.versionProperty());
        networkKeyLabel.textProperty().bind(Bindings.when(v11).then("FNwkSIntKey").otherwise("NwkSKey"));
        rootKeyLabel.textProperty().bind(Bindings.when(v11).then("NwkKey").otherwise("AppKey"));
        for (Node n : List.of(sNwkSIntKeyLabel, sNwkSIntKeyField, nwkSEncKeyLabel, nwkSEncKeyField)) {
            n.disableProperty().bind(Bindings.not(v11));
        }
        decodeAddButton.disableProperty().bind(decode.canAddBinding().not());
        decodeAddButton.setOnAction(e -> decode.add());
        decodeProblem.textProperty().bind(Bindings.when(decode.phyPayload().textProperty().isEmpty()).then("")
                .otherwise(decode.problemBinding()));
        showWhen(decodeProblem, decodeProblem.textProperty().isNotEmpty());
    }

    /// {@return the screen's toolbar: pause, clear, copy, decode}
    List<Node> toolbarItems() {
        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("pauseButton");
        pause.selectedProperty().bindBidirectional(viewModel.pausedProperty());
        pause.textProperty().bind(Bindings.when(viewModel.pausedProperty()).then("Resume").otherwise("Pause"));
        Button clear = new Button("Clear");
        clear.setId("clearButton");
        clear.setOnAction(e -> viewModel.clear());
        Button copyHex = new Button("Copy hex");
        copyHex.setId("copyHexButton");
        copyHex.setOnAction(e -> viewModel.copySelectedAsHex());
        Button copyJson = new Button("Copy JSON");
        copyJson.setId("copyJsonButton");
        copyJson.setOnAction(e -> viewModel.copySelectedAsJson());
        ObservableBooleanValue none = Bindings.createBooleanBinding(() -> viewModel.selectedRowProperty().get().isEmpty(),
                viewModel.selectedRowProperty());
        copyHex.disableProperty().bind(none);
        copyJson.disableProperty().bind(none);
        ToggleButton decodeToggle = new ToggleButton("Decode hex\u2026");
        decodeToggle.setId("decodeToggle");
        decodeToggle.getStyleClass().add("accent");
        showWhen(decodeBar, decodeToggle.selectedProperty());
        decodeToggle.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                decodeHexField.requestFocus();
            }
        });
        if (keysLab.isEmpty()) {
            return List.of(decodeToggle, pause, clear, copyHex, copyJson);
        }
        Button toKeysLab = new Button("Keys lab");
        toKeysLab.setId("openInKeysLabButton");
        toKeysLab.setTooltip(new Tooltip(
                "Derive this join's session keys step by step in the Keys lab"));
        toKeysLab.disableProperty().bind(viewModel.joinSelectedProperty().not());
        toKeysLab.setOnAction(e -> viewModel.selectedJoin().ifPresent(keysLab.get()));
        return List.of(decodeToggle, pause, clear, copyHex, copyJson, toKeysLab);
    }

    private void selectRow(Optional<FrameRow> row) {
        if (row.equals(Optional.ofNullable(table.getSelectionModel().getSelectedItem()))) {
            return;
        }
        syncing = true;
        try {
            row.ifPresentOrElse(r -> {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            }, () -> table.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private void followTail() {
        if (table.getSelectionModel().isEmpty() && !viewModel.visibleRows().isEmpty()) {
            table.scrollTo(viewModel.visibleRows().size() - 1);
        }
    }

    private void showDissection(Optional<Dissection> d) {
        TreeItem<DissectionNode> rootItem = new TreeItem<>();
        d.ifPresent(x -> x.roots().forEach(n -> rootItem.getChildren().add(item(n))));
        syncing = true;
        try {
            tree.setRoot(rootItem);
        } finally {
            syncing = false;
        }
        hexView.show(d.map(Dissection::bytes));
        hexView.highlight(viewModel.highlightProperty().get());
    }

    /// Bit-field groups and the radio facts start collapsed, so the fields themselves fit on screen.
    private static final java.util.Set<String> COLLAPSED = java.util.Set.of("Frame", "MHDR", "FCtrl", "DLSettings");

    private static TreeItem<DissectionNode> item(DissectionNode n) {
        TreeItem<DissectionNode> i = new TreeItem<>(n);
        n.children().forEach(c -> i.getChildren().add(item(c)));
        i.setExpanded(!COLLAPSED.contains(n.name()));
        return i;
    }

    private void byteClicked(int offset) {
        viewModel.selectByte(offset);
    }

    private void selectNode(Optional<DissectionNode> node) {
        TreeItem<DissectionNode> current = tree.getSelectionModel().getSelectedItem();
        if (node.isEmpty() || (current != null && current.getValue() == node.get())) {
            return;
        }
        find(tree.getRoot(), node.get()).ifPresent(item -> {
            for (TreeItem<DissectionNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            syncing = true;
            try {
                tree.getSelectionModel().select(item);
                tree.scrollTo(tree.getRow(item));
            } finally {
                syncing = false;
            }
        });
    }

    private static Optional<TreeItem<DissectionNode>> find(TreeItem<DissectionNode> item, DissectionNode node) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getValue() == node) {
            return Optional.of(item);
        }
        for (TreeItem<DissectionNode> c : item.getChildren()) {
            Optional<TreeItem<DissectionNode>> f = find(c, node);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static void text(TableColumn<FrameRow, String> column, Function<FrameRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().unbind();
        node.managedProperty().unbind();
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
