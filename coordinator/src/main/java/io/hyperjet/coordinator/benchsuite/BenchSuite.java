package io.hyperjet.coordinator.benchsuite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hyperjet.common.UserInputException;

/**
 * Runs the chosen features one after another on the same data and collects their rows. A feature that fails is
 * reported as a failed row and the others still run; bad user input stops the run.
 */
final class BenchSuite
{
    private BenchSuite()
    {
    }

    static List<FeatureResult> run(final Set<BenchFeature> features, final BenchContext context)
    {
        final List<FeatureResult> results = new ArrayList<>();
        for (final BenchFeature feature : features)
        {
            context.log().accept("measuring " + feature.label() + "...");
            try
            {
                results.addAll(feature.run(context));
            }
            catch (final UserInputException ex)
            {
                throw ex;
            }
            catch (final RuntimeException ex)
            {
                results.add(new FeatureResult(feature.label(), "-", "failed", null, null, null, Double.NaN,
                    null == ex.getMessage() ? ex.toString() : ex.getMessage()));
            }
        }
        return results;
    }
}
