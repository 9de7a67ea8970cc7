package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportsTest
{
    private final StrategyStats stats = new StatsCalculator().compute(
        List.of(simple(10, 5, 10.0), simple(20, 5, -4.0)), TestTrades.context(3));

    @Test
    void shouldRenderAlignedTableWithTotalRule()
    {
        final String text = new TextTable("T", "Pair", "Trades").row("A/USDT", "2").row("TOTAL", "12")
            .ruleBeforeLast().render();
        assertEquals("         T\n" +
            "| Pair   | Trades |\n" +
            "|--------+--------|\n" +
            "| A/USDT |      2 |\n" +
            "|--------+--------|\n" +
            "| TOTAL  |     12 |\n", text);
    }

    @Test
    void shouldRenderPerPairLinesWithWinDrawLoss()
    {
        final String text = BacktestTables.lines("BACKTESTING REPORT", "Pair", stats.resultsPerPair, "USDT");
        assertTrue(text.contains("| A/USDT |      2 |         3.00 |               6 |         0.60 |      0:05:00 |" +
            "    1     0     1  50.0 |"), text);
        assertTrue(text.contains("| C/USDT |      0 |         0.00 |               0 |         0.00 |         0:00 |" +
            "    0     0     0     0 |"), text);
    }

    @Test
    void shouldPrintWinRateAsFreqtradeWhenNoTradeLostOrNoneWon()
    {
        assertEquals("   3     0     0   100", BacktestTables.winsDrawsLosses(3, 0, 0));
        assertEquals("   5     4     0   100", BacktestTables.winsDrawsLosses(5, 4, 0));
        assertEquals("   0     2     1     0", BacktestTables.winsDrawsLosses(0, 2, 1));
        assertEquals("   1     1     1  33.3", BacktestTables.winsDrawsLosses(1, 1, 1));
        assertEquals("   3     1     1  60.0", BacktestTables.winsDrawsLosses(3, 1, 1));
    }

    @Test
    void shouldSayNoTradesMadeInsteadOfSummaryBoxWithoutTrades()
    {
        final StrategyStats none = new StatsCalculator().compute(List.of(), TestTrades.context(3));
        assertEquals("No trades made. Your starting balance was 1000 USDT, and your stake was 2.5 USDT.\n",
            BacktestTables.summary(none, new ReportSettings().stakeAmount(2.5)));
        assertEquals("No trades made. Your starting balance was 1000 USDT, and your stake was unlimited.\n",
            BacktestTables.summary(none, new ReportSettings()));
    }

    @Test
    void shouldRenderSummaryMetrics()
    {
        final String text = BacktestTables.summary(stats, new ReportSettings().maxOpenTrades(3));
        assertTrue(text.contains("| Final balance               |           1006 USDT |"), text);
        assertTrue(text.contains("| Absolute Drawdown           |              4 USDT |"), text);
        assertTrue(text.contains("| Best Pair                   |        A/USDT 6.00% |"), text);
        // rows Freqtrade prints that the box lacked, and its empty separator rows
        assertTrue(text.contains("| Entry/Exit Timeouts         |               0 / 0 |"), text);
        assertTrue(text.contains("| Avg. daily profit %         |"), text);
        assertTrue(text.contains("|                             |                     |"), text);
        assertTrue(text.contains("| Drawdown Start              | 2024-03-01 00:10:00 |"), text);
        assertTrue(BacktestTables.render(stats, new ReportSettings()).contains("EXIT REASON STATS"));
    }

    /* Freqtrade's backtest ends with the tested range and the STRATEGY SUMMARY table (the strategy_comparison line
       with its drawdown column), also for one strategy; Hyperjet's backtest used to stop at the summary box. */
    @Test
    void shouldRenderFreqtradesStrategySummaryAfterTheTables()
    {
        final String text = BacktestTables.strategySummary(stats, new ReportSettings().strategyName("MyStrategy")
            .maxOpenTrades(3));
        final List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).matches("Backtested \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d -> " +
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\| Max open trades : 3"), lines.get(0));
        assertEquals("STRATEGY SUMMARY", lines.get(1).strip());
        assertTrue(lines.get(2).startsWith("| Strategy   | Trades | Avg Profit % | Tot Profit USDT | Tot Profit % |"),
            lines.get(2));
        assertTrue(lines.get(2).endsWith("| Avg Duration |  Win  Draw  Loss  Win% |      Drawdown |"), lines.get(2));
        assertTrue(lines.get(4).startsWith("| MyStrategy |      2 |         3.00 |               6 |         0.60 |"),
            lines.get(4));
        assertTrue(lines.get(4).endsWith("|    1     0     1  50.0 | 4 USDT  " +
            BacktestResultFiles.fixed(stats.maxDrawdownAccount * 100, 2) + "% |"), lines.get(4));
    }

    @Test
    void shouldRenderBestEpochSummary()
    {
        final ObjectNode epoch = JsonNodeFactory.instance.objectNode();
        epoch.put("loss", -4.954442797843717);
        epoch.put("current_epoch", 4);
        epoch.put("is_initial_point", true);
        epoch.put("results_explanation", "    10 trades. 8/1/1 Wins/Draws/Losses.");
        final ObjectNode details = epoch.putObject("params_details");
        details.putObject("buy").put("buy_rsi", 31).put("trigger", "bb_lower").put("enabled", true);
        details.putObject("roi").put("0", 0.21).put("32", 0.064);
        details.putObject("stoploss").put("stoploss", -0.05);
        final ObjectNode fixed = epoch.putObject("params_not_optimized");
        fixed.putObject("buy").put("buy_adx", 0.30000000000000004);
        fixed.putObject("sell");
        fixed.putObject("trailing").put("trailing_stop", false).putNull("trailing_stop_positive");
        assertEquals("\nBest result:\n\n" +
            "*    4/100:     10 trades. 8/1/1 Wins/Draws/Losses. Objective: -4.95444\n" +
            "\n" +
            "\n    # Buy hyperspace params:\n" +
            "    buy_params = {\n" +
            "        \"buy_rsi\": 31,\n" +
            "        \"trigger\": \"bb_lower\",\n" +
            "        \"enabled\": True,\n" +
            "        \"buy_adx\": 0.3,  # value loaded from strategy\n" +
            "    }\n" +
            "\n    # ROI table:\n" +
            "    minimal_roi = {\n" +
            "        \"0\": 0.21,\n" +
            "        \"32\": 0.064\n" +
            "    }\n" +
            "\n    # Stoploss:\n" +
            "    stoploss = -0.05\n" +
            "\n    # Trailing stop:\n" +
            "    trailing_stop = False  # value loaded from strategy\n" +
            "    trailing_stop_positive = None  # value loaded from strategy\n" +
            "    \n", HyperoptSummary.render(epoch, 100));
    }

    @Test
    void shouldRoundFloatsAndMarkValuesLoadedFromTheStrategyAsFreqtradeDoes()
    {
        final ObjectNode epoch = JsonNodeFactory.instance.objectNode();
        final ObjectNode details = epoch.putObject("params_details");
        details.putObject("buy").put("buy_rsi", 37).put("buy_fast", 0.30000000000000004);
        details.putObject("roi").put("0", 0.22299999999999998).put("24", 0.049).put("125", 0.0);
        final ObjectNode fixed = epoch.putObject("params_not_optimized");
        fixed.putObject("buy").put("buy_slow", 1.234565).put("buy_rsi", 40);
        fixed.putObject("stoploss").put("stoploss", -0.309123456);
        fixed.putObject("max_open_trades").put("max_open_trades", 3);
        // the layout of Freqtrade's _params_pretty_print: a not-optimized value wins over an optimized one of the
        // same name and keeps its place; the ROI table is indented JSON without a comma after its last entry
        assertEquals("\n    # Buy hyperspace params:\n" +
            "    buy_params = {\n" +
            "        \"buy_rsi\": 40,  # value loaded from strategy\n" +
            "        \"buy_fast\": 0.3,\n" +
            "        \"buy_slow\": 1.23456,  # value loaded from strategy\n" +
            "    }\n" +
            "\n    # ROI table:\n" +
            "    minimal_roi = {\n" +
            "        \"0\": 0.223,\n" +
            "        \"24\": 0.049,\n" +
            "        \"125\": 0.0\n" +
            "    }\n" +
            "\n    # Stoploss:\n" +
            "    stoploss = -0.30912  # value loaded from strategy\n" +
            "\n    # Max Open Trades:\n" +
            "    max_open_trades = 3  # value loaded from strategy\n", HyperoptSummary.parameters(epoch));
    }

    @Test
    void shouldRoundAsPythonsRoundToFiveDecimals()
    {
        // expected values printed by python3: repr(round(x, 5))
        final double[][] cases = {
            {0.22299999999999998, 0.223}, {1.5e-05, 2e-05}, {2.5e-05, 3e-05}, {2.675, 2.675}, {1.234565, 1.23456},
            {-0.309123456, -0.30912}, {0.30000000000000004, 0.3}, {1e-07, 0.0}, {123456.123455, 123456.12345},
        };
        for (final double[] c : cases)
        {
            assertEquals(c[1], HyperoptSummary.round5(c[0]), Double.toString(c[0]));
        }
        assertEquals("-0.0", PyFloat.repr(HyperoptSummary.round5(-1e-07)));
    }

    @Test
    void shouldMarkATableLoadedFromTheStrategyAndRoundFloatsAsFreqtrade()
    {
        final ObjectNode epoch = JsonNodeFactory.instance.objectNode();
        epoch.put("loss", 1.0);
        epoch.put("current_epoch", 2);
        epoch.put("results_explanation", "x");
        epoch.putObject("params_details").putObject("stoploss").put("stoploss", -0.10099999999999999);
        epoch.putObject("params_not_optimized").putObject("roi").put("0", 0.04).put("40", 0.0);
        assertTrue(HyperoptSummary.render(epoch, 5).endsWith("\n    # ROI table:  # value loaded from strategy\n" +
            "    minimal_roi = {\n" +
            "        \"0\": 0.04,\n" +
            "        \"40\": 0.0\n" +
            "    }\n" +
            "\n    # Stoploss:\n" +
            "    stoploss = -0.101\n"), HyperoptSummary.render(epoch, 5));
    }
}
