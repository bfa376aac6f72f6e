// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/// Loads FXML views with constructor-injected controllers (STYLE.md §8): the caller builds each controller
/// with `new`, and the controller factory hands the matching instance to the loader, so `fx:controller`
/// stays in the FXML (Scene Builder keeps working) and `@FXML` fields are never null after loading.
public final class FxmlViews {
    private FxmlViews() {}

    /// Loads `/fxml/<path>` (e.g. `shell/MainWindow.fxml`); `controllers` covers the view and its `fx:include`s.
    ///
    /// @throws IllegalStateException when a controller type has no instance among `controllers`
    public static <T extends Parent> T load(String path, Object... controllers) {
        String resource = "/fxml/" + path;
        URL url = Objects.requireNonNull(FxmlViews.class.getResource(resource), () -> "missing FXML " + resource);
        List<Object> available = List.of(controllers);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> available.stream().filter(type::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("no controller of type " + type.getName() + " for " + resource)));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }
}
