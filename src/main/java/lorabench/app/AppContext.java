// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.random.RandomGenerator;
import lorabench.clock.TaskScheduler;
import lorabench.server.NetworkServerRuntime;
import lorabench.store.Database;

/// What the composition root hands to each northbound interface it builds: the running server and its store.
public record AppContext(ServerOptions options, Database database, TaskScheduler scheduler,
                         NetworkServerRuntime server, RandomGenerator random) {}
