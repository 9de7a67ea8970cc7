package io.hyperjet.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.coordinator.search.Dimension;
import io.hyperjet.coordinator.search.EpochPoint;
import io.hyperjet.coordinator.search.FreqtradeSpaces;
import io.hyperjet.coordinator.search.OrderedSearch;
import io.hyperjet.coordinator.search.Point;
import io.hyperjet.coordinator.search.SamplerKind;
import io.hyperjet.coordinator.search.SamplerOptions;
import io.hyperjet.coordinator.search.Samplers;
import io.hyperjet.coordinator.search.SearchSpace;

/**
 * CPU time of the TPE sampler's asks over a whole run, shaped like the issue-12 W1 hyperopt: SampleStrategy's four
 * RSI levels plus roi and stoploss (11 grid dimensions), {@code epochs} epochs through an {@link OrderedSearch} with
 * lag 4, a smooth synthetic loss with a hashed ripple (so good points cluster as in a real run). Prints the mean CPU
 * per ask over the run and over its last quarter, the mean over the 200 asks that end at 500, 2000 and 10,000
 * observations (those the run reaches), and a checksum of every proposed coordinate so that two builds can be
 * compared for identical proposals. Run it with the coordinator's JIT flag, {@code -XX:TieredStopAtLevel=1}, to
 * measure what a hyperopt pays.
 * <p>
 * Usage: {@code java -cp bench/target/benchmarks.jar io.hyperjet.bench.search.TpeAskCpuTime [epochs] [rounds]}.
 */
public final class TpeAskCpuTime
{
    private static final int LAG = 4;
    private static final int[] CHECKPOINTS = {500, 2000, 10_000};
    private static final int CHECKPOINT_ASKS = 200;

    private TpeAskCpuTime()
    {
    }

    public static void main(final String[] args)
    {
        final int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final List<Dimension> dimensions = new ArrayList<>(List.of(
            Dimension.integer("buy_rsi", 1, 50), Dimension.integer("exit_short_rsi", 1, 50),
            Dimension.integer("sell_rsi", 50, 100), Dimension.integer("short_rsi", 51, 100)));
        dimensions.addAll(FreqtradeSpaces.roi(5));
        dimensions.addAll(FreqtradeSpaces.stoploss());
        final SearchSpace space = new SearchSpace(dimensions);
        final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++)
        {
            final OrderedSearch search = new OrderedSearch(
                Samplers.create(SamplerKind.TPE, space, 1 + round, new SamplerOptions()), LAG);
            long askNs = 0;
            long lastQuarterNs = 0;
            long checksum = 0;
            final long[] checkpointNs = new long[CHECKPOINTS.length];
            for (int e = 1; e <= epochs; e++)
            {
                final long start = mx.getCurrentThreadCpuTime();
                final EpochPoint asked = search.ask();
                final long spent = mx.getCurrentThreadCpuTime() - start;
                askNs += spent;
                if (e > epochs - epochs / 4)
                {
                    lastQuarterNs += spent;
                }
                for (int c = 0; c < CHECKPOINTS.length; c++)
                {
                    final int observations = e - LAG;
                    if (observations > CHECKPOINTS[c] - CHECKPOINT_ASKS && observations <= CHECKPOINTS[c])
                    {
                        checkpointNs[c] += spent;
                    }
                }
                final Point point = asked.point();
                for (int d = 0; d < point.size(); d++)
                {
                    checksum = (Long.rotateLeft(checksum, 17) ^ Double.doubleToLongBits(point.coordinate(d))) * 0x9E3779B97F4A7C15L;
                }
                search.tell(asked.epoch(), loss(space, point));
            }
            final StringBuilder atObservations = new StringBuilder();
            for (int c = 0; c < CHECKPOINTS.length; c++)
            {
                if (CHECKPOINTS[c] + LAG <= epochs)
                {
                    atObservations.append(String.format(", at %d observations %.3f",
                        CHECKPOINTS[c], checkpointNs[c] / 1e6 / CHECKPOINT_ASKS));
                }
            }
            System.out.printf("round %d seed %d: %d asks, %.3f ms CPU/ask (last quarter %.3f%s), checksum %016x%n",
                round, 1 + round, epochs, askNs / 1e6 / epochs, lastQuarterNs / 1e6 / (epochs / 4), atObservations,
                checksum);
        }
    }

    private static double loss(final SearchSpace space, final Point point)
    {
        double sum = 0;
        long hash = 17;
        for (int d = 0; d < point.size(); d++)
        {
            final double u = space.dimension(d).toUnit(point.coordinate(d)) - 0.3 - 0.04 * d;
            sum += u * u;
            hash = hash * 1_000_003 + Double.doubleToLongBits(point.coordinate(d));
        }
        return sum + 0.05 * ((hash >>> 40) & 0xFFFF) / 65536.0;
    }
}
