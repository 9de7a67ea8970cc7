package io.hyperjet.worker.cache;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the optimizations did over a hyperopt, gathered in the coordinator from each epoch's extras: which
 * backtester ran and why it fell back, and the caches' counters. Workers report cumulative counters, so the latest
 * report per worker is kept and the run's figure is the sum over workers (a replaced worker's counters are
 * replaced by its successor's under the same id).
 * <p>
 * Single-threaded.
 */
public final class OptimizationReport
{
    private final Map<Integer, CacheStats> indicatorByWorker = new TreeMap<>();
    private final Map<Integer, CacheStats> signalByWorker = new TreeMap<>();
    private final Map<String, Long> fallbackReasons = new TreeMap<>();
    private long vectorizedEpochs;
    private long iterativeEpochs;

    /**
     * The switches in effect for the run.
     *
     * @param vectorized         {@code enable_vectorized_backtesting}.
     * @param numpyOptimizations {@code numpy_optimizations}.
     * @param useSharedMemory    {@code use_shared_memory}.
     * @param sharedMemoryUsed   whether the data actually went to shared memory (not below the threshold).
     * @param indicatorCache     {@code enable_indicator_cache}.
     * @param signalCache        {@code enable_signal_cache}.
     */
    public record Switches(boolean vectorized, boolean numpyOptimizations, boolean useSharedMemory,
        boolean sharedMemoryUsed, boolean indicatorCache, boolean signalCache)
    {
    }

    /**
     * Takes one epoch's extras ({@code backtester}, {@code fallback_reason}, {@code caches}).
     *
     * @param workerId the worker that ran it.
     * @param extras   the extras object.
     */
    public void onEpoch(final int workerId, final JsonNode extras)
    {
        final String backtester = extras.path("backtester").asText("");
        if ("vectorized".equals(backtester))
        {
            vectorizedEpochs++;
        }
        else if ("iterative".equals(backtester))
        {
            iterativeEpochs++;
            final JsonNode reason = extras.path("fallback_reason");
            fallbackReasons.merge(reason.isTextual() ? reason.asText() : "unknown", 1L, Long::sum);
        }
        final JsonNode caches = extras.path("caches");
        if (caches.isObject())
        {
            indicatorByWorker.put(workerId, CacheStats.of(caches.path("indicator")));
            signalByWorker.put(workerId, CacheStats.of(caches.path("signal")));
        }
    }

    public CacheStats indicatorStats()
    {
        return sum(indicatorByWorker);
    }

    public CacheStats signalStats()
    {
        return sum(signalByWorker);
    }

    public long vectorizedEpochs()
    {
        return vectorizedEpochs;
    }

    public long iterativeEpochs()
    {
        return iterativeEpochs;
    }

    /**
     * The end-of-run lines.
     *
     * @param switches the run's switches.
     * @return lines ending in a newline.
     */
    public String render(final Switches switches)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("Optimizations: vectorized backtesting ").append(onOff(switches.vectorized()))
            .append(", numpy_optimizations ").append(onOff(switches.numpyOptimizations()))
            .append(", shared memory ").append(sharedMemory(switches))
            .append(", indicator cache ").append(onOff(switches.indicatorCache()))
            .append(", signal cache ").append(onOff(switches.signalCache())).append('\n');
        sb.append(String.format(Locale.ROOT, "Backtester: %d epochs vectorized, %d iterative%n",
            vectorizedEpochs, iterativeEpochs));
        for (final Map.Entry<String, Long> e : fallbackReasons.entrySet())
        {
            sb.append(String.format(Locale.ROOT, "  %d epochs fell back to iterative: %s%n", e.getValue(),
                e.getKey()));
        }
        sb.append("Indicator cache: ").append(indicatorStats().describe()).append('\n');
        sb.append("Signal cache: ").append(signalStats().describe()).append('\n');
        return sb.toString();
    }

    /**
     * The same as JSON, for {@code --print-json}.
     *
     * @param switches the run's switches.
     * @return {@code {"optimizations": {...}, "backtester": {...}, "caches": {...}}}.
     */
    public ObjectNode json(final Switches switches)
    {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        final ObjectNode active = root.putObject("optimizations");
        active.put("vectorized_backtesting", switches.vectorized());
        active.put("numpy_optimizations", switches.numpyOptimizations());
        active.put("use_shared_memory", switches.useSharedMemory());
        active.put("shared_memory_used", switches.sharedMemoryUsed());
        active.put("indicator_cache", switches.indicatorCache());
        active.put("signal_cache", switches.signalCache());
        final ObjectNode backtester = root.putObject("backtester");
        backtester.put("vectorized_epochs", vectorizedEpochs);
        backtester.put("iterative_epochs", iterativeEpochs);
        final ObjectNode reasons = backtester.putObject("fallback_reasons");
        fallbackReasons.forEach(reasons::put);
        final ObjectNode caches = root.putObject("caches");
        indicatorStats().writeTo(caches.putObject("indicator"));
        signalStats().writeTo(caches.putObject("signal"));
        return root;
    }

    private static String sharedMemory(final Switches switches)
    {
        if (switches.sharedMemoryUsed())
        {
            return "on";
        }
        return switches.useSharedMemory() ? "off (dataset below shared_memory_threshold_mb)" : "off";
    }

    private static String onOff(final boolean on)
    {
        return on ? "on" : "off";
    }

    private static CacheStats sum(final Map<Integer, CacheStats> byWorker)
    {
        CacheStats total = CacheStats.DISABLED;
        for (final CacheStats s : byWorker.values())
        {
            total = total.plus(s);
        }
        return total;
    }
}
