package fi.alke.documents.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries of every fuzz property: its own bounded default (so that {@code mvn verify} stays
 * quick), or, for a longer run, the system property {@code alke.fuzz.tries}
 * ({@code mvn -B test -pl alke-core,alke-templates -Dtest='Fuzz*' -Dalke.fuzz.tries=20000}; the pom passes
 * it on to the test JVM). {@code alke.fuzz.seed} repeats a run that jqwik reported.
 */
public final class FuzzTries implements AroundPropertyHook {
    /** Added on a test class, it applies to the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty("alke.fuzz.tries", "").trim();
        if (!tries.isEmpty() && !tries.startsWith("${")) {
            context.attributes().setTries(Integer.valueOf(tries));
        }
        String seed = System.getProperty("alke.fuzz.seed", "").trim();
        if (!seed.isEmpty() && !seed.startsWith("${")) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }
}
