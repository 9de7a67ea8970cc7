package io.hyperjet.coordinator.benchsuite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.shm.run.SharedMemoryRoot;

/**
 * The benchmarks that measure memory of real child JVMs: shared memory against per-worker copies, memory-mapped
 * against heap reads, lazy against all-at-once loading.
 */
final class ProcessBenchmarks
{
    static final int WORKERS = 4;
    private static final double KB_PER_MIB = 1024.0;

    private ProcessBenchmarks()
    {
    }

    /**
     * Total PSS of a coordinator and {@link #WORKERS} workers attached to one shared run, against an idle
     * coordinator and workers that each load their own heap copy; every worker reads every column once first.
     *
     * @param context the run.
     * @return one row.
     */
    static List<FeatureResult> sharedMemory(final BenchContext context)
    {
        if (!ProcMemory.available())
        {
            return List.of(FeatureResult.notAvailable("shared_memory", "total PSS", "/proc/<pid>/smaps_rollup is " +
                "not readable on this system"));
        }
        final String pairs = String.join(BenchChild.PAIR_SEPARATOR, context.data().pairs());
        final String datadir = context.data().datadir().toString();
        final Path root = SharedMemoryRoot.resolve(null);
        final int reps = context.processRepetitions();
        final double[] shared = new double[reps];
        final double[] copies = new double[reps];
        final double[] idle = new double[reps];
        for (int r = 0; r < reps; r++)
        {
            context.log().accept("shared_memory: round " + (r + 1) + "/" + reps);
            shared[r] = sharedPssMib(root, datadir, pairs);
            final double[] copiesAndIdle = copiesPssMib(datadir, pairs);
            copies[r] = copiesAndIdle[0];
            idle[r] = copiesAndIdle[1];
        }
        final Measurement on = Measurement.of(shared, "MiB");
        final Measurement off = Measurement.of(copies, "MiB");
        final double jvms = (WORKERS + 1) * Measurement.of(idle, "MiB").median();
        return List.of(FeatureResult.reduction("shared_memory",
            "total PSS, coordinator + " + WORKERS + " workers", on, off, String.format("data files %.1f MiB; every " +
                "worker reads every column, then PSS is read from /proc/<pid>/smaps_rollup of all %d JVMs; above " +
                "%d idle JVMs (%.0f MiB): %.0f vs %.0f MiB = %.1f%% less",
                context.data().fileBytes() / KB_PER_MIB / KB_PER_MIB, WORKERS + 1, WORKERS + 1, jvms,
                on.median() - jvms, off.median() - jvms, 100 * (1 - (on.median() - jvms) / (off.median() - jvms)))));
    }

    private static double sharedPssMib(final Path root, final String datadir, final String pairs)
    {
        final List<ChildJvm> children = new ArrayList<>();
        try
        {
            final ChildJvm coordinator = ChildJvm.start(List.of("shm-coordinator", root.toString(), datadir, pairs));
            children.add(coordinator);
            final String metadata = coordinator.awaitLine("READY");
            final List<ChildJvm> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++)
            {
                final ChildJvm worker = ChildJvm.start(List.of("shm-worker", metadata));
                children.add(worker);
                workers.add(worker);
            }
            awaitReady(workers);
            return totalPssMib(children);
        }
        finally
        {
            closeAll(children);
        }
    }

    /**
     * PSS of an idle coordinator and workers with their own copies.
     *
     * @return the total and the idle JVM's own PSS, MiB.
     */
    private static double[] copiesPssMib(final String datadir, final String pairs)
    {
        final List<ChildJvm> children = new ArrayList<>();
        try
        {
            final ChildJvm idle = ChildJvm.start(List.of("idle"));
            children.add(idle);
            for (int i = 0; i < WORKERS; i++)
            {
                children.add(ChildJvm.start(List.of("heap-worker", datadir, pairs)));
            }
            awaitReady(children);
            final double total = totalPssMib(children);
            return new double[] {total, ProcMemory.pssKb(idle.pid()) / KB_PER_MIB};
        }
        finally
        {
            closeAll(children);
        }
    }

    private static void awaitReady(final List<ChildJvm> children)
    {
        for (final ChildJvm child : children)
        {
            child.awaitLine("READY");
        }
    }

    /*
     * PSS divides each shared page among the processes mapping it at the moment of reading, so read it only once
     * every process has reported READY.
     */
    private static double totalPssMib(final List<ChildJvm> children)
    {
        long kb = 0;
        for (final ChildJvm child : children)
        {
            kb += ProcMemory.pssKb(child.pid());
        }
        return kb / KB_PER_MIB;
    }

    private static void closeAll(final List<ChildJvm> children)
    {
        for (int i = children.size() - 1; i >= 0; i--)
        {
            children.get(i).close();
        }
    }

    /**
     * Reads every pair file through a read-only mapping and onto the heap, each in its own child JVM: time of one
     * pass over all files and the child's peak RSS.
     *
     * @param context the run.
     * @return a time row and a peak RSS row.
     */
    static List<FeatureResult> memoryMap(final BenchContext context)
    {
        final String pairs = String.join(BenchChild.PAIR_SEPARATOR, context.data().pairs());
        final String datadir = context.data().datadir().toString();
        final int passes = context.warmups() + context.repetitions();
        final int reps = context.processRepetitions();
        final List<Double> mappedMs = new ArrayList<>();
        final List<Double> heapMs = new ArrayList<>();
        final double[] mappedRss = new double[reps];
        final double[] heapRss = new double[reps];
        for (int r = 0; r < reps; r++)
        {
            context.log().accept("memory_map: round " + (r + 1) + "/" + reps);
            mappedRss[r] = readPass(datadir, pairs, 0, passes, context.warmups(), mappedMs);
            heapRss[r] = readPass(datadir, pairs, Long.MAX_VALUE, passes, context.warmups(), heapMs);
        }
        final String format = context.data().files().get(0).getFileName().toString();
        final String notes = "files like " + format + "; only parquet has a mapped path (other formats read the " +
            "same way both times); product threshold memory_map_threshold_mb = " +
            CandleFiles.MEMORY_MAP_THRESHOLD_BYTES_DEFAULT / (1024 * 1024);
        return List.of(
            FeatureResult.speedup("memory_map", "read all pair files", Measurement.of(unbox(mappedMs), "ms"),
                Measurement.of(unbox(heapMs), "ms"), notes),
            FeatureResult.reduction("memory_map", "peak RSS of the reading JVM", Measurement.of(mappedRss, "MiB"),
                Measurement.of(heapRss, "MiB"), "VmHWM of a child JVM that only reads the files"));
    }

    private static double readPass(final String datadir, final String pairs, final long threshold, final int passes,
        final int warmups, final List<Double> times)
    {
        try (ChildJvm child = ChildJvm.start(List.of("read", datadir, pairs, Long.toString(threshold),
            Integer.toString(passes))))
        {
            final String[] parts = child.awaitLine("RESULT").split(" ");
            final String[] ms = parts[0].split(BenchChild.PAIR_SEPARATOR);
            for (int i = warmups; i < ms.length; i++)
            {
                times.add(Double.parseDouble(ms[i]));
            }
            return Long.parseLong(parts[1]) / KB_PER_MIB;
        }
    }

    /**
     * Loads every pair with the product loader, dropping each pair after use (lazy) or holding all of them, in a
     * child JVM: peak live heap (after a collection while each pair is held) and peak RSS.
     *
     * @param context the run.
     * @return a heap row and an RSS row.
     */
    static List<FeatureResult> lazyLoading(final BenchContext context)
    {
        final String pairs = String.join(BenchChild.PAIR_SEPARATOR, context.data().pairs());
        final String datadir = context.data().datadir().toString();
        final int reps = context.processRepetitions();
        final double[][] lazy = new double[3][reps];
        final double[][] all = new double[3][reps];
        for (int r = 0; r < reps; r++)
        {
            context.log().accept("lazy_loading: round " + (r + 1) + "/" + reps);
            load(datadir, pairs, "lazy", lazy, r);
            load(datadir, pairs, "all", all, r);
        }
        final String notes = context.data().pairs().size() + " pair(s)" +
            (1 == context.data().pairs().size() ? "; with one pair both ways hold the same data" : "");
        return List.of(
            FeatureResult.reduction("lazy_loading", "peak live heap while loading", Measurement.of(lazy[0], "MiB"),
                Measurement.of(all[0], "MiB"), notes + "; heap used after a GC while each pair is held"),
            FeatureResult.reduction("lazy_loading", "peak RSS of the loading JVM", Measurement.of(lazy[2], "MiB"),
                Measurement.of(all[2], "MiB"), "VmHWM; sampled peak heap incl. garbage: " +
                    Measurement.format(Measurement.of(lazy[1], "MiB").median()) + " vs " +
                    Measurement.format(Measurement.of(all[1], "MiB").median()) + " MiB"));
    }

    private static void load(final String datadir, final String pairs, final String mode, final double[][] into,
        final int round)
    {
        try (ChildJvm child = ChildJvm.start(List.of("load", datadir, pairs, mode)))
        {
            final String[] parts = child.awaitLine("RESULT").split(" ");
            into[0][round] = Long.parseLong(parts[0]) / KB_PER_MIB / KB_PER_MIB;
            into[1][round] = Long.parseLong(parts[1]) / KB_PER_MIB / KB_PER_MIB;
            into[2][round] = Long.parseLong(parts[2]) / KB_PER_MIB;
        }
    }

    private static double[] unbox(final List<Double> values)
    {
        final double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = values.get(i);
        }
        return out;
    }
}
