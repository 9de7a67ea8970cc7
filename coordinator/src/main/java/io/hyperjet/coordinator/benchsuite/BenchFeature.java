package io.hyperjet.coordinator.benchsuite;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.hyperjet.common.UserInputException;

/**
 * The features {@code hyperjet bench} measures, in table order.
 */
public enum BenchFeature
{
    VECTORIZED(InProcessBenchmarks::vectorized),
    ARRAY_OPS(InProcessBenchmarks::arrayOps),
    SHARED_MEMORY(ProcessBenchmarks::sharedMemory),
    MEMORY_MAP(ProcessBenchmarks::memoryMap),
    LAZY_LOADING(ProcessBenchmarks::lazyLoading),
    INDICATOR_CACHE(CacheBenchmarks::indicatorCache),
    SIGNAL_CACHE(CacheBenchmarks::signalCache),
    RESOURCE_OPTIMIZER(ResourceBenchmarks::resourceOptimizer),
    HYPEROPT(HyperoptBenchmarks::hyperopt);

    public static final String ALL = "all";

    private final Function<BenchContext, List<FeatureResult>> benchmark;

    BenchFeature(final Function<BenchContext, List<FeatureResult>> benchmark)
    {
        this.benchmark = benchmark;
    }

    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    List<FeatureResult> run(final BenchContext context)
    {
        return benchmark.apply(context);
    }

    /**
     * Parses {@code --feature} values; none or {@code all} means every feature.
     *
     * @param names the names given.
     * @return the features in table order.
     * @throws UserInputException naming an unknown feature and listing the known ones.
     */
    public static Set<BenchFeature> parse(final List<String> names)
    {
        final Set<BenchFeature> features = EnumSet.noneOf(BenchFeature.class);
        if (null == names || names.isEmpty())
        {
            return EnumSet.allOf(BenchFeature.class);
        }
        for (final String name : names)
        {
            if (ALL.equals(name))
            {
                features.addAll(EnumSet.allOf(BenchFeature.class));
                continue;
            }
            BenchFeature found = null;
            for (final BenchFeature feature : values())
            {
                if (feature.label().equals(name))
                {
                    found = feature;
                }
            }
            if (null == found)
            {
                throw new UserInputException("--feature: unknown feature '" + name + "'; known: " +
                    String.join(", ", labels()) + ", " + ALL);
            }
            features.add(found);
        }
        return features;
    }

    static List<String> labels()
    {
        final List<String> labels = new ArrayList<>();
        for (final BenchFeature feature : values())
        {
            labels.add(feature.label());
        }
        return labels;
    }
}
