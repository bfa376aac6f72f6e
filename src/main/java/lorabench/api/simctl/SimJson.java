// SPDX-License-Identifier: Apache-2.0
package lorabench.api.simctl;

import java.util.LinkedHashMap;
import java.util.Map;
import lorabench.dissect.FrameJson;
import lorabench.sim.control.SimulatorService;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.sim.device.DeviceState;
import lorabench.sim.device.DeviceStats;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.UplinkResult;
import lorabench.sim.device.VirtualDevice;

/// The JSON bodies of `/api/sim` (DESIGN.md): plain maps with keys in a fixed order, never a key.
final class SimJson {
    private SimJson() {}

    static Map<String, Object> gateway(SimulatorService.GatewayInfo g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gatewayEui", g.gatewayEui().toString());
        m.put("latitude", g.position().latitude());
        m.put("longitude", g.position().longitude());
        m.put("altitude", g.position().altitude());
        m.put("networkServer", g.networkServer().getHostString() + ":" + g.networkServer().getPort());
        return m;
    }

    static Map<String, Object> device(VirtualDevice d) {
        var c = d.config();
        DeviceState s = d.state();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("devEui", c.devEui().toString());
        m.put("joinEui", c.joinEui().toString());
        m.put("activation", c.activation() instanceof lorabench.sim.device.Activation.Otaa ? "OTAA" : "ABP");
        m.put("macVersion", c.macVersion().toString());
        m.put("region", c.band().toString());
        m.put("deviceClass", c.deviceClass().name());
        m.put("latitude", c.position().latitude());
        m.put("longitude", c.position().longitude());
        m.put("altitude", c.position().altitude());
        m.put("joined", s.joined());
        m.put("devAddr", s.devAddr().map(Object::toString).orElse(null));
        m.put("fCntUp", s.fCntUp());
        m.put("fCntDown", s.nFCntDown());
        m.put("aFCntDown", s.aFCntDown());
        m.put("dataRate", s.dataRate());
        m.put("txPower", s.txPowerIndex());
        m.put("nbTrans", s.nbTrans());
        m.put("rx1DrOffset", s.rx1DrOffset());
        m.put("rx2DataRate", s.rx2DataRate());
        m.put("rx2Frequency", s.rx2FrequencyHz());
        m.put("rxDelay", s.rxDelaySeconds());
        m.put("classBActive", d.classBActive());
        m.put("behaviour", behaviour(d.behaviour()));
        DeviceStats st = d.stats();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("joinRequests", st.joinRequests());
        stats.put("joins", st.joins());
        stats.put("uplinks", st.uplinks());
        stats.put("transmissions", st.transmissions());
        stats.put("downlinks", st.downlinks());
        stats.put("acked", st.acked());
        stats.put("unacked", st.unacked());
        stats.put("airtimeSeconds", st.airtime().toNanos() / 1e9);
        stats.put("rejoinRequests", st.rejoinRequests());
        stats.put("rejoins", st.rejoins());
        m.put("stats", stats);
        return m;
    }

    static Map<String, Object> behaviour(DeviceBehaviour b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ackDownlinks", b.ackDownlinks());
        m.put("battery", b.battery());
        m.put("margin", b.margin().isPresent() ? b.margin().getAsInt() : null);
        return m;
    }

    static Map<String, Object> downlink(ReceivedDownlink d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", d.time().toString());
        m.put("fPort", d.fPort().orElse(null));
        m.put("payload", d.payload().toString());
        m.put("fCnt", d.fCnt());
        m.put("confirmed", d.confirmed());
        m.put("ack", d.ack());
        m.put("fPending", d.fPending());
        m.put("macCommands", FrameJson.macCommands(d.macCommands()));
        m.put("rssi", d.rssiDbm());
        m.put("snr", d.snrDb());
        m.put("window", d.window().name());
        return m;
    }

    static Map<String, Object> uplink(UplinkResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fCnt", r.fCnt());
        m.put("acked", r.acked());
        m.put("transmissions", r.transmissions());
        m.put("downlink", r.downlink().map(SimJson::downlink).orElse(null));
        return m;
    }
}
