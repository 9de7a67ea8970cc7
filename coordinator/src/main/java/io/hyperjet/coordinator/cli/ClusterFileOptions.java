package io.hyperjet.coordinator.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import io.hyperjet.coordinator.cluster.ClusterConfig;

/**
 * The options of the commands that join a cluster as a member (node, cluster-status): the cluster file and the
 * address to listen on; mixed into each command.
 */
final class ClusterFileOptions
{
    @Option(names = {"-c", "--cluster"}, paramLabel = "FILE", defaultValue = "cluster.json",
        description = "The cluster file (default: ${DEFAULT-VALUE}).")
    Path clusterFile;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Listen on this address (default: the file's 'bind').")
    String bind;

    /**
     * The cluster file's settings with the listening address and port of the command line.
     *
     * @param port the port to listen on, 0 for the file's.
     * @return the settings.
     */
    ClusterConfig read(final int port)
    {
        return ClusterConfig.read(clusterFile).listeningOn(bind, port);
    }
}
