// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

/// Follows an import: progress after each committed batch (for a progress bar) and a cancellation request, checked
/// before each batch. Called on the importing thread.
public interface ImportListener {
    ImportListener NONE = new ImportListener() {};

    /// `processed` rows of `total` have been validated and, when valid, stored.
    default void progress(int processed, int total) {}

    /// {@return whether the import should stop} before its next batch (the batches already committed stay)
    default boolean cancelled() {
        return false;
    }
}
