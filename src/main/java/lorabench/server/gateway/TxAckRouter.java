// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.TxAckError;

/// Correlates TX_ACKs with the PULL_RESPs that caused them, by gateway and token (PROTOCOL.TXT §5.5).
///
/// A waiter that gets no TX_ACK within `timeout` is called with [Outcome.Timeout] (an old forwarder that never
/// sends TX_ACK, or a lost datagram). A TX_ACK may also overtake the registration of its waiter (the gateway answers
/// over loopback before the sender registers): such a TX_ACK is kept for `timeout` and handed to the waiter that
/// registers for it then.
public final class TxAckRouter {
    /// What became of a PULL_RESP.
    public sealed interface Outcome {
        /// The gateway answered; `error` empty or a warning means it programmed the packet.
        record Acked(Optional<TxAckError> error) implements Outcome {
            public boolean accepted() {
                return error.map(TxAckError::accepted).orElse(true);
            }
        }

        /// No TX_ACK arrived in time.
        record Timeout() implements Outcome {}
    }

    private record Key(Eui64 gateway, int token) {}

    private final TaskScheduler scheduler;
    private final Duration timeout;
    private final ConcurrentHashMap<Key, Consumer<Outcome>> waiting = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Outcome> early = new ConcurrentHashMap<>();

    public TxAckRouter(TaskScheduler scheduler, Duration timeout) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /// Calls `then` once with the TX_ACK of `token` from `gateway`, or with a timeout.
    public void await(Eui64 gateway, int token, Consumer<Outcome> then) {
        Key key = new Key(gateway, token);
        waiting.put(key, then);
        Outcome arrived = early.remove(key);
        if (arrived != null) {
            if (waiting.remove(key, then)) {
                then.accept(arrived);
            }
            return; // otherwise onTxAck took the waiter and calls it
        }
        scheduler.schedule(timeout, () -> {
            Consumer<Outcome> c = waiting.remove(key);
            if (c != null) {
                c.accept(new Outcome.Timeout());
            }
        });
    }

    /// Routes a TX_ACK. {@return whether someone waited for it}; when nobody did yet, it is kept for a waiter that
    /// registers within the timeout
    public boolean onTxAck(Eui64 gateway, int token, Optional<TxAckError> error) {
        Key key = new Key(gateway, token);
        Consumer<Outcome> c = waiting.remove(key);
        if (c == null) {
            Outcome o = new Outcome.Acked(error);
            early.put(key, o);
            scheduler.schedule(timeout, () -> early.remove(key, o));
            // The waiter may have registered between the two looks: whoever takes it from `waiting` calls it.
            Consumer<Outcome> late = waiting.remove(key);
            if (late != null) {
                early.remove(key, o);
                late.accept(o);
                return true;
            }
            return false;
        }
        c.accept(new Outcome.Acked(error));
        return true;
    }
}
