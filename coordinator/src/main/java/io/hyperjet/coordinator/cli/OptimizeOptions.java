package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Freqtrade's optimize flags that set one config key each (its {@code ARGS_COMMON_OPTIMIZE} and friends), shared by
 * backtest and hyperopt: a Freqtrade user's command line runs unchanged instead of stopping on an unknown option.
 */
final class OptimizeOptions
{
    @Option(names = "--max-open-trades", description = "Config key max_open_trades (-1: no limit).")
    Integer maxOpenTrades;

    @Option(names = "--stake-amount", description = "Config key stake_amount: a number or \"unlimited\".")
    String stakeAmount;

    @Option(names = {"--dry-run-wallet", "--starting-balance"}, description = "Config key dry_run_wallet.")
    Double dryRunWallet;

    @Option(names = {"-p", "--pairs"}, arity = "1..*", description = "Pairs to use instead of the config's " +
        "exchange.pair_whitelist.")
    List<String> pairs;

    @Option(names = {"--eps", "--enable-position-stacking"}, description = "Config key position_stacking: allow " +
        "several trades of one pair at once.")
    boolean positionStacking;

    @Option(names = {"--userdir", "--user-data-dir"}, description = "Config key user_data_dir.")
    Path userDataDir;

    @Option(names = "--data-format-ohlcv", description = "Config key dataformat_ohlcv: feather, parquet, json, " +
        "jsongz or csv.")
    String dataFormatOhlcv;

    /**
     * The config keys these flags set, for the config loader's overrides (flags not given are left out).
     *
     * @return key to value, in a stable order.
     */
    Map<String, Object> configOverrides()
    {
        final Map<String, Object> overrides = new LinkedHashMap<>();
        put(overrides, "max_open_trades", maxOpenTrades);
        put(overrides, "stake_amount", null == stakeAmount ? null : stakeAmountValue(stakeAmount));
        put(overrides, "dry_run_wallet", dryRunWallet);
        put(overrides, "exchange.pair_whitelist", null == pairs || pairs.isEmpty() ? null : pairs);
        put(overrides, "position_stacking", positionStacking ? Boolean.TRUE : null);
        put(overrides, "user_data_dir", null == userDataDir ? null : userDataDir.toString());
        put(overrides, "dataformat_ohlcv", dataFormatOhlcv);
        return overrides;
    }

    /* A number stays a number, so the config check sees what a JSON config would hold; anything else it judges. */
    private static Object stakeAmountValue(final String text)
    {
        try
        {
            return Double.valueOf(text);
        }
        catch (final NumberFormatException ex)
        {
            return text;
        }
    }

    private static void put(final Map<String, Object> overrides, final String key, final Object value)
    {
        if (null != value)
        {
            overrides.put(key, value);
        }
    }
}
