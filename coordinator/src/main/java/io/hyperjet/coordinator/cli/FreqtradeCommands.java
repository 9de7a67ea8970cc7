package io.hyperjet.coordinator.cli;

import java.util.HashMap;
import java.util.Map;

import io.hyperjet.worker.loss.LossFunctions;

/**
 * Freqtrade's subcommands that Hyperjet does not have, each with what to do instead. A Freqtrade user types them
 * from habit; picocli's nearest-name suggestion ({@code download-data} -> {@code list-data}) would send them to
 * a command that does something else.
 */
final class FreqtradeCommands
{
    private static final String NO_EXCHANGE = "Hyperjet has no exchange connection; 'hyperjet list-data' lists " +
        "the pairs and timeframes of your data files";
    private static final String NO_CONVERSION = "Hyperjet reads feather, parquet, json, jsongz and csv candles as " +
        "they are (dataformat_ohlcv), so nothing needs converting";
    private static final String LIVE = "Hyperjet only backtests and optimizes; run it with Freqtrade";
    private static final String USE_FREQTRADE = "run Freqtrade's; Hyperjet reads the files it writes";
    private static final String ANALYSIS = "not implemented in Hyperjet; run Freqtrade's on the same config and " +
        "strategy";

    private static final Map<String, String> INSTEAD = new HashMap<>();

    static
    {
        INSTEAD.put("download-data", "Hyperjet does not download (it has no exchange connection): run 'freqtrade " +
            "download-data' and point datadir at its files, or 'hyperjet generate-data' for synthetic candles");
        INSTEAD.put("convert-data", NO_CONVERSION);
        INSTEAD.put("convert-trade-data", "trade data is not used: Hyperjet backtests candles");
        INSTEAD.put("trades-to-ohlcv", "trade data is not used; build candles with Freqtrade's trades-to-ohlcv");
        INSTEAD.put("list-timeframes", NO_EXCHANGE);
        INSTEAD.put("list-exchanges", NO_EXCHANGE);
        INSTEAD.put("list-markets", NO_EXCHANGE);
        INSTEAD.put("list-pairs", NO_EXCHANGE);
        INSTEAD.put("test-pairlist", "only StaticPairList is supported: the pairs are exchange.pair_whitelist " +
            "(names or regular expressions) minus pair_blacklist; 'hyperjet list-data -c config.json' lists the " +
            "data they match");
        INSTEAD.put("list-hyperoptloss", "the built-in losses are " + String.join(", ",
            LossFunctions.builtInNames()) + "; --hyperopt-loss also takes a Java HyperoptLoss class compiled with " +
            "the strategy (docs/strategies.md, \"Hyperopt losses\")");
        INSTEAD.put("list-freqaimodels", "FreqAI is not supported");
        INSTEAD.put("edge", "Edge positioning is not supported");
        INSTEAD.put("lookahead-analysis", ANALYSIS);
        INSTEAD.put("recursive-analysis", ANALYSIS);
        INSTEAD.put("backtesting-analysis", ANALYSIS);
        INSTEAD.put("backtesting-show", "'hyperjet backtest' prints the tables; 'hyperjet plot-profit' reads its " +
            "exported result");
        INSTEAD.put("trade", LIVE);
        INSTEAD.put("webserver", LIVE);
        INSTEAD.put("install-ui", LIVE);
        INSTEAD.put("show-trades", LIVE);
        INSTEAD.put("convert-db", LIVE);
        INSTEAD.put("create-userdir", "Hyperjet uses Freqtrade's user_data layout: " + USE_FREQTRADE +
            ", or 'hyperjet demo' for a sample user_data");
        INSTEAD.put("new-config", USE_FREQTRADE);
        INSTEAD.put("new-strategy", USE_FREQTRADE + " (.py strategies run unchanged, or 'hyperjet convert-strategy'" +
            " writes a Java one)");
        INSTEAD.put("strategy-updater", USE_FREQTRADE);
    }

    private FreqtradeCommands()
    {
    }

    /**
     * What to do instead of a Freqtrade command Hyperjet lacks.
     *
     * @param command the command name as typed.
     * @return the advice, or null when it is not such a command.
     */
    static String instead(final String command)
    {
        return INSTEAD.get(command);
    }
}
