// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

/// The outcome of a MIC check shown to the user.
public enum MicVerdict {
    /// The computed MIC equals the received one.
    VALID,
    /// The computed MIC differs from the received one.
    INVALID,
    /// Not computed: inputs missing or invalid, or a frame without a MIC.
    NOT_COMPUTED
}
