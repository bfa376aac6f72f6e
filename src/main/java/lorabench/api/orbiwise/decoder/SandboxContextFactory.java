// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import java.util.function.LongSupplier;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/// Rhino contexts for decoders: interpreted mode (so the instruction observer runs), ES6 language level, no Java
/// classes visible (a class shutter that refuses all), a bounded interpreter stack, and a budget checked every
/// [DecoderLimits#OBSERVER_STEP] instructions against a deadline and an instruction count (stack.md §11: Rhino
/// stops `while(true){}` this way; Nashorn cannot).
final class SandboxContextFactory extends ContextFactory {
    private final DecoderLimits limits;
    private final LongSupplier nanoTime;

    SandboxContextFactory(DecoderLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    /// Thrown from the observer; it is not a JavaScript error, so `try/catch` in the decoder cannot swallow it.
    static final class BudgetExceeded extends Error {
        private final DecodeResult.Failure failure;

        BudgetExceeded(DecodeResult.Failure failure, String message) {
            super(message, null, false, false);
            this.failure = failure;
        }

        DecodeResult.Failure failure() {
            return failure;
        }
    }

    static final class BudgetedContext extends Context {
        private long deadline;
        private long instructionsLeft;

        BudgetedContext(ContextFactory factory) {
            super(factory);
        }
    }

    /// Starts the budget of the current call.
    void startBudget(Context cx) {
        BudgetedContext b = (BudgetedContext) cx;
        b.deadline = nanoTime.getAsLong() + limits.timeLimit().toNanos();
        b.instructionsLeft = limits.maxInstructions();
    }

    @Override
    protected Context makeContext() {
        BudgetedContext cx = new BudgetedContext(this);
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInstructionObserverThreshold(DecoderLimits.OBSERVER_STEP);
        cx.setMaximumInterpreterStackDepth(limits.maxStackDepth());
        cx.setClassShutter(className -> false);
        startBudget(cx);
        return cx;
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        BudgetedContext b = (BudgetedContext) cx;
        b.instructionsLeft -= instructionCount;
        if (b.instructionsLeft < 0) {
            throw new BudgetExceeded(DecodeResult.Failure.INSTRUCTION_LIMIT,
                    "decoder exceeded " + limits.maxInstructions() + " instructions");
        }
        if (nanoTime.getAsLong() - b.deadline > 0) {
            throw new BudgetExceeded(DecodeResult.Failure.TIMEOUT,
                    "decoder exceeded its time limit of " + limits.timeLimit().toMillis() + " ms");
        }
    }
}
