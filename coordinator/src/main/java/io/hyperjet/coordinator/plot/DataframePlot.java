package io.hyperjet.coordinator.plot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.backtest.BacktestRun;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * {@code plot-dataframe}: per pair, candles with volume, chosen indicators on the price chart and below it, the
 * strategy's entry and exit signals and the backtest's trades, one page per pair as Freqtrade names it
 * ({@code <user_data>/plot/freqtrade-plot-<pair>-<timeframe>.html}). The strategy's indicator and signal phases and
 * the backtest run here, through the backtest command's code; {@code tradesFile} takes the trades from a
 * backtest-result file instead.
 */
public final class DataframePlot
{
    /** Indicators drawn on the price chart when none are named and the strategy makes them. */
    static final List<String> DEFAULT_INDICATORS1 = List.of("tema", "sma", "ema", "bb_lowerband", "bb_middleband",
        "bb_upperband", "sar");
    /** Indicators drawn below the price chart when none are named and the strategy makes them. */
    static final List<String> DEFAULT_INDICATORS2 = List.of("rsi", "macd", "macdsignal");

    /** Where the drawn trades come from. */
    public enum Trades
    {
        /** A backtest run for the page (the default: its trades match the signals drawn). */
        BACKTEST,
        /** A backtest-result file (Freqtrade's {@code --trade-source file}). */
        FILE,
        /** None ({@code --no-trades}). */
        NONE
    }

    /**
     * @param backtest    the backtest's options (config files, strategy, timerange...).
     * @param pairs       {@code -p}: the pairs to draw (null or empty: every pair).
     * @param indicators1 {@code --indicators1}: columns on the price chart (null: the defaults the strategy makes).
     * @param indicators2 {@code --indicators2}: columns in the chart below (null: the defaults the strategy makes).
     * @param trades      where the trades come from.
     * @param tradesFile  with {@link Trades#FILE}: a backtest-result file or directory, or null for the latest in
     *                    {@code <user_data>/backtest_results}.
     * @param maxBars     the most candle bars a page draws; more candles are merged into bars.
     */
    public record Options(BacktestRun.Options backtest, List<String> pairs, List<String> indicators1,
        List<String> indicators2, Trades trades, Path tradesFile, int maxBars)
    {
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;

    public DataframePlot(final Options options, final PrintWriter out, final PrintWriter err)
    {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the strategy and writes the pages, printing each path.
     *
     * @return the pages written.
     */
    public List<Path> run()
    {
        if (options.maxBars() < 10)
        {
            throw new UserInputException("--max-bars must be at least 10, was " + options.maxBars());
        }
        final HyperjetConfig config = BacktestRun.loadConfig(options.backtest(), out, err);
        final Strategy strategy = StrategyLoader.load(RunInputs.strategy(config),
            PythonOptions.of(config, "backtest"), RunInputs.strategyPaths(config));
        try
        {
            strategy.numpyOptimizations(config.optimization().numpyOptimizations());
            final TradingRules rules = TradingRules.resolve(config, strategy);
            final BacktestRun.Simulation sim = BacktestRun.simulate(config, strategy, rules, err);
            final List<PlotTrade> trades = new ArrayList<>();
            final String tradeSource;
            if (options.trades() == Trades.FILE)
            {
                final BacktestResultFile file = BacktestResultFile.read(null != options.tradesFile() ?
                    options.tradesFile() : config.userDataDir().resolve("backtest_results"), null);
                trades.addAll(file.trades());
                tradeSource = "trades from " + file.file();
            }
            else if (options.trades() == Trades.BACKTEST)
            {
                for (final Trade t : sim.result().trades())
                {
                    trades.add(PlotTrade.of(t));
                }
                tradeSource = "trades of a backtest run for this page";
            }
            else
            {
                tradeSource = "no trades (--no-trades)";
            }
            final List<Path> written = new ArrayList<>();
            for (final String pair : pairs(sim))
            {
                final int i = sim.data().pairs().indexOf(pair);
                final Path file = config.userDataDir().resolve("plot").resolve("freqtrade-plot-" +
                    PairFiles.sanitize(pair) + "-" + rules.timeframe() + ".html");
                final ObjectNode data = page(sim.input().get(i), sim.result().trimStartRow(i),
                    sim.result().trimEndRow(i), trades, tradeSource, rules.strategyName());
                written.add(HtmlPage.write(file, rules.strategyName() + " " + pair + " " + rules.timeframe(), data,
                    "dataframe.js"));
                out.println("Plot written to " + file);
            }
            out.flush();
            return written;
        }
        finally
        {
            PythonStrategy.closeIfOwning(strategy);
        }
    }

    private List<String> pairs(final BacktestRun.Simulation sim)
    {
        if (null == options.pairs() || options.pairs().isEmpty())
        {
            return sim.data().pairs();
        }
        for (final String pair : options.pairs())
        {
            if (!sim.data().pairs().contains(pair))
            {
                throw new UserInputException("-p " + pair + ": not a pair with data in this run; pairs: " +
                    String.join(", ", sim.data().pairs()));
            }
        }
        return options.pairs();
    }

    private ObjectNode page(final BacktestPair input, final int from, final int to, final List<PlotTrade> trades,
        final String tradeSource, final String strategyName)
    {
        final PairFrame frame = input.frame();
        final int rows = Math.max(0, to - from);
        final int per = Downsample.candlesPerBar(rows, options.maxBars());
        final long[] date = frame.date().toArray();
        final double[][] bars = Downsample.bars(date, frame.open().toArray(), frame.high().toArray(),
            frame.low().toArray(), frame.close().toArray(), frame.volume().toArray(), from, to, per);
        final ObjectNode data = PageJson.object();
        data.put("pair", input.pair());
        data.put("timeframe", frame.timeframe());
        data.put("strategy", strategyName);
        data.put("candles", rows);
        data.put("perBar", per);
        data.put("linePoints", 2 * options.maxBars());
        data.put("tradeSource", tradeSource);
        final ArrayNode candles = data.putArray("bars");
        final ArrayNode volume = data.putArray("volume");
        for (int b = 0; b < bars[0].length; b++)
        {
            // ECharts' candlestick order: open, close, low, high.
            final ArrayNode bar = candles.addArray();
            bar.add((long) bars[0][b]);
            PageJson.add(bar, bars[1][b]);
            PageJson.add(bar, bars[4][b]);
            PageJson.add(bar, bars[3][b]);
            PageJson.add(bar, bars[2][b]);
            volume.add(PageJson.pair(bars[0][b], bars[5][b]));
        }
        final double[] x = new double[date.length];
        for (int r = 0; r < date.length; r++)
        {
            x[r] = date[r];
        }
        data.set("indicators1", lines(frame, x, from, to, options.indicators1(), DEFAULT_INDICATORS1));
        data.set("indicators2", lines(frame, x, from, to, options.indicators2(), DEFAULT_INDICATORS2));
        final Signals signals = input.signals();
        final ObjectNode marks = data.putObject("signals");
        marks.set("enter_long", signalMarks(signals.enterLong(), date, frame, from, to, per));
        marks.set("exit_long", signalMarks(signals.exitLong(), date, frame, from, to, per));
        marks.set("enter_short", signalMarks(signals.enterShort(), date, frame, from, to, per));
        marks.set("exit_short", signalMarks(signals.exitShort(), date, frame, from, to, per));
        final ArrayNode pairTrades = data.putArray("trades");
        for (final PlotTrade t : trades)
        {
            if (t.pair().equals(input.pair()))
            {
                final ArrayNode row = pairTrades.addArray();
                row.add(t.openMs()).add(t.openRate()).add(t.closeMs()).add(t.closeRate())
                    .add(t.profitRatio()).add(t.exitReason()).add(t.isShort());
            }
        }
        return data;
    }

    /** Each named column as an LTTB-thinned line over the backtest window. */
    private ArrayNode lines(final PairFrame frame, final double[] x, final int from, final int to,
        final List<String> named, final List<String> defaults)
    {
        final List<String> names = new ArrayList<>();
        if (null == named)
        {
            defaults.stream().filter(n -> frame.columns().containsKey(n)).forEach(names::add);
        }
        else
        {
            for (final String n : named)
            {
                // Freqtrade skips such an indicator with a message: one typo must not cost the other charts
                if (frame.columns().containsKey(n))
                {
                    names.add(n);
                }
                else
                {
                    err.println("hyperjet: warning: " + frame.pair() + ": indicator " + n + " ignored: no such " +
                        "column after the strategy's indicator phase; columns: " +
                        String.join(", ", frame.columns().keySet()));
                }
            }
        }
        final ArrayNode out = PageJson.array();
        final double[] xs = java.util.Arrays.copyOfRange(x, from, Math.max(from, to));
        for (final String name : names)
        {
            final double[] y = java.util.Arrays.copyOfRange(frame.column(name).toArray(), from, Math.max(from, to));
            final ObjectNode line = out.addObject();
            line.put("name", name);
            final ArrayNode points = line.putArray("points");
            for (final int k : Downsample.lttb(xs, y, 2 * options.maxBars()))
            {
                points.add(PageJson.pair(xs[k], y[k]));
            }
        }
        return out;
    }

    /** One mark per bar with at least one signal, at the close of the bar's first signal candle; and the count. */
    private static ObjectNode signalMarks(final byte[] signal, final long[] date, final PairFrame frame,
        final int from, final int to, final int per)
    {
        final ObjectNode out = PageJson.object();
        final ArrayNode points = out.putArray("points");
        int count = 0;
        int lastBar = -1;
        for (int r = from; r < to; r++)
        {
            if (Signals.ONE != signal[r])
            {
                continue;
            }
            count++;
            final int bar = (r - from) / per;
            if (bar != lastBar)
            {
                points.add(PageJson.pair(date[r], frame.close().get(r)));
                lastBar = bar;
            }
        }
        out.put("count", count);
        return out;
    }
}
