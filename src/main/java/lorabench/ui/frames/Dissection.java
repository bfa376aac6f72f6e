// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;

/// The dissection of one frame: its bytes and the tree of fields over them.
public record Dissection(Bytes bytes, List<DissectionNode> roots) {
    public Dissection {
        Objects.requireNonNull(bytes, "bytes");
        roots = List.copyOf(roots);
    }

    /// {@return the path (root first) to the deepest node whose span holds byte `offset`}, empty when none does
    public List<DissectionNode> pathAt(int offset) {
        List<DissectionNode> best = List.of();
        for (DissectionNode root : roots) {
            List<DissectionNode> p = pathAt(root, offset, new ArrayList<>());
            if (p.size() > best.size()) {
                best = p;
            }
        }
        return best;
    }

    private static List<DissectionNode> pathAt(DissectionNode node, int offset, List<DissectionNode> prefix) {
        boolean inside = node.span().filter(s -> offset >= s.offset() && offset < s.end()).isPresent();
        List<DissectionNode> here = new ArrayList<>(prefix);
        here.add(node);
        List<DissectionNode> best = inside ? here : List.of();
        for (DissectionNode c : node.children()) {
            List<DissectionNode> p = pathAt(c, offset, here);
            if (!p.isEmpty() && p.size() > best.size()) {
                best = p;
            }
        }
        return best;
    }

    /// {@return the first node (depth first) named `name`}
    public Optional<DissectionNode> find(String name) {
        return roots.stream().map(r -> find(r, name)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<DissectionNode> find(DissectionNode n, String name) {
        if (n.name().equals(name)) {
            return Optional.of(n);
        }
        return n.children().stream().map(c -> find(c, name)).flatMap(Optional::stream).findFirst();
    }
}
