package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hyperjet.coordinator.cluster.ClusterConfig;
import io.hyperjet.coordinator.cluster.ClusterStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet cluster-status -c cluster.json}: the cluster's members, and each node's workers, runs, shared
 * memory and epochs done. Exits 1 when no node answers.
 */
@Command(
    name = "cluster-status",
    mixinStandardHelpOptions = true,
    description = "Show the nodes of a Hyperjet cluster: workers, runs, shared memory, epochs done.")
final class ClusterStatusCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--cluster"}, paramLabel = "FILE", defaultValue = "cluster.json",
        description = "The cluster file (default: ${DEFAULT-VALUE}).")
    Path clusterFile;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Listen on this address (default: the file's 'bind').")
    String bind;

    @Override
    public Integer call()
    {
        return ClusterStatus.print(ClusterConfig.read(clusterFile).listeningOn(bind, 0), spec.commandLine().getOut()) > 0 ? 0 : 1;
    }
}
