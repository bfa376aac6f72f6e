// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.export;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lorabench.server.export.ExportFormat;
import lorabench.store.Database;
import lorabench.ui.shell.MenuCommand;

/// The File menu's export entries: "Export session log as JSONL / CSV / pcap…" (Ctrl+E for pcap).
public final class ExportMenu {
    private ExportMenu() {}

    /// {@return the menu entries}; `database` completes once the embedded server is up
    public static List<MenuCommand> commands(CompletableFuture<Database> database) {
        return List.of(command(database, ExportFormat.PCAP, "export-pcap", "Export session log as _pcap\u2026")
                        .withAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
                command(database, ExportFormat.JSONL, "export-jsonl", "Export session log as _JSONL\u2026"),
                command(database, ExportFormat.CSV, "export-csv", "Export session log as _CSV\u2026"));
    }

    private static MenuCommand command(CompletableFuture<Database> database, ExportFormat format, String id,
            String text) {
        return MenuCommand.of(MenuCommand.Menu.FILE, id, text, services -> new SessionLogExportViewModel(database,
                services.dialogs(), services.tasks(), java.nio.file.Path.of(System.getProperty("user.home")),
                Clock.systemDefaultZone())
                .export(format));
    }
}
