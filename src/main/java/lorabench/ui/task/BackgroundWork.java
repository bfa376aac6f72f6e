// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

/// Long work run off the FX thread by [BackgroundTasks]. It reports through `progress` and should return
/// early (or throw) once [TaskProgress#isCancelled()] is true; blocking calls are also interrupted on cancel.
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskProgress progress) throws Exception;
}
