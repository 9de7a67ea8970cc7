package io.hyperjet.coordinator.resources;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The optimization profile as people and scripts read it: what was read, what was chosen, and why.
 */
public final class ResourceReport
{
    private ResourceReport()
    {
    }

    /**
     * One screen of text.
     *
     * @param profile      the machine.
     * @param request      the request planned for.
     * @param datasetNote  where the data size came from.
     * @param plan         the plan.
     * @return lines ending in a newline.
     */
    public static String text(
        final MachineProfile profile, final ResourceRequest request, final String datasetNote, final ResourcePlan plan)
    {
        final StringBuilder out = new StringBuilder(2048);
        out.append("Machine\n");
        line(out, "cores", profile.physicalCores() + " physical, " + profile.logicalCores() + " logical");
        line(out, "memory", Sizes.format(profile.availableMemoryBytes()) + " available of " +
            Sizes.format(profile.totalMemoryBytes()));
        line(out, "load (1 min)", profile.hasLoadAverage() ?
            String.format(Locale.ROOT, "%.2f", profile.loadAverage1m()) : "not reported");
        line(out, "shared memory", profile.sharedMemoryRoot() + ", " + Sizes.format(profile.sharedMemoryFreeBytes()) +
            " free");
        line(out, "JVM max heap", Sizes.format(profile.jvmMaxHeapBytes()) + " (coordinator)");
        out.append("Request\n");
        line(out, "dataset", Sizes.format(request.datasetBytes()) + " (" + datasetNote + ")");
        line(out, "epochs", Long.toString(request.epochs()));
        line(out, "hyperopt_jobs", auto(request.hyperoptJobs()));
        line(out, "hyperopt_batch_size", auto(request.hyperoptBatchSize()));
        line(out, "cache_size_mb", Long.toString(request.cacheSizeMb()));
        line(out, "use_shared_memory", Boolean.toString(request.useSharedMemory()));
        out.append("Plan\n");
        line(out, "workers", plan.workers() + " (cores allow " + plan.cpuBoundWorkers() + ", memory allows " +
            plan.memoryBoundWorkers() + ")");
        line(out, "batch size", plan.initialWindow() + " tasks per worker" +
            (plan.windowFixed() ? " (fixed)" : " to start, adaptive 2..16"));
        line(out, "worker heap", Sizes.format(plan.workerHeapBytes()) + " (-Xmx), footprint " +
            Sizes.format(plan.workerFootprintBytes()));
        out.append("Why\n");
        for (final Reason reason : plan.reasons())
        {
            out.append("  ").append(reason).append('\n');
        }
        return out.toString();
    }

    /**
     * The same as JSON.
     *
     * @param profile      the machine.
     * @param request      the request planned for.
     * @param datasetNote  where the data size came from.
     * @param plan         the plan.
     * @return a JSON object with {@code machine}, {@code request}, {@code plan} and {@code reasons}.
     */
    public static ObjectNode json(
        final MachineProfile profile, final ResourceRequest request, final String datasetNote, final ResourcePlan plan)
    {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        final ObjectNode machine = root.putObject("machine");
        machine.put("physical_cores", profile.physicalCores());
        machine.put("logical_cores", profile.logicalCores());
        machine.put("total_memory_bytes", profile.totalMemoryBytes());
        machine.put("available_memory_bytes", profile.availableMemoryBytes());
        if (profile.hasLoadAverage())
        {
            machine.put("load_average_1m", profile.loadAverage1m());
        }
        else
        {
            machine.putNull("load_average_1m");
        }
        machine.put("shared_memory_root", profile.sharedMemoryRoot().toString());
        machine.put("shared_memory_free_bytes", profile.sharedMemoryFreeBytes());
        machine.put("jvm_max_heap_bytes", profile.jvmMaxHeapBytes());

        final ObjectNode req = root.putObject("request");
        req.put("dataset_bytes", request.datasetBytes());
        req.put("dataset_source", datasetNote);
        req.put("epochs", request.epochs());
        req.put("hyperopt_jobs", request.hyperoptJobs());
        req.put("hyperopt_batch_size", request.hyperoptBatchSize());
        req.put("cache_size_mb", request.cacheSizeMb());
        req.put("use_shared_memory", request.useSharedMemory());

        final ObjectNode chosen = root.putObject("plan");
        chosen.put("workers", plan.workers());
        chosen.put("cpu_bound_workers", plan.cpuBoundWorkers());
        chosen.put("memory_bound_workers", plan.memoryBoundWorkers());
        chosen.put("batch_size", plan.initialWindow());
        chosen.put("batch_size_fixed", plan.windowFixed());
        chosen.put("batch_size_min", ResourcePlan.MIN_WINDOW);
        chosen.put("batch_size_max", ResourcePlan.MAX_WINDOW);
        chosen.put("target_latency_ns", plan.targetLatencyNs());
        chosen.put("adapt_after_epochs", plan.adaptAfterEpochs());
        chosen.put("worker_heap_bytes", plan.workerHeapBytes());
        chosen.put("worker_footprint_bytes", plan.workerFootprintBytes());

        final ArrayNode reasons = root.putArray("reasons");
        for (final Reason reason : plan.reasons())
        {
            reasons.addObject()
                .put("severity", reason.severity().name().toLowerCase(Locale.ROOT))
                .put("subject", reason.subject())
                .put("text", reason.text());
        }
        return root;
    }

    private static void line(final StringBuilder out, final String label, final String value)
    {
        out.append("  ").append(String.format(Locale.ROOT, "%-20s", label)).append(value).append('\n');
    }

    private static String auto(final int value)
    {
        return ResourceRequest.AUTO == value ? "-1 (auto)" : Integer.toString(value);
    }
}
