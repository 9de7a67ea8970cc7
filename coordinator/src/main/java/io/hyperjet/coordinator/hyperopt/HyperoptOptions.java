package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.List;

import io.hyperjet.coordinator.runconfig.RunConfigOptions;

/**
 * What the user asked a hyperopt for, from the command line; null means "not given" (config or default applies).
 *
 * @param run                the options every run shares (config files, strategy, timerange, fee, the one-key flags
 *                           such as {@code --max-open-trades} and {@code --ignore-missing-spaces}...).
 * @param epochs             {@code -e}.
 * @param jobs               {@code -j}.
 * @param spaces             {@code --spaces}.
 * @param loss               {@code --hyperopt-loss}.
 * @param sampler            {@code --sampler}.
 * @param randomState        {@code --random-state}.
 * @param minTrades          {@code --min-trades}.
 * @param earlyStop          {@code --early-stop}, 0 for none.
 * @param resume             {@code --resume}: null for a new run, "" for the latest, else a run name.
 * @param printAll           {@code --print-all}.
 * @param printJson          {@code --print-json}.
 * @param disableParamExport {@code --disable-param-export}.
 * @param inProcess          {@code --in-process}: evaluate epochs on the coordinator's thread, no worker JVMs
 *                           (to measure the multi-process overhead, and for debugging).
 * @param forceJobs          {@code --force-jobs}: start {@code -j} workers even above what the run can use.
 * @param cluster            {@code --cluster}: the cluster.json whose nodes run the epochs (config key {@code cluster}).
 */
public record HyperoptOptions(
    RunConfigOptions run,
    Integer epochs,
    Integer jobs,
    List<String> spaces,
    String loss,
    String sampler,
    Long randomState,
    Integer minTrades,
    int earlyStop,
    String resume,
    boolean printAll,
    boolean printJson,
    boolean disableParamExport,
    boolean inProcess,
    boolean forceJobs,
    Path cluster)
{
}
