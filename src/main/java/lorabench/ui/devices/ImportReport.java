// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.nio.file.Path;
import java.util.Objects;
import lorabench.server.provisioning.ImportResult;

/// What the last bulk import did, as the import report dialog shows it.
public record ImportReport(Path file, ImportResult result) {
    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
    }

    /// {@return the one-line summary}: "Imported 9 devices from devices.csv; 1 row rejected"
    public String summary() {
        int bad = (int) result.rejected().stream().mapToInt(r -> r.line()).distinct().count();
        return "Imported " + result.imported() + (result.imported() == 1 ? " device" : " devices") + " from "
                + file.getFileName() + (bad == 0 ? "" : "; " + bad + (bad == 1 ? " row" : " rows") + " rejected")
                + (result.cancelled() ? " (cancelled before the end)" : "");
    }
}
