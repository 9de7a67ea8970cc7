package io.hyperjet.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hyperjet.coordinator.search.Dimension;
import io.hyperjet.coordinator.search.Point;
import io.hyperjet.coordinator.search.Sampler;
import io.hyperjet.coordinator.search.SamplerKind;
import io.hyperjet.coordinator.search.SamplerOptions;
import io.hyperjet.coordinator.search.Samplers;
import io.hyperjet.coordinator.search.SearchSpace;
import io.hyperjet.coordinator.search.SeededRandom;
import io.hyperjet.coordinator.search.SpaceAssembler;
import io.hyperjet.coordinator.search.SpaceName;
import io.hyperjet.coordinator.search.StrategyDimension;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one ask plus tell for a sampler that already holds {@code observations} results, over a Freqtrade-like
 * 11-dimension space (two integer and two categorical strategy parameters, roi, stoploss). Each iteration starts
 * from a fresh sampler told {@code observations} random points and times {@link #BATCH} ask/tell pairs, so the
 * observation count stays within 2% of the parameter while measured. Run:
 * {@code java -cp <bench classpath> org.openjdk.jmh.Main SamplerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class SamplerBenchmark
{
    static final int BATCH = 200;

    @Param({"1000", "10000"})
    int observations;

    @Param({"TPE", "RANDOM", "CMAES", "NSGA2", "QMC"})
    String kind;

    private SearchSpace space;
    private Sampler sampler;

    @Setup(Level.Trial)
    public void setUpSpace()
    {
        final List<StrategyDimension> parameters = List.of(
            new StrategyDimension(SpaceName.BUY, Dimension.integer("buy_rsi", 10, 40)),
            new StrategyDimension(SpaceName.BUY, Dimension.categorical("buy_trigger", List.of("bb", "macd", "sar"))),
            new StrategyDimension(SpaceName.SELL, Dimension.integer("sell_rsi", 60, 90)),
            new StrategyDimension(SpaceName.SELL, Dimension.categorical("sell_trigger", List.of("bb", "macd"))));
        space = SpaceAssembler.assemble(
            SpaceName.select(List.of("default"), "bench"), parameters, 5, false, "SamplerBenchmark").searchSpace();
    }

    @Setup(Level.Iteration)
    public void setUpSampler()
    {
        sampler = Samplers.create(SamplerKind.valueOf(kind), space, 1, new SamplerOptions());
        final SeededRandom rng = new SeededRandom(7);
        final double[] coordinates = new double[space.size()];
        final List<Point> points = new ArrayList<>(observations);
        for (int i = 0; i < observations; i++)
        {
            for (int d = 0; d < coordinates.length; d++)
            {
                coordinates[d] = space.dimension(d).sampleUniform(rng);
            }
            points.add(new Point(coordinates, false));
        }
        for (final Point point : points)
        {
            sampler.tell(point, loss(point));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double askTell()
    {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < BATCH; i++)
        {
            final Point point = sampler.ask();
            final double loss = loss(point);
            sampler.tell(point, loss);
            best = Math.min(best, loss);
        }
        return best;
    }

    private double loss(final Point point)
    {
        double sum = 0;
        for (int d = 0; d < point.size(); d++)
        {
            final double u = space.dimension(d).toUnit(point.coordinate(d)) - 0.37;
            sum += u * u;
        }
        return sum;
    }
}
