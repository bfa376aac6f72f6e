// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/// What the Devices and Downlinks screens need from the composition root.
///
/// @param directory completes once the embedded server is up (the screens show "Loading…" until then)
/// @param simulator the virtual devices' actions
/// @param changes   tells the screens to reload
public record DeviceScreenServices(CompletableFuture<DeviceDirectory> directory, VirtualDeviceActions simulator,
        ServerChanges changes) {
    public DeviceScreenServices {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(simulator, "simulator");
        Objects.requireNonNull(changes, "changes");
    }
}
