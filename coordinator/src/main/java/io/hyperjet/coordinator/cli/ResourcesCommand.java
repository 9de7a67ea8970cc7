package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hyperjet.coordinator.resources.DatasetEstimate;
import io.hyperjet.coordinator.resources.MachineProfile;
import io.hyperjet.coordinator.resources.ResourceConfig;
import io.hyperjet.coordinator.resources.ResourceOptimizer;
import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.coordinator.resources.ResourceReport;
import io.hyperjet.coordinator.resources.ResourceRequest;
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
        description = "Config file: honours hyperopt_jobs, hyperopt_batch_size, cache_size_mb, use_shared_memory "
            + "and estimates the data size from the whitelist's files in the datadir.")
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
     * Where the machine is read from; tests replace it with a fixed profile.
     */
    MachineProfileSource profileSource = MachineProfile::read;

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
        if (null == config)
        {
            final long mb = null == datasetMb ? 0 : datasetMb;
            request = new ResourceRequest(mb * 1024L * 1024L, ResourceRequest.AUTO, ResourceRequest.AUTO, epochs,
                ResourceRequest.CACHE_SIZE_MB_DEFAULT, true);
            datasetNote = "--dataset-mb " + mb;
        }
        else
        {
            final ResourceConfig keys = ResourceConfig.read(config);
            final DatasetEstimate dataset = keys.dataset();
            if (null != datasetMb)
            {
                request = keys.request(datasetMb * 1024L * 1024L, epochs);
                datasetNote = "--dataset-mb " + datasetMb;
            }
            else
            {
                request = keys.request(Math.max(0, dataset.bytes()), epochs);
                datasetNote = dataset.known() ? dataset.note() : dataset.note() + "; counted as 0, use --dataset-mb";
            }
        }

        final MachineProfile profile = profileSource.read();
        final ResourcePlan plan = ResourceOptimizer.plan(profile, request);
        if (json)
        {
            spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(ResourceReport.json(profile, request, datasetNote, plan)));
        }
        else
        {
            spec.commandLine().getOut().print(ResourceReport.text(profile, request, datasetNote, plan));
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
        MachineProfile read();
    }
}
