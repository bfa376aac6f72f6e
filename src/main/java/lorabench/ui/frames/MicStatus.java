// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

/// The MIC column and node: checked good, checked bad, or not checked (no keys, or no MIC).
public enum MicStatus {
    VALID("valid"), INVALID("invalid"), UNKNOWN("\u2014");

    private final String text;

    MicStatus(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
