// SPDX-License-Identifier: Apache-2.0
/// The Semtech UDP packet-forwarder protocol (version 2, `PROTOCOL.TXT` of `Lora-net/packet_forwarder`),
/// shared by the network server's gateway bridge and the simulator's virtual gateways.
///
/// - [PacketForwarderCodec] turns datagrams into the sealed family [Datagram] and back, with no sockets.
/// - [UdpGatewayServer] is the network-server side transport, [UdpGatewayClient] the gateway side.
///
/// ## Decisions
/// - **Versions.** Decoding accepts protocol versions 1 and 2 for every datagram type, as ChirpStack's gateway
///   bridge does (`protocolSupported` in its `packets.go`). A v1 gateway's PULL_RESP token bytes are "unused" and
///   a v1 gateway never sends TX_ACK, but accepting them costs nothing. Encoding writes version 2 unless a
///   [ProtocolVersion] is given; the server answers each gateway in the version it spoke, because the v1
///   packet forwarder drops acknowledgements whose version byte differs from its own.
/// - **Token byte order.** Bytes 1–2 are read big-endian: the Semtech forwarder writes `token_h` into byte 1 and
///   `token_l` into byte 2 (`lora_pkt_fwd.c`), and ChirpStack v4 writes token 123 as `00 7B`. ChirpStack's Go
///   gateway bridge reads them little-endian; only the printed number differs, since an ack echoes the bytes.
/// - **Frequencies** are integer hertz. The wire carries MHz with up to six decimals; the decimal text is
///   converted with `BigDecimal`, never through a `double`, and more than six decimals are rounded half-even.
/// - **Base64** is decoded leniently: padding is optional and the URL-safe letters `-` and `_` are accepted,
///   so that `PROTOCOL.TXT`'s own example (`"-DS4CGaDCdG+48..."`) decodes. Encoding is standard and padded.
/// - **Times.** `rxpk.time` keeps microseconds (the wire's precision) and is written with six decimals;
///   `stat.time` keeps seconds and is written in the "expanded" form `2014-01-12 08:59:28 GMT`.
/// - **Lenient defaults** follow ChirpStack: absent `chan`/`rfch` read as 0, absent `size` is taken from `data`,
///   and in the multi-antenna format (`rsig` present, top-level `rssi` absent) the strongest antenna's
///   `rssic` fills `rssi`, and its `lsnr` fills an absent `lsnr`. A present `size` that disagrees with `data` is malformed.
/// - **Modulations.** LoRa and FSK are supported; an LR-FHSS `rxpk` makes the datagram malformed.
/// - **Trailing bytes.** NUL bytes after the JSON body are ignored (some gateways, e.g. Kerlink iBTS, send one);
///   anything else after the root object is malformed. Unknown JSON fields are ignored.
package lorabench.packetforwarder;
