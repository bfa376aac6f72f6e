// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lorabench.sim.scenario.ScenarioException;
import lorabench.sim.scenario.ScenarioParser;

/// Finds the sample scenarios and reads scenario files for the Scenarios screen.
public final class ScenarioFiles {
    /// The samples' folder name, in the working directory, next to the application and on the classpath.
    public static final String FOLDER = "scenarios";
    /// The sample named by the resource lookup (present wherever the samples are).
    private static final String MARKER = FOLDER + "/scenario.schema.json";

    private ScenarioFiles() {}

    /// {@return the samples' folder}: `scenarios/` in `workingDirectory`, else beside the application (the jar's
    /// folder and its parent, so `target/lorabench.jar` finds the project's `scenarios/`), else the copy the build
    /// puts on the classpath (a folder, or the entries inside the jar); empty when there is none
    public static Optional<Path> findSamples(Path workingDirectory, Class<?> application) {
        return findSamples(workingDirectory, codeLocation(application), application.getClassLoader());
    }

    /// {@return the samples' folder} in `workingDirectory`, beside `codeLocation` (a jar or a classes folder), or
    /// among `classLoader`'s resources
    static Optional<Path> findSamples(Path workingDirectory, Optional<Path> codeLocation, ClassLoader classLoader) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDirectory.resolve(FOLDER));
        codeLocation.ifPresent(code -> {
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir != null) {
                candidates.add(dir.resolve(FOLDER));
                if (dir.getParent() != null) {
                    candidates.add(dir.getParent().resolve(FOLDER));
                }
            }
        });
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return onClasspath(classLoader);
    }

    private static Optional<Path> codeLocation(Class<?> application) {
        try {
            var source = application.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onClasspath(ClassLoader classLoader) {
        URL url = classLoader == null ? null : classLoader.getResource(MARKER);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                // NOTE: the jar's file system stays open for the process: the samples are read from it lazily.
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Optional.ofNullable(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException | FileSystemNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// {@return the scenario files in `folder`} (`*.json` but not the JSON schema), by file name; empty when the
    /// folder cannot be listed
    public static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && !name.endsWith(".schema.json") && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /// Reads and parses `file` (relative CSV and script references resolve against its folder). Never throws for a
    /// bad file: {@return the parsed scenario, or the parser's message}
    public static ScenarioFile read(Path file, boolean sample) {
        try {
            return new ScenarioFile.Valid(file, sample, new ScenarioParser().parse(file));
        } catch (ScenarioException e) {
            return new ScenarioFile.Invalid(file, sample, e.getMessage());
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            return new ScenarioFile.Invalid(file, sample, cause instanceof NoSuchFileException
                    ? "no such file" : "cannot read the file: " + cause.getMessage());
        }
    }
}
