// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.mac.MacCommand.LinkAdrAns;
import lorabench.lorawan.mac.MacCommand.LinkAdrReq;

/// LinkADRReq / LinkADRAns (LoRaWAN L2 1.0.4 §5.3): the network sets data rate, TX power, NbTrans and channel mask
/// with one block of contiguous LinkADRReq commands (several only where the band's channel mask needs them). The
/// device answers each with a LinkADRAns; the block applies only when every answer has all three ACK bits set,
/// and the last command's DataRate, TXPower and NbTrans apply. A refused data rate or power is remembered so ADR
/// does not ask for it again.
final class LinkAdrHandler {
    /// {@return the LinkADRReq block that sets these values and the channel set `target`}
    static List<LinkAdrReq> block(Band band, MacState s, int dataRate, int txPower, int nbTrans,
                                  SortedSet<Integer> target) {
        List<LinkAdrReq> out = new ArrayList<>();
        for (ChannelMask.Block b : ChannelMask.encode(band.chMaskScheme(), new TreeSet<>(s.enabledChannels()),
                target)) {
            out.add(new LinkAdrReq(dataRate, txPower, b.chMask(), b.chMaskCntl(), nbTrans));
        }
        return out;
    }

    Handled apply(Band band, MacState s, List<LinkAdrReq> block, List<LinkAdrAns> answers) {
        LinkAdrReq last = block.getLast();
        boolean power = answers.stream().allMatch(LinkAdrAns::powerAck);
        boolean dr = answers.stream().allMatch(LinkAdrAns::dataRateAck);
        boolean mask = answers.stream().allMatch(LinkAdrAns::channelMaskAck);
        String what = "DR" + last.dataRate() + " TXPower " + last.txPower() + " NbTrans " + last.nbTrans()
                + " channels " + describe(block);
        Optional<SortedSet<Integer>> channels = ChannelMask.apply(band.chMaskScheme(), s.channels(),
                new TreeSet<>(s.enabledChannels()), block.stream()
                        .map(r -> new ChannelMask.Block(r.chMask(), r.chMaskCntl())).toList());
        MacStateBuilder b = s.toBuilder();
        if (power && dr && mask) {
            b.dataRate = last.dataRate();
            b.txPowerIndex = last.txPower();
            b.nbTrans = Math.max(1, last.nbTrans());
            channels.ifPresent(c -> b.enabledChannels = List.copyOf(c));
            return Handled.silent(b.build(), "LinkADRReq " + what + " accepted");
        }
        if (!dr) {
            b.rejectedDataRates = add(s.rejectedDataRates(), last.dataRate());
        }
        if (!power) {
            b.rejectedTxPowers = add(s.rejectedTxPowers(), last.txPower());
        }
        return Handled.silent(b.build(), "LinkADRReq " + what + " rejected (" + Handled.ack("power", power) + ", "
                + Handled.ack("data rate", dr) + ", " + Handled.ack("channel mask", mask) + ")");
    }

    private static List<Integer> add(List<Integer> list, int value) {
        List<Integer> out = new ArrayList<>(list);
        if (!out.contains(value)) {
            out.add(value);
        }
        return out;
    }

    static String describe(List<LinkAdrReq> block) {
        StringBuilder sb = new StringBuilder();
        for (LinkAdrReq r : block) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format("[cntl %d mask %04X]", r.chMaskCntl(), r.chMask()));
        }
        return sb.toString();
    }
}
