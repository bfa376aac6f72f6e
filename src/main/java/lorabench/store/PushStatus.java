// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// Whether a stored uplink has been delivered to the account's push targets.
public enum PushStatus {
    /// No push target is configured for it.
    NONE,
    PENDING,
    DELIVERED,
    FAILED
}
