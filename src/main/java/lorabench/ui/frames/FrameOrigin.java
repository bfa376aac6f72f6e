// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

/// Where a frame in the list came from.
public enum FrameOrigin {
    /// Received or sent by the network server (through a [FrameFeed]).
    LIVE,
    /// Pasted by the user with "Decode hex…".
    MANUAL
}
