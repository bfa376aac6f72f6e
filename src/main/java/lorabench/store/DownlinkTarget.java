// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// Who a queued downlink is for: one device, or a multicast group.
public sealed interface DownlinkTarget {
    record Device(Eui64 devEui) implements DownlinkTarget {
        public Device {
            Objects.requireNonNull(devEui, "devEui");
        }
    }

    record Group(String groupId) implements DownlinkTarget {
        public Group {
            Objects.requireNonNull(groupId, "groupId");
        }
    }
}
