package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.List;

import io.hyperjet.common.config.ConfigFlags;

/**
 * What the user asked a hyperopt for, from the command line; null means "not given" (config or default applies).
 *
 * @param configFiles        {@code -c} files in order.
 * @param strategy           {@code --strategy}.
 * @param strategyPath       {@code --strategy-path}.
 * @param datadir            {@code --datadir}.
 * @param timerange          {@code --timerange}.
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
 * @param fee                {@code --fee}.
 * @param timeframeDetail    {@code --timeframe-detail}.
 * @param enableProtections  {@code --enable-protections}.
 * @param forceJobs          {@code --force-jobs}: start {@code -j} workers even above what the run can use.
 * @param python             {@code --python}.
 * @param cluster            {@code --cluster}: the cluster.json whose nodes run the epochs (config key {@code cluster}).
 * @param timeframe          {@code -i/--timeframe}: overrides the config's and the strategy's timeframe.
 * @param flags              the config keys of Freqtrade's other common flags ({@code --max-open-trades},
 *                           {@code -p}, {@code --ignore-missing-spaces}...), over the config files.
 */
public record HyperoptOptions(
    List<Path> configFiles,
    String strategy,
    Path strategyPath,
    Path datadir,
    String timerange,
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
    Double fee,
    String timeframeDetail,
    boolean enableProtections,
    boolean forceJobs,
    String python,
    Path cluster,
    String timeframe,
    ConfigFlags flags)
{
    /** Without the config flags. */
    public HyperoptOptions(
        final List<Path> configFiles, final String strategy, final Path strategyPath, final Path datadir,
        final String timerange, final Integer epochs, final Integer jobs, final List<String> spaces, final String loss,
        final String sampler, final Long randomState, final Integer minTrades, final int earlyStop,
        final String resume, final boolean printAll, final boolean printJson, final boolean disableParamExport,
        final boolean inProcess, final Double fee, final String timeframeDetail, final boolean enableProtections,
        final boolean forceJobs, final String python, final Path cluster, final String timeframe)
    {
        this(configFiles, strategy, strategyPath, datadir, timerange, epochs, jobs, spaces, loss, sampler, randomState,
            minTrades, earlyStop, resume, printAll, printJson, disableParamExport, inProcess, fee, timeframeDetail,
            enableProtections, forceJobs, python, cluster, timeframe, new ConfigFlags());
    }

    /** Without {@code -i/--timeframe}. */
    public HyperoptOptions(
        final List<Path> configFiles, final String strategy, final Path strategyPath, final Path datadir,
        final String timerange, final Integer epochs, final Integer jobs, final List<String> spaces, final String loss,
        final String sampler, final Long randomState, final Integer minTrades, final int earlyStop,
        final String resume, final boolean printAll, final boolean printJson, final boolean disableParamExport,
        final boolean inProcess, final Double fee, final String timeframeDetail, final boolean enableProtections,
        final boolean forceJobs, final String python, final Path cluster)
    {
        this(configFiles, strategy, strategyPath, datadir, timerange, epochs, jobs, spaces, loss, sampler, randomState,
            minTrades, earlyStop, resume, printAll, printJson, disableParamExport, inProcess, fee, timeframeDetail,
            enableProtections, forceJobs, python, cluster, null);
    }

    /** Without {@code --cluster}. */
    public HyperoptOptions(
        final List<Path> configFiles, final String strategy, final Path strategyPath, final Path datadir,
        final String timerange, final Integer epochs, final Integer jobs, final List<String> spaces, final String loss,
        final String sampler, final Long randomState, final Integer minTrades, final int earlyStop,
        final String resume, final boolean printAll, final boolean printJson, final boolean disableParamExport,
        final boolean inProcess, final Double fee, final String timeframeDetail, final boolean enableProtections,
        final boolean forceJobs, final String python)
    {
        this(configFiles, strategy, strategyPath, datadir, timerange, epochs, jobs, spaces, loss, sampler, randomState,
            minTrades, earlyStop, resume, printAll, printJson, disableParamExport, inProcess, fee, timeframeDetail,
            enableProtections, forceJobs, python, null);
    }

    /** Without {@code --force-jobs} and {@code --python}. */
    public HyperoptOptions(
        final List<Path> configFiles, final String strategy, final Path strategyPath, final Path datadir,
        final String timerange, final Integer epochs, final Integer jobs, final List<String> spaces, final String loss,
        final String sampler, final Long randomState, final Integer minTrades, final int earlyStop,
        final String resume, final boolean printAll, final boolean printJson, final boolean disableParamExport,
        final boolean inProcess, final Double fee, final String timeframeDetail, final boolean enableProtections)
    {
        this(configFiles, strategy, strategyPath, datadir, timerange, epochs, jobs, spaces, loss, sampler, randomState,
            minTrades, earlyStop, resume, printAll, printJson, disableParamExport, inProcess, fee, timeframeDetail,
            enableProtections, false, null, null);
    }

    /** Without {@code --fee} and {@code --timeframe-detail}. */
    public HyperoptOptions(
        final List<Path> configFiles, final String strategy, final Path strategyPath, final Path datadir,
        final String timerange, final Integer epochs, final Integer jobs, final List<String> spaces, final String loss,
        final String sampler, final Long randomState, final Integer minTrades, final int earlyStop,
        final String resume, final boolean printAll, final boolean printJson, final boolean disableParamExport,
        final boolean inProcess)
    {
        this(configFiles, strategy, strategyPath, datadir, timerange, epochs, jobs, spaces, loss, sampler, randomState,
            minTrades, earlyStop, resume, printAll, printJson, disableParamExport, inProcess, null, null, false, false, null,
            null);
    }
}
