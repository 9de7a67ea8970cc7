package io.hyperjet.worker.epoch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.informative.PairTimeframe;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.python.TestPython;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Informative candles are read as Freqtrade's historic_ohlcv reads them: the timerange's start moved back by
 * startup_candle_count candles of the informative timeframe (not the strategy's), up to the timerange's end; the
 * strategy's data provider then answers with exactly those candles.
 */
class InformativeCandlesTest
{
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01 00:00 UTC
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path tmp;

    private Path writeHourlyBtc() throws IOException
    {
        final Path datadir = Files.createDirectories(tmp.resolve("data"));
        final int hours = 24 * 6;
        final long[] date = new long[hours];
        final Map<String, double[]> columns = new LinkedHashMap<>();
        for (final String name : List.of(PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE,
            PairFrame.VOLUME))
        {
            columns.put(name, new double[hours]);
        }
        for (int k = 0; k < hours; k++)
        {
            date[k] = T0 + k * HOUR;
            for (final double[] v : columns.values())
            {
                v[k] = 100 + k;
            }
        }
        CandleFiles.write(PairFiles.path(datadir, "BTC/USDT", "1h", DataFormat.FEATHER), DataFormat.FEATHER,
            PairFrame.ofArrays("BTC/USDT", "1h", date, columns));
        return datadir;
    }

    private static HyperjetConfig config(final Path datadir)
    {
        return ConfigLoader.fromJson("""
            {"datadir": "%s", "timerange": "20240103-20240105", "stake_currency": "USDT", "stake_amount": 100,
             "fee": 0.001,
             "exchange": {"name": "binance", "pair_whitelist": ["BTC/USDT"]}}
            """.formatted(datadir), "test");
    }

    private static PairFrame twoFiveMinuteCandles(final long start)
    {
        final Map<String, double[]> main = new LinkedHashMap<>();
        for (final String name : List.of(PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE,
            PairFrame.VOLUME))
        {
            main.put(name, new double[]{1, 1});
        }
        return PairFrame.ofArrays("BTC/USDT", "5m", new long[] {start, start + 300_000L}, main);
    }

    @Test
    void shouldReadTheTimerangePlusStartupCandlesOfTheInformativeTimeframe() throws IOException
    {
        final Path datadir = writeHourlyBtc();
        final Path strategies = Files.createDirectories(tmp.resolve("strategies"));
        Files.writeString(strategies.resolve("startup_informative.py"), """
            from freqtrade.strategy import IStrategy


            class StartupInformative(IStrategy):
                timeframe = "5m"
                minimal_roi = {"0": 1}
                stoploss = -0.1
                startup_candle_count = 5

                def informative_pairs(self):
                    return [("BTC/USDT", "1h"), ("ETH/USDT", "4h")]

                def populate_indicators(self, dataframe, metadata):
                    btc = self.dp.get_pair_dataframe("BTC/USDT", "1h")
                    dataframe["first"] = btc["date"].iloc[0].timestamp()
                    dataframe["last"] = btc["date"].iloc[-1].timestamp()
                    dataframe["eth_rows"] = float(len(self.dp.get_pair_dataframe("ETH/USDT", "4h")))
                    return dataframe

                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe

                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final HyperjetConfig config = config(datadir);
        final PythonOptions options = new PythonOptions(TestPython.wrapper(tmp).toString(), config.raw().deepCopy(),
            "backtest");
        try (PythonStrategy strategy = (PythonStrategy)StrategyLoader.load("StartupInformative", options,
            strategies))
        {
            final TradingRules rules = TradingRules.resolve(config, strategy);
            final List<String> warnings = new ArrayList<>();
            final List<PairFrame> frames = InformativeCandles.load(config, rules, strategy, List.of("BTC/USDT"),
                warnings::add);
            assertEquals(1, frames.size());
            final PairFrame btc = frames.get(0);
            final long start = T0 + 2 * 24 * HOUR; // 2024-01-03
            assertEquals(start - 5 * HOUR, btc.date().get(0), "5 startup candles of 1h before the timerange");
            assertEquals(T0 + 4 * 24 * HOUR, btc.date().get(btc.rows() - 1), "up to the timerange's stop, included");
            assertEquals(List.of("no 4h informative candles for ETH/USDT in the selected range (" +
                PairFiles.path(datadir, "ETH/USDT", "4h", DataFormat.FEATHER) + "); the strategy gets an empty " +
                "dataframe there, as in Freqtrade"), warnings);
            final var indicators = strategy.runIndicators(twoFiveMinuteCandles(start));
            assertEquals(btc.date().get(0) / 1000.0, indicators.get("first")[0]);
            assertEquals(btc.date().get(btc.rows() - 1) / 1000.0, indicators.get("last")[0]);
            assertEquals(0.0, indicators.get("eth_rows")[0]);
        }
    }

    /** The same question asked by a Java strategy through informativePairs() and dp. */
    static final class JavaStartupInformative extends Strategy
    {
        JavaStartupInformative()
        {
            timeframe = "5m";
            stoploss = -0.1;
            startupCandleCount = 5;
        }

        @Override
        protected List<PairTimeframe> informativePairs()
        {
            return List.of(PairTimeframe.of("BTC/USDT", "1h"), PairTimeframe.of("ETH/USDT", "4h"),
                PairTimeframe.of("BTC/USDT", "1h"));
        }

        @Override
        protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
        {
            final DataFrame btc = dp.getPairDataframe("BTC/USDT", "1h");
            final double[] first = new double[frame.rows()];
            final double[] last = new double[frame.rows()];
            final double[] ethRows = new double[frame.rows()];
            final double[] whitelist = new double[frame.rows()];
            java.util.Arrays.fill(first, btc.get("date").get(0));
            java.util.Arrays.fill(last, btc.get("close").get(btc.rows() - 1));
            java.util.Arrays.fill(ethRows, dp.getPairDataframe("ETH/USDT", "4h").rows());
            java.util.Arrays.fill(whitelist, dp.currentWhitelist().size());
            out.put("first", first);
            out.put("last_close", last);
            out.put("eth_rows", ethRows);
            out.put("whitelist", whitelist);
        }

        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
        }

        @Override
        protected void populateExitTrend(final PairFrame frame, final Signals signals)
        {
        }
    }

    @Test
    void shouldLoadAJavaStrategysInformativePairsIntoItsDataProvider() throws IOException
    {
        final Path datadir = writeHourlyBtc();
        final HyperjetConfig config = config(datadir);
        final JavaStartupInformative strategy = new JavaStartupInformative();
        final TradingRules rules = TradingRules.resolve(config, strategy);
        final List<String> warnings = new ArrayList<>();
        final List<PairFrame> frames = InformativeCandles.load(config, rules, strategy, List.of("BTC/USDT", "XRP/USDT"),
            warnings::add);
        assertEquals(1, frames.size(), "BTC/USDT 1h once, ETH/USDT 4h missing");
        final PairFrame btc = frames.get(0);
        final long start = T0 + 2 * 24 * HOUR;
        assertEquals(start - 5 * HOUR, btc.date().get(0), "5 startup candles of 1h before the timerange");
        assertEquals(1, warnings.size(), warnings.toString());
        final IndicatorColumns indicators = strategy.runIndicators(twoFiveMinuteCandles(start));
        assertEquals((double)btc.date().get(0), indicators.get("first")[0]);
        assertEquals(btc.close().get(btc.rows() - 1), indicators.get("last_close")[0]);
        assertEquals(0.0, indicators.get("eth_rows")[0]);
        assertEquals(2.0, indicators.get("whitelist")[0]);
        final IllegalStateException unlisted = assertThrows(IllegalStateException.class,
            () -> strategy.dataProvider().getPairDataframe("XRP/USDT", "1h"));
        assertTrue(unlisted.getMessage().startsWith("dp.getPairDataframe(\"XRP/USDT\", \"1h\"): list XRP/USDT 1h in"
            + " informativePairs(); Hyperjet loads informative candles before the run, listed: ["),
            unlisted.getMessage());
    }
}
