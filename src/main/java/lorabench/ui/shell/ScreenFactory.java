// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

/// Creates a screen's view the first time the user opens it (on the FX thread). Called at most once per
/// window; the view is then kept and re-shown.
@FunctionalInterface
public interface ScreenFactory {
    /// @throws Exception when the view cannot be built (the shell then shows the error in the screen area)
    ScreenView create(ScreenContext context) throws Exception;
}
