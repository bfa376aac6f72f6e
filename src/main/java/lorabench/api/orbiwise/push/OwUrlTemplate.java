// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The push URL of a topic (seed §URL customization, OW-J-02, AMB-OW-35): `host` (with its scheme) + `:port` (left
/// out when absent or the scheme's default) + `path_prefix` with `${name}` substituted + `/rest/callback/` +
/// `topic_path`, unless the prefix contains `${skip_topic}`, which expands to nothing and drops that tail.
///
/// Names: `DevEUI`, `devaddr`, `devtags.xx`, `usertags.yy`, `topic`, `topic_path`, `skip_topic`; `$(name)` is read
/// like `${name}` (AMB-OW-32). An unknown name expands to the empty string.
public final class OwUrlTemplate {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}|\\$\\(([^)]*)\\)");

    private OwUrlTemplate() {}

    /// {@return the URL} for `host`, `port` (0 = none), the raw `pathPrefix` and `topic`, with `vars`
    public static URI resolve(String host, int port, String pathPrefix, OwTopic topic, Map<String, String> vars) {
        boolean skip = pathPrefix.contains("${skip_topic}") || pathPrefix.contains("$(skip_topic)");
        String path = expand(pathPrefix, vars, topic);
        String base = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        boolean defaultPort = port == 0 || (port == 80 && base.startsWith("http://"))
                || (port == 443 && base.startsWith("https://"));
        String url = base + (defaultPort ? "" : ":" + port) + path + (skip ? "" : "/rest/callback/"
                + topic.topicPath());
        return URI.create(url);
    }

    /// {@return `text` with every `${name}` replaced} (header values use the same substitution, OW-J-04)
    public static String expand(String text, Map<String, String> vars, OwTopic topic) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = switch (name) {
                case "skip_topic" -> "";
                case "topic" -> topic.wireName();
                case "topic_path" -> topic.topicPath();
                default -> vars.getOrDefault(name, "");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
