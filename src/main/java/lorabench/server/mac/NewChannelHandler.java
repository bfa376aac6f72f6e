// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.mac.MacCommand.NewChannelAns;
import lorabench.lorawan.mac.MacCommand.NewChannelReq;

/// NewChannelReq / NewChannelAns (LoRaWAN L2 1.0.4 §5.7): creates or modifies uplink channel ChIndex (enabled at
/// once), or with frequency 0 removes it. Applied only when both the data-rate range and the frequency are accepted.
final class NewChannelHandler {
    Handled apply(MacState s, NewChannelReq req, NewChannelAns ans) {
        boolean ok = ans.dataRateRangeOk() && ans.channelFrequencyOk();
        String what = "NewChannelReq channel " + req.chIndex() + (req.frequencyHz() == 0 ? " removed "
                : " " + req.frequencyHz() + " Hz DR" + req.minDr() + "..DR" + req.maxDr() + " ");
        if (!ok) {
            return Handled.silent(s, what + "rejected (" + Handled.ack("data-rate range", ans.dataRateRangeOk())
                    + ", " + Handled.ack("frequency", ans.channelFrequencyOk()) + ")");
        }
        List<Channel> channels = new ArrayList<>(s.channels());
        while (channels.size() <= req.chIndex()) {
            channels.add(null);
        }
        List<Integer> enabled = new ArrayList<>(s.enabledChannels());
        enabled.remove(Integer.valueOf(req.chIndex()));
        if (req.frequencyHz() == 0) {
            channels.set(req.chIndex(), null);
        } else {
            channels.set(req.chIndex(), new Channel(req.frequencyHz(), req.minDr(), req.maxDr()));
            enabled.add(req.chIndex());
        }
        while (!channels.isEmpty() && channels.getLast() == null) {
            channels.removeLast();
        }
        MacStateBuilder b = s.toBuilder();
        b.channels = channels;
        b.enabledChannels = enabled;
        return Handled.silent(b.build(), what + "accepted");
    }
}
