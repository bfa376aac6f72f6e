// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/// Tag names (seed §Push Customization, "letters, number and … -_."): other names, and `push_header_` tags for a
/// standard header, are refused with 400 (AMB-OW-64).
final class OwTags {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Set<String> STANDARD_HEADERS = Set.of("authorization", "content-type", "content-length",
            "host", "connection", "accept", "user-agent", "transfer-encoding");

    private OwTags() {}

    /// {@return `name`} when it is a valid tag name
    /// @throws OwError 400 otherwise
    static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw OwError.badRequest("invalid tag name '" + name + "': use letters, digits, '-', '_' and '.'");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("push_header_") && STANDARD_HEADERS.contains(lower.substring(12).replace('_', '-'))) {
            throw OwError.badRequest("tag '" + name + "' would replace a standard HTTP header");
        }
        return name;
    }
}
