// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import lorabench.lorawan.types.Bytes;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs OrbiWAN payload decoders (seed §Payload Decoding function): the device profile's `payload_decoder_js`
/// defines `model = {...}` and `decoder = function (uplink, meta) { return { json: {...} }; }`; the `json` object
/// becomes the uplink's `decoded` field. Decoders run in Rhino 1.9.2, interpreted, in a sandbox built from
/// `initSafeStandardObjects()` (no `java`, `Packages` or other host access, and a class shutter refusing every
/// Java class), within [DecoderLimits]. Each source is compiled once and cached; every call runs it in a fresh
/// scope whose prototype is the sealed shared scope, so calls cannot see or change each other's state.
/// Thread-safe.
public final class DecoderService {
    private static final Logger LOG = LoggerFactory.getLogger(DecoderService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CACHE_SIZE = 256;

    private final DecoderLimits limits;
    private final SandboxContextFactory factory;
    private final ScriptableObject shared;
    private final Map<String, Compiled> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /// A compiled source, or why it did not compile.
    private record Compiled(Optional<Script> script, String error) {
    }

    public DecoderService(DecoderLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.factory = new SandboxContextFactory(limits, nanoTime);
        Context cx = factory.enterContext();
        try {
            ScriptableObject scope = cx.initSafeStandardObjects();
            ScriptableObject.putProperty(scope, "__LIMIT", limits.maxOutputChars() * 16);
            cx.evaluateString(scope, prelude(), "prelude.js", 1, null);
            scope.delete("__LIMIT");
            deepSeal(scope, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            this.shared = scope;
        } finally {
            Context.exit();
        }
    }

    /// A service with [DecoderLimits#DEFAULT] on the JVM's monotonic clock.
    public DecoderService() {
        this(DecoderLimits.DEFAULT, System::nanoTime);
    }

    /// {@return the decoded object}, or empty when the decoder failed (logged at debug level)
    public Optional<JsonNode> decode(String source, DecoderInput input) {
        return switch (run(source, input)) {
            case DecodeResult.Decoded(JsonNode json) -> Optional.of(json);
            case DecodeResult.Failed(DecodeResult.Failure failure, String message) -> {
                LOG.debug("payload decoder failed ({}): {}", failure, message);
                yield Optional.empty();
            }
        };
    }

    /// {@return the decoded object of a payload on `fPort`}, or empty when the decoder failed
    public Optional<JsonNode> decode(String source, int fPort, Bytes data) {
        return decode(source, DecoderInput.of(fPort, data));
    }

    /// {@return the outcome of calling the source's `decoder(uplink, meta)`}
    public DecodeResult run(String source, DecoderInput input) {
        Compiled compiled = compile(source);
        if (compiled.script().isEmpty()) {
            return new DecodeResult.Failed(DecodeResult.Failure.COMPILE_ERROR, compiled.error());
        }
        Context cx = factory.enterContext();
        try {
            factory.startBudget(cx);
            Scriptable scope = newScope(cx);
            compiled.script().get().exec(cx, scope);
            if (!(ScriptableObject.getProperty(scope, "decoder") instanceof Function decoder)) {
                return new DecodeResult.Failed(DecodeResult.Failure.NO_DECODER, "the source defines no decoder function");
            }
            Object out = decoder.call(cx, scope, scope, new Object[] {DecoderArguments.uplink(cx, scope, input),
                    DecoderArguments.meta(cx, scope, input)});
            return result(cx, scope, out);
        } catch (SandboxContextFactory.BudgetExceeded e) {
            return new DecodeResult.Failed(e.failure(), e.getMessage());
        } catch (RhinoException e) {
            return new DecodeResult.Failed(DecodeResult.Failure.SCRIPT_ERROR, e.details() + lineOf(e));
        } catch (StackOverflowError e) {
            return new DecodeResult.Failed(DecodeResult.Failure.SCRIPT_ERROR, "stack overflow");
        } finally {
            Context.exit();
        }
    }

    /// {@return the source's `model`} (parameter name → type text, e.g. `temperature → number`), empty when it
    /// defines none or fails; the Graphite `decoded` tree lists these names
    public Map<String, String> model(String source) {
        Compiled compiled = compile(source);
        if (compiled.script().isEmpty()) {
            return Map.of();
        }
        Context cx = factory.enterContext();
        try {
            factory.startBudget(cx);
            Scriptable scope = newScope(cx);
            compiled.script().get().exec(cx, scope);
            Map<String, String> out = new LinkedHashMap<>();
            if (ScriptableObject.getProperty(scope, "model") instanceof Scriptable model) {
                for (Object id : model.getIds()) {
                    if (id instanceof String name) {
                        out.put(name, Context.toString(ScriptableObject.getProperty(model, name)));
                    }
                }
            }
            return Map.copyOf(out);
        } catch (SandboxContextFactory.BudgetExceeded | RhinoException | StackOverflowError e) {
            return Map.of();
        } finally {
            Context.exit();
        }
    }

    private DecodeResult result(Context cx, Scriptable scope, Object out) {
        if (!(out instanceof Scriptable o) || !(ScriptableObject.getProperty(o, "json") instanceof Scriptable json)
                || json instanceof Function || json instanceof org.mozilla.javascript.NativeArray) {
            return new DecodeResult.Failed(DecodeResult.Failure.BAD_RESULT,
                    "the decoder must return { json: { ... } }");
        }
        Object text = NativeJSON.stringify(cx, scope, json, null, null);
        if (text == Undefined.instance || text == null) {
            return new DecodeResult.Failed(DecodeResult.Failure.BAD_RESULT, "the json value cannot be serialised");
        }
        String s = text.toString();
        if (s.length() > limits.maxOutputChars()) {
            return new DecodeResult.Failed(DecodeResult.Failure.OUTPUT_TOO_LARGE,
                    "decoded JSON has " + s.length() + " characters, more than " + limits.maxOutputChars());
        }
        try {
            return new DecodeResult.Decoded(JSON.readTree(s));
        } catch (JsonProcessingException e) {
            return new DecodeResult.Failed(DecodeResult.Failure.BAD_RESULT, "decoded JSON is unreadable");
        }
    }

    private Scriptable newScope(Context cx) {
        Scriptable scope = cx.newObject(shared);
        scope.setPrototype(shared);
        scope.setParentScope(null);
        return scope;
    }

    private Compiled compile(String source) {
        synchronized (cache) {
            Compiled hit = cache.get(source);
            if (hit != null) {
                return hit;
            }
        }
        Compiled compiled;
        if (source.length() > limits.maxSourceChars()) {
            compiled = new Compiled(Optional.empty(), "decoder source longer than " + limits.maxSourceChars());
        } else {
            Context cx = factory.enterContext();
            try {
                compiled = new Compiled(Optional.of(cx.compileString(source, "payload_decoder_js", 1, null)), "");
            } catch (EvaluatorException e) {
                compiled = new Compiled(Optional.empty(), e.details() + lineOf(e));
            } finally {
                Context.exit();
            }
        }
        synchronized (cache) {
            cache.put(source, compiled);
        }
        return compiled;
    }

    /// Seals the global scope and every object reachable from it (constructors, prototypes, `Math`, `JSON`...),
    /// so no decoder can change what the next one sees; an assignment to a sealed object is a script error.
    private static void deepSeal(ScriptableObject object, java.util.Set<Object> seen) {
        if (!seen.add(object)) {
            return;
        }
        for (Object id : object.getAllIds()) {
            Object value;
            try {
                value = id instanceof String name ? object.get(name, object)
                        : object.get(((Number) id).intValue(), object);
            } catch (RhinoException e) {
                continue; // an accessor that needs a real instance (e.g. ArrayBuffer.prototype.byteLength)
            }
            if (value instanceof ScriptableObject child) {
                deepSeal(child, seen);
            }
        }
        if (object.getPrototype() instanceof ScriptableObject proto) {
            deepSeal(proto, seen);
        }
        object.sealObject();
    }

    private static String lineOf(RhinoException e) {
        return e.lineNumber() > 0 ? " (line " + e.lineNumber() + ")" : "";
    }

    private static String prelude() {
        try (InputStream in = DecoderService.class.getResourceAsStream("/orbiwise/decoder/prelude.js")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /orbiwise/decoder/prelude.js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
