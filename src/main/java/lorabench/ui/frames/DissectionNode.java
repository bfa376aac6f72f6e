// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.FieldSpan;

/// One line of the dissection tree: a field name, its value as people read it, the bytes it occupies in the
/// PHYPayload (for the hex highlight), and its sub-fields.
///
/// @param span empty for facts that are not bytes of the frame (radio metadata, decrypted values, verdicts)
public record DissectionNode(String name, String value, Optional<FieldSpan> span, Tone tone,
        List<DissectionNode> children) {
    /// How a node is emphasised.
    public enum Tone { NORMAL, GOOD, PROBLEM, MUTED }

    public DissectionNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tone, "tone");
        children = List.copyOf(children);
    }

    /// {@return a leaf without bytes}
    public static DissectionNode fact(String name, String value) {
        return new DissectionNode(name, value, Optional.empty(), Tone.NORMAL, List.of());
    }

    /// {@return a leaf over `span`}
    public static DissectionNode field(String name, String value, FieldSpan span) {
        return new DissectionNode(name, value, Optional.of(span), Tone.NORMAL, List.of());
    }

    public DissectionNode withTone(Tone t) {
        return new DissectionNode(name, value, span, t, children);
    }

    public DissectionNode withChildren(List<DissectionNode> kids) {
        return new DissectionNode(name, value, span, tone, kids);
    }

    /// {@return this node's name and value as one line}
    public String line() {
        return value.isEmpty() ? name : name + ": " + value;
    }
}
