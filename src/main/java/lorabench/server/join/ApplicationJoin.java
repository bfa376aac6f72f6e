// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.store.Device;

/// The application that answers the join-requests of devices whose AppKey the network does not hold
/// ([Device#joinByApplication()]): it checks the MIC with its AppKey, derives the session keys, signs and encrypts
/// the join-accept the server prepared, and gives back the encrypted join-accept and the NwkSKey (OrbiWAN's
/// `join` callback; a northbound module implements it, the server never depends on one).
///
/// The implementation owns the answer deadline: the future must complete, with [Answer.Refused] when the
/// application did not answer in time, well before the device's JOIN_ACCEPT_DELAY1 (5 s in most bands).
@FunctionalInterface
public interface ApplicationJoin {

    /// A join-request to answer. `joinRequest` is the PHYPayload as on air; `clearJoinAccept` is the join-accept
    /// to sign and encrypt, `MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | [CFList]` without MIC
    /// (L2 1.0.4 §6.2.5); `devAddr` the address it assigns.
    record Request(Device device, Bytes joinRequest, Bytes clearJoinAccept, DevAddr devAddr) {
        public Request {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(joinRequest, "joinRequest");
            Objects.requireNonNull(clearJoinAccept, "clearJoinAccept");
            Objects.requireNonNull(devAddr, "devAddr");
        }
    }

    /// What the application answered.
    sealed interface Answer {
        /// The join-accept to send (PHYPayload, encrypted by the application) and the NwkSKey of the new session.
        record Accepted(Bytes joinAccept, AesKey nwkSKey) implements Answer {
            public Accepted {
                Objects.requireNonNull(joinAccept, "joinAccept");
                Objects.requireNonNull(nwkSKey, "nwkSKey");
            }
        }

        /// No join: `reason` is [JoinRejectReason#BAD_MIC] when the application found the MIC wrong,
        /// [JoinRejectReason#APPLICATION_REFUSED] when it refused the device, [JoinRejectReason#NO_KEY_SOURCE] when
        /// no application answered in time or the answer was unusable.
        record Refused(JoinRejectReason reason, String detail) implements Answer {
            public Refused {
                Objects.requireNonNull(reason, "reason");
                Objects.requireNonNull(detail, "detail");
            }
        }
    }

    /// {@return the application's answer to `request`}; the future never fails, it completes with [Answer.Refused]
    CompletableFuture<Answer> answer(Request request);

    /// Where the server finds the installed [ApplicationJoin], if any: northbound modules start after the network
    /// server, so they install theirs later. With none installed such joins are refused as
    /// [JoinRejectReason#NO_KEY_SOURCE].
    final class Slot {
        private volatile ApplicationJoin installed;

        /// Installs `join` in place of any earlier one.
        public void install(ApplicationJoin join) {
            installed = Objects.requireNonNull(join, "join");
        }

        /// Removes `join` if it is the installed one.
        public void remove(ApplicationJoin join) {
            if (installed == join) {
                installed = null;
            }
        }

        java.util.Optional<ApplicationJoin> current() {
            return java.util.Optional.ofNullable(installed);
        }
    }
}
