package io.hyperjet.coordinator.runconfig;

import java.nio.file.Path;
import java.util.List;

import io.hyperjet.common.config.ConfigFlags;
import io.hyperjet.common.config.ConfigLoader;

/**
 * What the user asked a run (backtest, hyperopt, plot-dataframe) for that sets config keys over the config files: the
 * options those commands share. {@link #loader()} applies them in one place, so each key's messages name the same
 * flag whichever command set it. Null means "not given".
 *
 * @param configFiles       {@code -c} files in order.
 * @param strategy          {@code --strategy}.
 * @param strategyPath      {@code --strategy-path}.
 * @param datadir           {@code --datadir}.
 * @param timerange         {@code --timerange}.
 * @param fee               {@code --fee}.
 * @param timeframe         {@code -i/--timeframe}: overrides the config's and the strategy's timeframe.
 * @param timeframeDetail   {@code --timeframe-detail}.
 * @param enableProtections {@code --enable-protections}.
 * @param python            {@code --python}.
 * @param flags             the config keys of Freqtrade's other one-key flags ({@code --max-open-trades}, {@code -p},
 *                          {@code --userdir}...), each with its flag.
 */
public record RunConfigOptions(
    List<Path> configFiles,
    String strategy,
    Path strategyPath,
    Path datadir,
    String timerange,
    Double fee,
    String timeframe,
    String timeframeDetail,
    boolean enableProtections,
    String python,
    ConfigFlags flags)
{
    /**
     * The config files alone, every option not given.
     *
     * @param configFiles the files in order.
     * @return the options.
     */
    public static RunConfigOptions of(final List<Path> configFiles)
    {
        return new RunConfigOptions(configFiles, null, null, null, null, null, null, null, false, null,
            new ConfigFlags());
    }

    /**
     * A copy with {@code --strategy}.
     *
     * @param name the strategy's name.
     * @return the copy.
     */
    public RunConfigOptions withStrategy(final String name)
    {
        return new RunConfigOptions(configFiles, name, strategyPath, datadir, timerange, fee, timeframe,
            timeframeDetail, enableProtections, python, flags);
    }

    /**
     * A copy with {@code --fee}.
     *
     * @param ratio the fee ratio per side.
     * @return the copy.
     */
    public RunConfigOptions withFee(final Double ratio)
    {
        return new RunConfigOptions(configFiles, strategy, strategyPath, datadir, timerange, ratio, timeframe,
            timeframeDetail, enableProtections, python, flags);
    }

    /**
     * A copy with {@code --timeframe-detail}.
     *
     * @param detail the detail timeframe.
     * @return the copy.
     */
    public RunConfigOptions withTimeframeDetail(final String detail)
    {
        return new RunConfigOptions(configFiles, strategy, strategyPath, datadir, timerange, fee, timeframe, detail,
            enableProtections, python, flags);
    }

    /**
     * A loader of the config files with these options over them; a command adds its own keys before loading.
     *
     * @return the loader, not yet loaded.
     */
    public ConfigLoader loader()
    {
        final ConfigLoader loader = new ConfigLoader();
        if (null != configFiles)
        {
            configFiles.forEach(loader::file);
        }
        loader.override("strategy", "--strategy", strategy)
            .override("strategy_path", "--strategy-path", null == strategyPath ? null : strategyPath.toString())
            .override("datadir", "--datadir", null == datadir ? null : datadir.toString())
            .override("timerange", "--timerange", timerange)
            .override("fee", "--fee", fee)
            .override("timeframe", "-i/--timeframe", timeframe)
            .override("timeframe_detail", "--timeframe-detail", timeframeDetail)
            .override("enable_protections", "--enable-protections", enableProtections ? Boolean.TRUE : null)
            .override("python_executable", "--python", python);
        return null == flags ? loader : flags.applyTo(loader);
    }
}
