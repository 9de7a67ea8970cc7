package io.hyperjet.coordinator.cluster;

import java.nio.file.Path;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.coordinator.hyperopt.SharedDataTarget;

/**
 * The few decisions a hyperopt makes differently on a cluster, kept here so the run itself needs one call each.
 */
public final class ClusterRuns
{
    private ClusterRuns()
    {
    }

    /**
     * The cluster a hyperopt runs on: {@code --cluster}, else the config key {@code cluster}, else none.
     *
     * @param flag      the {@code --cluster} file or null.
     * @param config    the run's config.
     * @param useShm    whether the run uses shared memory (a cluster ships the shared-memory run, so it must).
     * @param inProcess whether {@code --in-process} was given (which cannot be combined with a cluster).
     * @return the settings, or null for a single-machine run.
     */
    public static ClusterConfig config(
        final Path flag, final HyperjetConfig config, final boolean useShm, final boolean inProcess)
    {
        final String key = config.optimization().cluster();
        final Path file = null != flag ? flag : null == key ? null : Path.of(key);
        if (null == file)
        {
            return null;
        }
        if (inProcess)
        {
            throw new UserInputException("--in-process and --cluster cannot be combined");
        }
        if (!useShm)
        {
            throw new UserInputException(config.source("use_shared_memory") + ": use_shared_memory is false, " +
                "but a cluster run ships the shared-memory run to its nodes; remove the key or the cluster");
        }
        return ClusterConfig.read(file);
    }

    /**
     * The metadata file the run's workers attach: on a cluster the run is always published (nodes get it whole),
     * even below {@code shared_memory_threshold_mb}, where a single machine's workers read the data files.
     *
     * @param cluster  the cluster or null.
     * @param shared   the run's shared data.
     * @param prepared the metadata path data preparation returned (null below the threshold).
     * @return the metadata path, or null.
     */
    public static String published(final ClusterConfig cluster, final SharedDataTarget shared, final String prepared)
    {
        return null == cluster || null != prepared ? prepared : shared.publish().toString();
    }

    /**
     * The line a cluster run prints where a local one prints its workers.
     *
     * @param cluster the cluster.
     * @return a printf format taking (workers, window) and ignoring them.
     */
    public static String banner(final ClusterConfig cluster)
    {
        return ("Cluster " + cluster.clusterName() + ": nodes through " + cluster.members()).replace("%", "%%") + "%n";
    }
}
