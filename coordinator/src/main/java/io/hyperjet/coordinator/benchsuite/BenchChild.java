package io.hyperjet.coordinator.benchsuite;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hyperjet.common.data.CandleBuffer;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.shm.run.SharedRun;

/**
 * The child JVM of the memory benchmarks. Each mode does one thing and reports one line on stdout:
 * <ul>
 * <li>{@code idle}: a JVM holding no data (the baseline's coordinator); {@code READY}, waits.</li>
 * <li>{@code shm-coordinator ROOT DATADIR PAIRS}: loads pairs one at a time into a shared run;
 * {@code READY <metadata>}, waits, deletes the run.</li>
 * <li>{@code shm-worker METADATA}: attaches, reads every column once; {@code READY}, waits.</li>
 * <li>{@code heap-worker DATADIR PAIRS}: loads every pair onto its heap, reads every column once; {@code READY},
 * waits.</li>
 * <li>{@code read DATADIR PAIRS THRESHOLD REPS}: reads every file REPS times with the given memory-map threshold;
 * {@code RESULT <ms,...> <peak RSS kB>}.</li>
 * <li>{@code load DATADIR PAIRS lazy|all}: loads pairs one at a time, dropping each (lazy) or keeping all;
 * {@code RESULT <peak live heap bytes> <peak sampled heap bytes> <peak RSS kB>}.</li>
 * </ul>
 * "Waits" means until stdin closes, so the parent can read this process's memory while it is alive.
 */
public final class BenchChild
{
    static final String PAIR_SEPARATOR = ",";
    private static final long SAMPLE_INTERVAL_MS = 1;

    private BenchChild()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        switch (args[0])
        {
            case "idle" -> readyAndWait("");
            case "shm-coordinator" -> shmCoordinator(Path.of(args[1]), Path.of(args[2]), pairs(args[3]));
            case "shm-worker" -> shmWorker(Path.of(args[1]));
            case "heap-worker" -> heapWorker(Path.of(args[1]), pairs(args[2]));
            case "read" -> read(Path.of(args[1]), pairs(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4]));
            case "load" -> load(Path.of(args[1]), pairs(args[2]), "all".equals(args[3]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static List<String> pairs(final String joined)
    {
        return Arrays.asList(joined.split(PAIR_SEPARATOR));
    }

    private static PairLoader loader(final Path datadir, final List<String> pairs, final long mmapThresholdBytes)
    {
        return new PairLoader().datadir(datadir).pairs(pairs).timeframe(BenchData.TIMEFRAME)
            .mmapThresholdBytes(mmapThresholdBytes);
    }

    private static void shmCoordinator(final Path root, final Path datadir, final List<String> pairs)
        throws IOException
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            loader(datadir, pairs, Long.MAX_VALUE).load((PairFrameHandler)run::addPair);
            final Path metadata = run.publish();
            readyAndWait(metadata.toString());
        }
    }

    private static void shmWorker(final Path metadata) throws IOException
    {
        try (AttachedRun run = AttachedRun.attach(metadata))
        {
            double sum = 0;
            for (final PairFrame frame : run.pairs())
            {
                sum += readAll(frame);
            }
            readyAndWait(Double.toString(sum));
        }
    }

    private static void heapWorker(final Path datadir, final List<String> pairs) throws IOException
    {
        final List<PairFrame> frames = new ArrayList<>();
        loader(datadir, pairs, Long.MAX_VALUE).load((PairFrameHandler)frames::add);
        double sum = 0;
        for (final PairFrame frame : frames)
        {
            sum += readAll(frame);
        }
        readyAndWait(Double.toString(sum));
        // the copies must stay on the heap while the parent reads this process's memory
        Reference.reachabilityFence(frames);
    }

    private static void read(final Path datadir, final List<String> pairs, final long threshold, final int reps)
    {
        final StringBuilder times = new StringBuilder();
        double sum = 0;
        for (int r = 0; r < reps; r++)
        {
            final long startNs = System.nanoTime();
            for (final String pair : pairs)
            {
                final Path file = PairFiles.find(datadir, pair, BenchData.TIMEFRAME, null);
                final CandleBuffer buffer = CandleFiles.readBuffer(file,
                    DataFormat.fromFileName(file.getFileName().toString()), threshold);
                sum += buffer.rows();
            }
            times.append(0 == r ? "" : PAIR_SEPARATOR).append((System.nanoTime() - startNs) / 1e6);
        }
        System.out.println("RESULT " + times + " " + ProcMemory.selfPeakRssKb() + " " + sum);
    }

    private static void load(final Path datadir, final List<String> pairs, final boolean keepAll)
        throws InterruptedException
    {
        final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        final long[] sampledPeak = new long[1];
        final Thread sampler = new Thread(() ->
        {
            while (!Thread.currentThread().isInterrupted())
            {
                sampledPeak[0] = Math.max(sampledPeak[0], memory.getHeapMemoryUsage().getUsed());
                try
                {
                    Thread.sleep(SAMPLE_INTERVAL_MS);
                }
                catch (final InterruptedException ex)
                {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        System.gc();
        final long baseline = memory.getHeapMemoryUsage().getUsed();
        sampler.start();
        final List<PairFrame> kept = new ArrayList<>();
        final long[] livePeak = new long[1];
        final double[] sum = new double[1];
        loader(datadir, pairs, CandleFiles.MEMORY_MAP_THRESHOLD_BYTES_DEFAULT).load((PairFrameHandler)(frame) ->
        {
            sum[0] += readAll(frame);
            if (keepAll)
            {
                kept.add(frame);
            }
            // live heap while this pair is held: a collection first, so garbage of the decoding does not count
            System.gc();
            livePeak[0] = Math.max(livePeak[0], memory.getHeapMemoryUsage().getUsed() - baseline);
        });
        sampler.interrupt();
        sampler.join();
        System.out.println("RESULT " + livePeak[0] + " " + (sampledPeak[0] - baseline) + " " +
            ProcMemory.selfPeakRssKb() + " " + kept.size() + " " + sum[0]);
    }

    private static double readAll(final PairFrame frame)
    {
        double sum = 0;
        final LongColumn date = frame.date();
        for (int i = 0; i < date.rows(); i++)
        {
            sum += date.get(i);
        }
        for (final DoubleColumn column : frame.columns().values())
        {
            for (int i = 0; i < column.rows(); i++)
            {
                sum += column.get(i);
            }
        }
        return sum;
    }

    private static void readyAndWait(final String detail) throws IOException
    {
        System.gc();
        System.out.println("READY " + detail);
        System.out.flush();
        final InputStream in = System.in;
        while (in.read() >= 0)
        {
            // the parent closes stdin when it has read this process's memory
        }
    }
}
