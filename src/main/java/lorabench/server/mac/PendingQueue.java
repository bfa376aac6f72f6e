// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.Cid;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// The queue of network-initiated MAC requests kept in [MacState#pendingRequests()] (encoded) with a send count per
/// command in [MacState#pendingAttempts()]. A request stays queued until the device answers it, and is dropped
/// after a number of downlinks carried it without an answer (decided by [MacLayer]). ForceRejoinReq has no answer
/// (LoRaWAN L2 1.1 §5.13): it leaves the queue as soon as a downlink carries it.
///
/// A new request replaces a queued one of the same kind: the same CID, or for NewChannelReq and DlChannelReq the
/// same CID and channel index. LinkADRReq commands form one block (LoRaWAN L2 1.0.4 §5.3.1) replaced as a whole.
/// Re-queuing exactly what is queued keeps the send counts.
final class PendingQueue {
    /// One queued request and how many downlinks carried it.
    record Entry(MacCommand command, int attempts) {}

    private PendingQueue() {}

    static List<MacCommand> decode(Bytes pending) {
        try {
            return MacCommandCodec.decode(Direction.DOWNLINK, pending);
        } catch (MalformedFrameException e) {
            throw new IllegalArgumentException("pending MAC requests are not valid: " + e.getMessage(), e);
        }
    }

    /// {@return `attempts` cut or padded with zeros to one count per command in `pending`}
    static List<Integer> normaliseAttempts(Bytes pending, List<Integer> attempts) {
        int n = decode(pending).size();
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(attempts != null && i < attempts.size() && attempts.get(i) != null ? attempts.get(i) : 0);
        }
        return List.copyOf(out);
    }

    static List<Entry> entries(MacState s) {
        List<MacCommand> cmds = decode(s.pendingRequests());
        List<Entry> out = new ArrayList<>(cmds.size());
        for (int i = 0; i < cmds.size(); i++) {
            out.add(new Entry(cmds.get(i), s.pendingAttempts().get(i)));
        }
        return out;
    }

    static MacState with(MacState s, List<Entry> entries) {
        Bytes bytes = MacCommandCodec.encode(entries.stream().map(Entry::command).toList());
        return s.toBuilder().pending(bytes, entries.stream().map(Entry::attempts).toList()).build();
    }

    /// {@return `s` with `requests` queued}, replacing queued requests of the same kind
    /// @throws IllegalArgumentException when a command is not a network-initiated downlink request
    static MacState enqueue(MacState s, List<? extends MacCommand> requests) {
        for (MacCommand r : requests) {
            Objects.requireNonNull(r, "request");
            if (r instanceof MacCommand.Unknown || r.direction() != Direction.DOWNLINK
                    || Cid.fromCode(r.cid()).orElseThrow().initiatedBy() != Direction.DOWNLINK) {
                throw new IllegalArgumentException(r.specName() + " is not a network-initiated request");
            }
        }
        List<Entry> current = entries(s);
        List<String> keys = requests.stream().map(PendingQueue::key).distinct().toList();
        List<MacCommand> same = current.stream().map(Entry::command).filter(c -> keys.contains(key(c))).toList();
        if (same.equals(requests)) {
            return s;
        }
        List<Entry> next = new ArrayList<>(current.stream().filter(e -> !keys.contains(key(e.command()))).toList());
        requests.forEach(r -> next.add(new Entry(r, 0)));
        return with(s, next);
    }

    /// {@return `s` with one attempt fewer counted for each queued entry equal to one of `notSent`} (a downlink that
    /// was offered them could not carry them)
    static MacState uncount(MacState s, List<? extends MacCommand> notSent) {
        List<MacCommand> left = new ArrayList<>(notSent);
        List<Entry> next = new ArrayList<>();
        for (Entry e : entries(s)) {
            boolean hit = e.attempts() > 0 && left.remove(e.command());
            next.add(hit ? new Entry(e.command(), e.attempts() - 1) : e);
        }
        return with(s, next);
    }

    /// {@return `s` without the queued entries matching `drop`}
    static MacState remove(MacState s, Predicate<Entry> drop) {
        return with(s, entries(s).stream().filter(drop.negate()).toList());
    }

    private static String key(MacCommand c) {
        return switch (c) {
            case MacCommand.NewChannelReq n -> "07/" + n.chIndex();
            case MacCommand.DlChannelReq d -> "0A/" + d.chIndex();
            default -> Integer.toString(c.cid());
        };
    }

    /// What one downlink carries from the queue.
    record Offer(MacState state, List<MacCommand> sent, List<MacCommand> notFitting) {}

    /// {@return the queued requests that fit in `budgetBytes` after `usedBytes`, in queue order}, with their send
    /// counts raised and ForceRejoinReq removed once sent. A LinkADRReq block goes whole or not at all.
    static Offer offer(MacState s, int usedBytes, int budgetBytes) {
        return offer(s, usedBytes, budgetBytes, e -> true);
    }

    /// As [#offer(MacState, int, int)], offering only the entries `eligible` accepts (the others stay as they are)
    static Offer offer(MacState s, int usedBytes, int budgetBytes, Predicate<Entry> eligible) {
        List<Entry> entries = entries(s);
        MacBudget split = MacBudget.fit(entries.stream().filter(eligible).map(Entry::command).toList(),
                Math.max(0, budgetBytes - usedBytes));
        List<Entry> next = new ArrayList<>();
        int j = 0;
        for (Entry e : entries) {
            boolean sent = eligible.test(e) && j < split.fitting().size()
                    && split.fitting().get(j).equals(e.command());
            if (!sent) {
                next.add(e);
                continue;
            }
            j++;
            if (!(e.command() instanceof MacCommand.ForceRejoinReq)) {
                next.add(new Entry(e.command(), e.attempts() + 1));
            }
        }
        return new Offer(with(s, next), split.fitting(), split.notFitting());
    }
}
