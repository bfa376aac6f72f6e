// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.time.Duration;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/// The Rhino setup for user scripts (stack.md §11): interpreted mode so the instruction observer runs, no access to
/// Java classes, a bounded stack, and a budget of instructions and time per call that stops even `while(true){}`.
final class RhinoSandbox extends ContextFactory {
    private static final Object BUDGET = new Object();
    /// How many interpreter instructions run between two budget checks.
    private static final int CHECK_EVERY = 10_000;

    /// Thrown from the instruction observer. An [Error], so a script's `try/catch` cannot swallow it.
    static final class BudgetExceeded extends Error {
        BudgetExceeded(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Budget {
        final long deadlineNanos;
        long used;

        Budget(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }
    }

    private final long instructionLimit;
    private final Duration timeLimit;

    RhinoSandbox(long instructionLimit, Duration timeLimit) {
        this.instructionLimit = instructionLimit;
        this.timeLimit = timeLimit;
    }

    @Override
    protected Context makeContext() {
        Context cx = super.makeContext();
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInstructionObserverThreshold(CHECK_EVERY);
        cx.setMaximumInterpreterStackDepth(1_000);
        cx.setClassShutter(className -> false);
        return cx;
    }

    /// Enters a context for one call with a fresh budget; close it with [Context#exit()].
    Context enterWithBudget() {
        Context cx = enterContext();
        // NOTE: the wall-clock deadline is a watchdog against a stuck host only; the instruction budget is what
        // keeps runs deterministic.
        cx.putThreadLocal(BUDGET, new Budget(System.nanoTime() + timeLimit.toNanos()));
        return cx;
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        Budget b = (Budget) cx.getThreadLocal(BUDGET);
        if (b == null) {
            return;
        }
        b.used += instructionCount;
        if (b.used > instructionLimit) {
            throw new BudgetExceeded("ran more than " + instructionLimit + " instructions");
        }
        if (System.nanoTime() - b.deadlineNanos > 0) {
            throw new BudgetExceeded("ran longer than " + timeLimit.toMillis() + " ms");
        }
    }
}
