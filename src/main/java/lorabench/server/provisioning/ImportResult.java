// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.List;

/// What an import did: how many devices it stored, the rejected rows in line order, and whether it was cancelled
/// before reaching the end (then rows after the last committed batch were neither imported nor rejected).
public record ImportResult(int imported, List<Rejection> rejected, boolean cancelled) {
    public ImportResult {
        rejected = List.copyOf(rejected);
    }
}
