package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.coordinator.hyperopt.SharedDataSize;
import io.hyperjet.coordinator.resources.DataMeasurement;
import io.hyperjet.coordinator.resources.MachineProfile;
import io.hyperjet.coordinator.resources.ResourceConfig;
import io.hyperjet.coordinator.resources.ResourceOptimizer;
import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.coordinator.resources.ResourceReport;
import io.hyperjet.coordinator.resources.ResourceRequest;
import io.hyperjet.coordinator.resources.SharedMemoryReport;
import io.hyperjet.shm.run.FreeSpace;
import io.hyperjet.shm.run.SharedMemoryRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet resources}: reads the machine and prints what a hyperopt would use and why.
 */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    description = "Show the machine profile and the worker count and batch size a hyperopt would choose, and why.")
final class ResourcesCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Config file: honours hyperopt_jobs, hyperopt_batch_size, cache_size_mb, use_shared_memory, "
            + "shared_memory_dir and shared_memory_fallback_dir; measures the data as a hyperopt writes it (the "
            + "first pair's candles and indicator columns, times the pairs) against the free space of the "
            + "shared-memory directory.")
    Path config;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs to plan for (default: ${DEFAULT-VALUE}).",
        defaultValue = "100")
    long epochs;

    @Option(names = "--dataset-mb", paramLabel = "N",
        description = "Shared data size in MiB; overrides the estimate from the config (default 0 without -c).")
    Long datasetMb;

    @Option(names = "--json", description = "Print the profile as JSON.")
    boolean json;

    /**
     * Where the machine is read from, for a shared-memory directory; tests replace it with a fixed profile.
     */
    MachineProfileSource profileSource = MachineProfile::read;

    /**
     * How the fallback directory's free space is read; tests replace it.
     */
    FreeSpace freeSpace = FreeSpace.STATVFS;

    @Override
    public Integer call() throws JsonProcessingException
    {
        if (epochs < 1)
        {
            throw new ParameterException(spec.commandLine(), "--epochs must be >= 1, was " + epochs);
        }
        if (null != datasetMb && (datasetMb < 0 || datasetMb > Long.MAX_VALUE / (1024L * 1024L)))
        {
            throw new ParameterException(spec.commandLine(), "--dataset-mb must be >= 0, was " + datasetMb);
        }

        final ResourceRequest request;
        final String datasetNote;
        final ResourceConfig keys = null == config ? null : ResourceConfig.read(config);
        final DataMeasurement data = null == keys ? null : DataMeasurement.of(keys.config());
        if (null == keys)
        {
            final long mb = null == datasetMb ? 0 : datasetMb;
            request = new ResourceRequest(mb * 1024L * 1024L, ResourceRequest.AUTO, ResourceRequest.AUTO, epochs,
                ResourceRequest.CACHE_SIZE_MB_DEFAULT, true);
            datasetNote = "--dataset-mb " + mb;
        }
        else if (null != datasetMb)
        {
            request = keys.request(datasetMb * 1024L * 1024L, epochs);
            datasetNote = "--dataset-mb " + datasetMb;
        }
        else
        {
            request = keys.request(Math.max(0, data.decodedBytes()), epochs);
            datasetNote = data.known() ? data.note() : data.note() + "; counted as 0, use --dataset-mb";
        }

        final String configuredDir = null == keys ? null : keys.config().string("shared_memory_dir", null);
        final MachineProfile profile = profileSource.read(SharedMemoryRoot.resolve(configuredDir));
        final ResourcePlan plan = ResourceOptimizer.plan(profile, request);
        final SharedMemoryReport shm = null == keys ? null : SharedMemoryReport.of(profile, null != configuredDir,
            keys.config().optimization().sharedMemoryFallbackDir(), keys.useSharedMemory(), data,
            SharedDataSize.reservedWorkers(keys.hyperoptJobs(), profile.logicalCores()), freeSpace);
        if (json)
        {
            final ObjectNode report = ResourceReport.json(profile, request, datasetNote, plan);
            if (null != shm)
            {
                shm.json(report);
            }
            spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(report));
        }
        else
        {
            final StringBuilder text = new StringBuilder(ResourceReport.text(profile, request, datasetNote, plan));
            if (null != shm)
            {
                shm.text(text);
            }
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    /**
     * Reads the machine profile.
     */
    @FunctionalInterface
    interface MachineProfileSource
    {
        MachineProfile read(Path sharedMemoryRoot);
    }
}
