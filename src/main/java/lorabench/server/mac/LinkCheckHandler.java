// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.LinkCheckAns;
import lorabench.lorawan.mac.MacCommand.LinkCheckReq;

/// LinkCheckReq → LinkCheckAns (LoRaWAN L2 1.0.4 §5.2): the demodulation margin of the best reception (its SNR
/// above the data rate's demodulation floor, 0..254 dB) and how many gateways received the uplink.
final class LinkCheckHandler {
    Handled handle(MacUplink up, MacState s, LinkCheckReq req) {
        double best = up.signals().stream().mapToDouble(MacUplink.UplinkSignal::snr).max().orElse(0);
        double floor = up.band().dataRate(up.dataRate()).map(MacLayer::demodulationFloorDb).orElse(-20.0);
        int margin = (int) Math.max(0, Math.min(254, Math.floor(best - floor)));
        int gwCnt = Math.min(255, up.signals().size());
        return Handled.reply(s, new LinkCheckAns(margin, gwCnt),
                "LinkCheckReq answered: margin " + margin + " dB, " + gwCnt + " gateway(s)");
    }
}
