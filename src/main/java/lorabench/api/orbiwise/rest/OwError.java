// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A refused OrbiWAN REST call: the status code, the short error text the seed prints (`title`, e.g.
/// `"cannot find device"`) and a `detail` naming the offending value (seed §Status codes and error messages).
/// `failedDevices` maps each failure reason to its DevEUIs for multi-device updates (seed §Update device, the
/// RFC 7807 `failed-devices` member).
final class OwError extends RuntimeException {
    static final String UNAUTHORIZED =
            "The username/password used in the basic authentication scheme is invalid or not present.";

    final int status;
    final String title;
    final String detail;
    final Map<String, List<String>> failedDevices;

    OwError(int status, String title, String detail, Map<String, List<String>> failedDevices) {
        super(status + " " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.failedDevices = new LinkedHashMap<>(failedDevices);
    }

    OwError(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    OwError(int status, String title) {
        this(status, title, title);
    }

    static OwError badRequest(String detail) {
        return new OwError(400, "Bad request", detail);
    }

    static OwError noDevice(String devEui) {
        return new OwError(404, "cannot find device", "cannot find device '" + devEui + "'");
    }

    static OwError notFound(String what, String id) {
        return new OwError(404, "cannot find " + what, "cannot find " + what + " '" + id + "'");
    }

    static OwError forbidden(String detail) {
        return new OwError(403, "Forbidden", detail);
    }

    static OwError unauthorized() {
        return new OwError(401, "Unauthorized", UNAUTHORIZED);
    }
}
