// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lorabench.ui.AboutInfo;
import lorabench.ui.FxmlViews;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.dialog.FxDialogService;
import lorabench.ui.settings.UiPreferencesStore;
import lorabench.ui.settings.UiSettings;
import lorabench.ui.settings.WindowBounds;
import lorabench.ui.task.BackgroundTasks;
import lorabench.ui.theme.ThemeManager;

/// Builds the main window from a [UiContext]: loads the preferences, wires view models and controllers with
/// constructors, applies the theme, restores the window bounds and saves everything when the window closes.
public final class MainWindow {
    private final UiContext context;
    private final Stage stage;
    private final UiSettings settings;
    private final BackgroundTasks tasks;
    private final ShellViewModel viewModel;
    private final ScreenHost host;
    private final Scene scene;
    private final ShellController shell;
    private final WindowServices services;
    private boolean shown;

    /// Builds the window on `stage` (not yet shown); `dialogs` is normally an [FxDialogService] on `stage`.
    public MainWindow(UiContext context, Stage stage, DialogService dialogs) {
        this.context = Objects.requireNonNull(context, "context");
        this.stage = Objects.requireNonNull(stage, "stage");
        var data = context.options().dataDirectory();
        settings = new UiSettings(UiPreferencesStore.inDataDirectory(data));
        context.options().theme().ifPresent(settings.themeProperty()::set);
        tasks = BackgroundTasks.onVirtualThreads(failure -> dialogs.showError(failure.title() + " failed",
                String.valueOf(failure.error().getMessage()), failure.error()));
        viewModel = new ShellViewModel(context.screens(), settings.lastScreenProperty(), settings.themeProperty());
        host = new ScreenHost(context.screens(),
                id -> new ScreenContext(viewModel.searchTextOf(id), tasks, dialogs, settings, data,
                        viewModel::select));
        var statusBar = new StatusBarController(new StatusBarViewModel(context.status(), tasks));
        shell = new ShellController(viewModel, context.screens(), host, stage::close,
                () -> dialogs.showInformation("About LoRaBench", AboutInfo.current().describe()));
        Parent root = FxmlViews.load("shell/MainWindow.fxml", shell, statusBar);
        services = new WindowServices(tasks, dialogs, settings, data);
        shell.addMenuCommands(context.menuCommands(), services);
        WindowBounds bounds = settings.window();
        scene = new Scene(root, bounds.width(), bounds.height());
        new ThemeManager(settings.themeProperty()).install(scene);
        shell.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        place(bounds);
        stage.setOnHidden(e -> close());
    }

    /// {@return a window with real JavaFX dialogs}
    public static MainWindow create(UiContext context, Stage stage) {
        return new MainWindow(context, stage, new FxDialogService(() -> stage));
    }

    private void place(WindowBounds bounds) {
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        boolean visible = bounds.positioned() && !javafx.stage.Screen.getScreensForRectangle(
                new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height())).isEmpty();
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximised());
    }

    private void close() {
        WindowBounds previous = settings.window();
        settings.setWindow(stage.isMaximized()
                ? new WindowBounds(previous.positioned(), previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new WindowBounds(true, stage.getX(), stage.getY(), Math.max(WindowBounds.MIN_WIDTH, stage.getWidth()),
                        Math.max(WindowBounds.MIN_HEIGHT, stage.getHeight()), false));
        settings.save();
        host.disposeAll();
        tasks.close();
        context.onExit().run();
    }

    /// Shows the window with the keyboard focus in the navigation rail; the first time, runs the context's start
    /// hook (which starts the embedded server off the FX thread).
    public void show() {
        stage.show();
        shell.focusNavigation();
        if (!shown) {
            shown = true;
            context.onShown().accept(services);
        }
    }

    /// {@return the services shared by the window's screens and menu commands}
    public WindowServices services() {
        return services;
    }

    public Scene scene() {
        return scene;
    }

    public UiSettings settings() {
        return settings;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }
}
