package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import io.hyperjet.common.config.ConfigFlags;

/**
 * Freqtrade's common optimize flags that set a config key over the config files (backtest, hyperopt); mixed into
 * each command. Each key's messages name the flag that set it.
 */
final class OptimizeOptions
{
    @Option(names = "--max-open-trades", paramLabel = "INT",
        description = "Config key max_open_trades (-1: unlimited).")
    Integer maxOpenTrades;

    @Option(names = "--stake-amount", paramLabel = "AMOUNT",
        description = "Config key stake_amount: a number or unlimited.")
    String stakeAmount;

    @Option(names = {"--dry-run-wallet", "--starting-balance"}, paramLabel = "FLOAT",
        description = "Config key dry_run_wallet: the starting balance.")
    Double dryRunWallet;

    @Option(names = {"-p", "--pairs"}, arity = "1..*", paramLabel = "PAIR",
        description = "Pairs to test instead of the whitelist (config key exchange.pair_whitelist).")
    List<String> pairs;

    @Option(names = {"--eps", "--enable-position-stacking"},
        description = "Allow several open trades on one pair (sets position_stacking).")
    boolean positionStacking;

    @Option(names = {"--dmmp", "--disable-max-market-positions"},
        description = "Ignore max_open_trades (sets use_max_market_positions to false).")
    boolean disableMaxMarketPositions;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH",
        description = "Config key user_data_dir.")
    Path userDataDir;

    @Option(names = "--data-format-ohlcv", paramLabel = "FORMAT",
        description = "Config key dataformat_ohlcv: feather, parquet, json, jsongz or csv.")
    String dataFormatOhlcv;

    /**
     * The config keys Freqtrade's common optimize flags set, each with its flag for messages.
     *
     * @return the keys of the flags given.
     */
    ConfigFlags flags()
    {
        return new ConfigFlags()
            .set("--max-open-trades", "max_open_trades", maxOpenTrades)
            .set("--stake-amount", "stake_amount", null == stakeAmount ? null : stakeAmount(stakeAmount))
            .set("--dry-run-wallet", "dry_run_wallet", dryRunWallet)
            .set("-p/--pairs", "exchange.pair_whitelist", pairs)
            .set("--eps", "position_stacking", positionStacking ? Boolean.TRUE : null)
            .set("--dmmp", "use_max_market_positions", disableMaxMarketPositions ? Boolean.FALSE : null)
            .set("--userdir", "user_data_dir", null == userDataDir ? null : userDataDir.toString())
            .set("--data-format-ohlcv", "dataformat_ohlcv", dataFormatOhlcv);
    }

    /* Freqtrade takes the flag as a number when it parses as one, else as the text ("unlimited"). */
    private static Object stakeAmount(final String text)
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
}
