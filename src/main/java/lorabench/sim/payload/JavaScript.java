// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import lorabench.lorawan.types.Bytes;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/// Runs a user function `function generate(ctx) { return [bytes...] | "hex"; }` in a Rhino sandbox
/// (standard objects only, no Java access, interpreted, with an instruction and a time budget per call).
///
/// `ctx` has `deviceIndex`, `devEui` (hex), `uplinkCounter`, `time` (ISO 8601), `timeMillis` and `random()` (the
/// device's seeded source, which also replaces `Math.random`), so a script that uses only these is deterministic.
/// The script is compiled once; its globals are shared by every device using the generator, and calls are
/// serialised.
public final class JavaScript implements PayloadGenerator {
    public static final long DEFAULT_INSTRUCTION_LIMIT = 10_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    private final String source;
    private final long instructionLimit;
    private final Duration timeLimit;
    private final RhinoSandbox sandbox;
    private final ScriptableObject scope;
    private final Function generate;
    private final SeededRandom random = new SeededRandom();

    /// Compiles `source` and runs its top level once.
    /// @throws IllegalArgumentException when the script does not compile, fails, or defines no `generate` function
    public JavaScript(String source, long instructionLimit, Duration timeLimit) {
        this.source = Objects.requireNonNull(source, "source");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.instructionLimit = instructionLimit;
        if (instructionLimit <= 0 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("JavaScript limits must be positive");
        }
        this.sandbox = new RhinoSandbox(instructionLimit, timeLimit);
        Context cx = sandbox.enterWithBudget();
        try {
            scope = cx.initSafeStandardObjects();
            Object math = scope.get("Math", scope);
            if (math instanceof Scriptable m) {
                m.put("random", m, random);
            }
            cx.evaluateString(scope, source, "generator.js", 1, null);
            Object fn = scope.get("generate", scope);
            if (!(fn instanceof Function f)) {
                throw new IllegalArgumentException("the script defines no function generate(ctx)");
            }
            generate = f;
        } catch (RhinoException e) {
            throw new IllegalArgumentException("the script does not compile or run: " + describe(e), e);
        } catch (RhinoSandbox.BudgetExceeded e) {
            throw new IllegalArgumentException("the script's top level " + e.getMessage(), e);
        } finally {
            Context.exit();
        }
    }

    public JavaScript(String source) {
        this(source, DEFAULT_INSTRUCTION_LIMIT, DEFAULT_TIME_LIMIT);
    }

    public String source() {
        return source;
    }

    public long instructionLimit() {
        return instructionLimit;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    @Override
    public synchronized Bytes next(GeneratorContext ctx) {
        Context cx = sandbox.enterWithBudget();
        try {
            random.source = ctx.random();
            Scriptable arg = cx.newObject(scope);
            ScriptableObject.putProperty(arg, "deviceIndex", ctx.deviceIndex());
            ScriptableObject.putProperty(arg, "devEui", ctx.devEui().toString());
            ScriptableObject.putProperty(arg, "uplinkCounter", (double) ctx.uplinkCounter());
            ScriptableObject.putProperty(arg, "time", ctx.time().toString());
            ScriptableObject.putProperty(arg, "timeMillis", (double) ctx.time().toEpochMilli());
            ScriptableObject.putProperty(arg, "random", random);
            Object result = generate.call(cx, scope, scope, new Object[] {arg});
            return toBytes(result);
        } catch (RhinoException e) {
            throw new PayloadGenerationException("JavaScript generator failed: " + describe(e), e);
        } catch (RhinoSandbox.BudgetExceeded e) {
            throw new PayloadGenerationException("JavaScript generator stopped: it " + e.getMessage(), e);
        } finally {
            random.source = null;
            Context.exit();
        }
    }

    private static Bytes toBytes(Object result) {
        if (result instanceof CharSequence s) {
            try {
                return Bytes.fromHex(s.toString());
            } catch (IllegalArgumentException e) {
                throw new PayloadGenerationException("JavaScript generator returned a string that is not hex: "
                        + e.getMessage(), e);
            }
        }
        if (result instanceof Scriptable arr && ScriptableObject.getProperty(arr, "length") instanceof Number n) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < n.intValue(); i++) {
                Object v = ScriptableObject.getProperty(arr, i);
                if (!(v instanceof Number x) || x.doubleValue() != Math.rint(x.doubleValue())
                        || x.doubleValue() < 0 || x.doubleValue() > 255) {
                    throw new PayloadGenerationException("JavaScript generator returned an array whose element " + i
                            + " is not a byte 0..255: " + Context.toString(v));
                }
                out.write(x.intValue());
            }
            return Bytes.wrap(out.toByteArray());
        }
        String what = result == null || result instanceof Undefined ? "nothing" : Context.toString(result);
        throw new PayloadGenerationException("JavaScript generator must return an array of bytes or a hex string, "
                + "returned " + what);
    }

    private static String describe(RhinoException e) {
        return e.details() + (e.lineNumber() > 0 ? " (line " + e.lineNumber() + ")" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaScript j && j.source.equals(source) && j.instructionLimit == instructionLimit
                && j.timeLimit.equals(timeLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, instructionLimit, timeLimit);
    }

    @Override
    public String toString() {
        return "JavaScript[" + source.length() + " chars, " + instructionLimit + " instructions, " + timeLimit + "]";
    }

    /// `ctx.random()` and `Math.random()`: the device's seeded source during a call.
    private static final class SeededRandom extends BaseFunction {
        RandomGenerator source;

        @Override
        public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
            return source == null ? 0.0 : source.nextDouble();
        }
    }
}
