// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lorabench.api.orbiwise.push.OwDataFormat;
import lorabench.api.orbiwise.push.OwPushSettings;
import lorabench.api.orbiwise.push.OwTopic;
import lorabench.store.PushTarget;

/// The push target edit form: the fields of an OrbiWAN `PUT /rest/pushmode/start` body (seed §Push Mode Start)
/// plus extra HTTP headers. Validation and mapping are [OwPushSettings#parse] and [OwPushSettings#applyTo], the
/// same code the REST route runs, so the GUI and the REST interface accept and store the same targets.
///
/// `pathPrefix` is the customised URL: it may hold `${DevEUI}`-style variables and `${skip_topic}` (OW-J-02).
public final class TargetFormViewModel {
    private final ObjectProperty<AccountChoice> account = new SimpleObjectProperty<>(this, "account");
    private final StringProperty host = new SimpleStringProperty(this, "host", "http://");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final StringProperty pathPrefix = new SimpleStringProperty(this, "pathPrefix", "");
    private final ObjectProperty<AuthKind> authKind = new SimpleObjectProperty<>(this, "authKind", AuthKind.NONE);
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ObjectProperty<OwDataFormat> dataFormat = new SimpleObjectProperty<>(this, "dataFormat",
            OwDataFormat.BASE64);
    private final BooleanProperty retry = new SimpleBooleanProperty(this, "retry", false);
    private final Map<OwTopic, BooleanProperty> topics = new EnumMap<>(OwTopic.class);
    private final StringProperty headers = new SimpleStringProperty(this, "headers", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private Optional<PushTarget> existing = Optional.empty();

    public TargetFormViewModel() {
        for (OwTopic t : OwTopic.values()) {
            topics.put(t, new SimpleBooleanProperty(this, t.wireName(), OwTopic.defaults().contains(t)));
        }
        Observable[] inputs = {account, host, port, pathPrefix, authKind, username, secret, dataFormat, retry, headers};
        for (Observable o : inputs) {
            o.addListener(x -> revalidate());
        }
        topics.values().forEach(p -> p.addListener(x -> revalidate()));
        revalidate();
    }

    /// The outcome of [#validate()].
    public sealed interface Validation {
        /// The form makes `target` (id 0 for a new one; enabled state as stored).
        record Valid(PushTarget target) implements Validation {}

        record Invalid(String reason) implements Validation {}
    }

    /// {@return the OrbiWAN start body} the fields make (what a REST client would send)
    public ObjectNode startBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("host", host.get().strip());
        String p = port.get().strip();
        if (!p.isEmpty()) {
            try {
                body.put("port", Integer.parseInt(p));
            } catch (NumberFormatException e) {
                body.put("port", p);
            }
        }
        body.put("path_prefix", pathPrefix.get().strip());
        switch (authKind.get()) {
            case NONE -> { }
            case BASIC -> body.put("push_auth_username", username.get()).put("push_auth_password", secret.get());
            case BEARER -> body.put("push_auth_access_token", secret.get());
            case HEADER -> body.put("auth_string", secret.get());
        }
        body.put("retry_policy", retry.get() ? 1 : 0);
        body.put("data_format", dataFormat.get().wireName());
        body.put("push_subscription", OwTopic.list(subscription()));
        return body;
    }

    /// {@return the stored target the form makes, or why it cannot be stored}
    public Validation validate() {
        if (account.get() == null) {
            return new Validation.Invalid("choose the account or application the target pushes for");
        }
        if (authKind.get() == AuthKind.BASIC && username.get().isBlank()) {
            return new Validation.Invalid("Basic authentication needs a username");
        }
        if ((authKind.get() == AuthKind.BEARER || authKind.get() == AuthKind.HEADER) && secret.get().isBlank()) {
            return new Validation.Invalid(authKind.get().label() + " needs a value");
        }
        HeaderLines.Result parsed = HeaderLines.parse(headers.get());
        if (parsed instanceof HeaderLines.Result.Invalid(String reason)) {
            return new Validation.Invalid(reason);
        }
        Map<String, String> extra = ((HeaderLines.Result.Valid) parsed).headers();
        return switch (OwPushSettings.parse(startBody(), false)) {
            case OwPushSettings.Result.Invalid(String reason) -> new Validation.Invalid(reason);
            case OwPushSettings.Result.Valid(OwPushSettings s) -> new Validation.Valid(keepTls(
                    s.applyTo(existing.filter(t -> t.accountId() == account.get().id()), account.get().id())
                            .withHeaders(extra)));
        };
    }

    /// Clears the form for a new target of `owner` (may be null).
    public void clear(AccountChoice owner) {
        existing = Optional.empty();
        account.set(owner);
        host.set("http://");
        port.set("");
        pathPrefix.set("");
        authKind.set(AuthKind.NONE);
        username.set("");
        secret.set("");
        dataFormat.set(OwDataFormat.BASE64);
        retry.set(false);
        topics.forEach((t, p) -> p.set(OwTopic.defaults().contains(t)));
        headers.set("");
    }

    /// Fills the form from the stored `target` of `owner`.
    public void load(PushTarget target, AccountChoice owner) {
        JsonNode s = target.settings();
        JsonNode auth = target.auth();
        AuthKind kind = AuthKind.of(auth);
        account.set(owner);
        host.set(s.has("host") ? s.path("host").asText() : target.url().toString());
        port.set(s.has("port") ? Integer.toString(s.path("port").asInt()) : "");
        pathPrefix.set(s.path("path_prefix").asText(""));
        authKind.set(kind);
        username.set(kind == AuthKind.BASIC ? auth.path("username").asText("") : "");
        secret.set(switch (kind) {
            case NONE -> "";
            case BASIC -> auth.path("password").asText("");
            case BEARER -> auth.path("token").asText("");
            case HEADER -> auth.path("value").asText("");
        });
        dataFormat.set(OwDataFormat.of(target.dataFormat()).orElse(OwDataFormat.BASE64));
        retry.set(s.path("retry_policy").asInt(0) == 1);
        Set<OwTopic> subscribed = EnumSet.noneOf(OwTopic.class);
        String list = s.path("push_subscription").asText(OwTopic.list(OwTopic.defaults()));
        for (String name : list.split(",")) {
            OwTopic.of(name.strip()).ifPresent(subscribed::add);
        }
        topics.forEach((t, p) -> p.set(subscribed.contains(t)));
        headers.set(HeaderLines.format(target.headers()));
        existing = Optional.of(target);
    }

    /// {@return `t` with the client certificate and trust (`auth.tls`, set over the REST API) of the target being
    /// edited}: the form has no fields for them, so saving it must not drop them
    private PushTarget keepTls(PushTarget t) {
        Optional<JsonNode> tls = existing.filter(e -> e.accountId() == t.accountId()).map(e -> e.auth().path("tls"))
                .filter(JsonNode::isObject);
        if (tls.isEmpty() || t.auth().has("tls")) {
            return t;
        }
        com.fasterxml.jackson.databind.node.ObjectNode auth = t.auth().deepCopy();
        auth.set("tls", tls.get());
        return t.withAuth(auth);
    }

    /// {@return the stored target being edited}, empty for a new one
    public Optional<PushTarget> existing() {
        return existing;
    }

    private Set<OwTopic> subscription() {
        Set<OwTopic> out = EnumSet.noneOf(OwTopic.class);
        topics.forEach((t, p) -> {
            if (p.get()) {
                out.add(t);
            }
        });
        return out;
    }

    private void revalidate() {
        Validation v = validate();
        valid.set(v instanceof Validation.Valid);
        error.set(v instanceof Validation.Invalid(String reason) ? reason : "");
    }

    public ObjectProperty<AccountChoice> accountProperty() {
        return account;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty pathPrefixProperty() {
        return pathPrefix;
    }

    public ObjectProperty<AuthKind> authKindProperty() {
        return authKind;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    /// The password (Basic), token (Bearer) or header value (Authorization header).
    public StringProperty secretProperty() {
        return secret;
    }

    public ObjectProperty<OwDataFormat> dataFormatProperty() {
        return dataFormat;
    }

    /// `retry_policy` 1: LoraBench's retries with back-off (AMB-OW-25).
    public BooleanProperty retryProperty() {
        return retry;
    }

    /// {@return one switch per push notification type}, in table order
    public Map<OwTopic, BooleanProperty> topics() {
        return Collections.unmodifiableMap(topics);
    }

    /// Extra headers, one `Name: value` a line.
    public StringProperty headersProperty() {
        return headers;
    }

    /// {@return why the form cannot be stored}, empty when it can
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
