package io.hyperjet.coordinator.cli;

import java.util.concurrent.Callable;

import io.hyperjet.coordinator.cluster.ClusterStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ClusterFileOptions cluster;

    @Override
    public Integer call()
    {
        return ClusterStatus.print(cluster.read(0), spec.commandLine().getOut()) > 0 ? 0 : 1;
    }
}
