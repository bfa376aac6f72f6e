// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import lorabench.store.Device;
import lorabench.store.DeviceFilter;
import lorabench.store.DeviceRepository;
import lorabench.store.Page;

/// Port: whether a device refers to a profile directly (as its device or service profile). [ProfileService] adds
/// the links, so a profile whose links are used by devices counts as used too.
@FunctionalInterface
public interface ProfileUsage {

    boolean usedByDevice(String profileId);

    /// {@return a usage check over the device store}, scanning devices page by page
    static ProfileUsage devices(DeviceRepository devices) {
        return profileId -> {
            for (Page page = Page.first(1000);; page = page.next()) {
                var batch = devices.list(DeviceFilter.all(), page);
                for (Device d : batch) {
                    if (d.deviceProfile().filter(profileId::equals).isPresent()
                            || d.serviceProfile().filter(profileId::equals).isPresent()) {
                        return true;
                    }
                }
                if (batch.size() < page.limit()) {
                    return false;
                }
            }
        };
    }
}
