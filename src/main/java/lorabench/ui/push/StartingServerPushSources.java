// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import lorabench.app.LoraBenchServer;
import lorabench.server.push.PushDelivery;
import lorabench.store.Account;
import lorabench.store.PushTarget;
import lorabench.store.Uplink;

/// [PushSources] over a server the GUI is still starting: the blocking calls (made off the FX thread) wait for it,
/// and a live subscription attaches once it is up, so the screen works whenever the user opens it.
final class StartingServerPushSources implements PushSources {
    private final CompletableFuture<PushSources> sources;

    StartingServerPushSources(CompletableFuture<LoraBenchServer> server) {
        this.sources = server.thenApply(s -> ServerPushSources.of(s).orElseThrow(() -> new IllegalStateException(
                "this server runs without the OrbiWAN push interface")));
    }

    private PushSources ready() {
        return sources.join();
    }

    @Override
    public List<Account> accounts() {
        return ready().accounts();
    }

    @Override
    public List<PushTarget> targets(long accountId) {
        return ready().targets(accountId);
    }

    @Override
    public PushTarget save(PushTarget target) {
        return ready().save(target);
    }

    @Override
    public PushDelivery sendTest(PushTarget target) {
        return ready().sendTest(target);
    }

    @Override
    public List<PushDelivery> recentDeliveries() {
        return ready().recentDeliveries();
    }

    @Override
    public AutoCloseable subscribe(Consumer<? super PushDelivery> listener) {
        AtomicReference<AutoCloseable> handle = new AtomicReference<>();
        CompletableFuture<Void> attached = sources.thenAccept(s -> handle.set(s.subscribe(listener)));
        return () -> {
            attached.cancel(false);
            AutoCloseable h = handle.get();
            if (h != null) {
                h.close();
            }
        };
    }

    @Override
    public List<Uplink> keptPayloads(int limit) {
        return ready().keptPayloads(limit);
    }

    @Override
    public List<PushDelivery> repush(Uplink uplink) {
        return ready().repush(uplink);
    }
}
