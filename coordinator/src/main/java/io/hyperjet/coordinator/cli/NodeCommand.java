package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.hyperjet.coordinator.cluster.ClusterConfig;
import io.hyperjet.coordinator.cluster.ClusterNode;
import io.hyperjet.coordinator.hyperopt.ShutdownSignal;
import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.run.SharedMemoryRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet node -c cluster.json}: this machine as a cluster node until Ctrl-C or SIGTERM. Each coordinator
 * that joins ships its run here; the node builds it in its own shared memory and runs the epochs on local worker
 * JVMs. On stop, every run's workers are stopped and its shared memory removed.
 */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description = "Run this machine as a node of a Hyperjet cluster (see docs/cluster.md) until Ctrl-C or SIGTERM.")
final class NodeCommand implements Callable<Integer>
{
    private static final long POLL_MS = 200;

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterFileOptions cluster;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
        description = "Listen on this port (default: the file's 'port').")
    int port;

    @Option(names = {"-j", "--job-workers"}, paramLabel = "N",
        description = "Worker JVMs per run (default: the file's 'node_workers', -1 = one per core).")
    Integer workers;

    @Option(names = "--shared-memory-dir", paramLabel = "D",
        description = "The shared-memory root (default /dev/shm/hyperjet-<user>, or <tmp>/hyperjet-<user>).")
    String sharedMemoryDir;

    @Override
    public Integer call()
    {
        if (port < 0 || port > 65535)
        {
            throw new ParameterException(spec.commandLine(), "--port must be 1-65535, was " + port);
        }
        if (null != workers && (workers == 0 || workers < -1))
        {
            throw new ParameterException(spec.commandLine(), "--job-workers must be >= 1 or -1, was " + workers);
        }
        final ClusterConfig cluster = this.cluster.read(port);
        final int perRun = workerCount(null != workers ? workers : cluster.nodeWorkers());
        final Path shmRoot = SharedMemoryRoot.resolve(sharedMemoryDir);
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        // see HyperoptRun: Chronicle must register its hook before a Ctrl-C begins the shutdown
        ResultJournal.initialize();
        try (ShutdownSignal shutdown = ShutdownSignal.install();
            ClusterNode node = ClusterNode.start(cluster, shmRoot, perRun, line ->
            {
                err.println("hyperjet node: " + line);
                err.flush();
            }))
        {
            out.printf("Node %s of cluster %s: %d workers per run, shared memory in %s; Ctrl-C to stop%n",
                node.address(), cluster.clusterName(), perRun, shmRoot);
            out.flush();
            while (!shutdown.requested())
            {
                sleep();
            }
            out.printf("Node %s stopping: %d epochs done%n", node.address(), node.epochsDone());
            out.flush();
        }
        return 0;
    }

    private static int workerCount(final int configured)
    {
        return configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private static void sleep()
    {
        try
        {
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
