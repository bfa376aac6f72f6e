// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// What a file chooser should offer.
///
/// @param title            the dialog title
/// @param initialDirectory where the chooser opens, when known
/// @param initialFileName  the proposed name (save dialogs), empty for none
/// @param filters          the file-type filters, in order; empty for "all files"
public record FileDialogSpec(String title, Optional<Path> initialDirectory, String initialFileName,
        List<Filter> filters) {

    /// A file-type filter: `new Filter("JSON lines", "*.jsonl")`.
    public record Filter(String description, List<String> patterns) {
        public Filter {
            Objects.requireNonNull(description, "description");
            patterns = List.copyOf(patterns);
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("a filter needs at least one pattern");
            }
        }

        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    public FileDialogSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(initialDirectory, "initialDirectory");
        Objects.requireNonNull(initialFileName, "initialFileName");
        filters = List.copyOf(filters);
    }

    /// {@return a spec with only a title}
    public static FileDialogSpec titled(String title) {
        return new FileDialogSpec(title, Optional.empty(), "", List.of());
    }

    public FileDialogSpec withInitialDirectory(Path directory) {
        return new FileDialogSpec(title, Optional.of(directory), initialFileName, filters);
    }

    public FileDialogSpec withInitialFileName(String name) {
        return new FileDialogSpec(title, initialDirectory, name, filters);
    }

    public FileDialogSpec withFilters(Filter... more) {
        return new FileDialogSpec(title, initialDirectory, initialFileName, List.of(more));
    }
}
