// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.status;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// Where the status bar reads the server's status from. The composition root implements it over the server;
/// the value must change on the FX thread only (use [PublishedStatus] to publish from any thread).
@FunctionalInterface
public interface StatusSource {
    /// {@return the current status; observed by the status bar}
    ReadOnlyObjectProperty<ServerStatus> status();

    /// {@return a source that always reports `status`}
    static StatusSource fixed(ServerStatus status) {
        ReadOnlyObjectWrapper<ServerStatus> property = new ReadOnlyObjectWrapper<>(status);
        return property::getReadOnlyProperty;
    }
}
