// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import lorabench.ui.theme.ThemeChoice;

/// Binds `MainWindow.fxml` to the [ShellViewModel]: rail selection, screen area, toolbar, search field,
/// theme menu and keyboard shortcuts.
public final class ShellController {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ShellViewModel viewModel;
    private final List<Screen> screens;
    private final ScreenHost host;
    private final Runnable quitAction;
    private final Runnable aboutAction;
    private StringProperty boundSearch;

    @FXML private BorderPane root;
    @FXML private Menu fileMenu;
    @FXML private Menu helpMenu;
    @FXML private Menu goToMenu;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private Label screenTitle;
    @FXML private HBox toolbarItems;
    @FXML private TextField searchField;
    @FXML private ListView<NavItem> navRail;
    @FXML private StackPane screenHost;

    ShellController(ShellViewModel viewModel, List<Screen> screens, ScreenHost host, Runnable quitAction,
            Runnable aboutAction) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.screens = List.copyOf(screens);
        this.host = Objects.requireNonNull(host, "host");
        this.quitAction = Objects.requireNonNull(quitAction, "quitAction");
        this.aboutAction = Objects.requireNonNull(aboutAction, "aboutAction");
    }

    @FXML
    private void initialize() {
        navRail.getItems().setAll(viewModel.items());
        navRail.setCellFactory(list -> new NavCell());
        navRail.getSelectionModel().select(viewModel.selectedProperty().get());
        navRail.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now.id());
            } else {
                navRail.getSelectionModel().select(viewModel.selectedProperty().get());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> show(now));
        searchField.promptTextProperty().bind(viewModel.searchPromptProperty());
        searchField.disableProperty().bind(viewModel.searchEnabledProperty().not());
        for (NavItem item : viewModel.items()) {
            MenuItem goTo = new MenuItem(item.title());
            goTo.setOnAction(e -> viewModel.select(item.id()));
            if (item.index() < DIGITS.length) {
                goTo.setAccelerator(new KeyCodeCombination(DIGITS[item.index()], KeyCombination.SHORTCUT_DOWN));
            }
            goToMenu.getItems().add(goTo);
        }
        lightThemeItem.setOnAction(e -> viewModel.themeProperty().set(ThemeChoice.LIGHT));
        darkThemeItem.setOnAction(e -> viewModel.themeProperty().set(ThemeChoice.DARK));
        showTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, now) -> showTheme(now));
        show(viewModel.selectedProperty().get());
    }

    /// Adds the composition's menu entries: File entries above Quit (with a separator), Help entries above About.
    void addMenuCommands(List<MenuCommand> commands, WindowServices services) {
        int file = 0;
        int help = 0;
        for (MenuCommand c : commands) {
            MenuItem item = new MenuItem(c.text());
            item.setId(c.id());
            c.accelerator().ifPresent(item::setAccelerator);
            item.setOnAction(e -> c.action().accept(services));
            switch (c.menu()) {
                case FILE -> fileMenu.getItems().add(file++, item);
                case HELP -> helpMenu.getItems().add(help++, item);
            }
        }
        if (file > 0) {
            fileMenu.getItems().add(file, new javafx.scene.control.SeparatorMenuItem());
        }
        if (help > 0) {
            helpMenu.getItems().add(help, new javafx.scene.control.SeparatorMenuItem());
        }
    }

    /// Adds the screens' own extra shortcuts (the Ctrl+digit ones sit on the Go to menu).
    void installShortcuts(Scene scene) {
        screens.forEach(s -> s.shortcut().ifPresent(k -> scene.getAccelerators().put(k, () -> viewModel.select(s.id()))));
    }

    private void showTheme(ThemeChoice theme) {
        lightThemeItem.setSelected(theme == ThemeChoice.LIGHT);
        darkThemeItem.setSelected(theme == ThemeChoice.DARK);
    }

    private void show(NavItem item) {
        if (boundSearch != null) {
            searchField.textProperty().unbindBidirectional(boundSearch);
            boundSearch = null;
        }
        if (item == null) {
            screenHost.getChildren().clear();
            toolbarItems.getChildren().clear();
            screenTitle.setText("");
            return;
        }
        navRail.getSelectionModel().select(item);
        ScreenView view = host.show(item.id());
        screenHost.getChildren().setAll(view.root());
        toolbarItems.getChildren().setAll(view.toolbarItems());
        screenTitle.setText(item.title());
        boundSearch = viewModel.searchTextOf(item.id());
        searchField.textProperty().bindBidirectional(boundSearch);
    }

    /// Moves the keyboard focus to the navigation rail (initial focus).
    void focusNavigation() {
        navRail.requestFocus();
    }

    @FXML
    private void focusSearch() {
        if (!searchField.isDisabled()) {
            searchField.requestFocus();
            searchField.selectAll();
        }
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    @FXML
    private void quit() {
        quitAction.run();
    }

    @FXML
    private void showAbout() {
        aboutAction.run();
    }

    /// {@return the window's root node}
    BorderPane root() {
        return root;
    }
}
