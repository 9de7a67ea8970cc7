package io.hyperjet.coordinator.plot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timeframes;

/**
 * {@code plot-profit}: a backtest result's cumulative profit, overall and per pair, its drawdown and the market
 * average of the pairs' candles over the same time, as Freqtrade's {@code freqtrade-profit-plot.html}.
 */
public final class ProfitPlot
{
    /** Lines longer than this are thinned with LTTB. */
    static final int MAX_POINTS = 4_000;

    /**
     * @param configFiles {@code -c} files (datadir, user_data_dir).
     * @param resultFile  {@code --export-filename}: a backtest-result file or directory; null for
     *                    {@code <user_data>/backtest_results}.
     * @param strategy    the strategy's results to take, or null for the file's first.
     * @param pairs       {@code -p}: pairs to draw (null or empty: the result's pairs).
     */
    public record Options(List<Path> configFiles, Path resultFile, String strategy, List<String> pairs)
    {
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;

    public ProfitPlot(final Options options, final PrintWriter out, final PrintWriter err)
    {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Reads the result and candles and writes the page, printing its path.
     *
     * @return the page written.
     */
    public Path run()
    {
        final ConfigLoader loader = new ConfigLoader();
        if (null != options.configFiles())
        {
            options.configFiles().forEach(loader::file);
        }
        final HyperjetConfig config = loader.load();
        config.warnings().forEach(w -> err.println("hyperjet: warning: " + w));
        final BacktestResultFile result = BacktestResultFile.read(null != options.resultFile() ?
            options.resultFile() : config.userDataDir().resolve("backtest_results"), options.strategy());
        final List<PlotTrade> trades = new ArrayList<>(result.trades());
        final Set<String> pairs = new LinkedHashSet<>();
        if (null != options.pairs() && !options.pairs().isEmpty())
        {
            pairs.addAll(options.pairs());
            trades.removeIf(t -> !pairs.contains(t.pair()));
        }
        else
        {
            result.result().path("pairlist").forEach(p -> pairs.add(p.asText()));
            trades.forEach(t -> pairs.add(t.pair()));
        }
        trades.sort(Comparator.comparingLong(PlotTrade::closeMs));
        final String timeframe = result.result().path("timeframe").asText(config.timeframe());
        if (null == timeframe || timeframe.isEmpty())
        {
            throw new UserInputException(result.file() + ": no \"timeframe\" in the result and none in the config");
        }
        final long startMs = result.result().path("backtest_start_ts").asLong(Long.MIN_VALUE);
        final long endMs = result.result().path("backtest_end_ts").asLong(Long.MAX_VALUE);
        final ObjectNode data = PageJson.object();
        data.put("file", result.file().toString());
        data.put("strategy", result.strategy());
        data.put("timeframe", timeframe);
        data.put("stakeCurrency", result.result().path("stake_currency").asText(""));
        data.put("startingBalance", result.result().path("starting_balance").asDouble());
        data.put("trades", trades.size());
        data.set("market", market(config, pairs, timeframe, startMs, endMs, data));
        // Every chart spans the backtest window, so their zooms can be linked.
        final long fromMs = startMs != Long.MIN_VALUE ? startMs : trades.isEmpty() ? 0 : trades.get(0).openMs();
        final long toMs = endMs != Long.MAX_VALUE ? endMs :
            trades.isEmpty() ? 0 : trades.get(trades.size() - 1).closeMs();
        data.put("fromMs", fromMs);
        data.put("toMs", toMs);
        profit(trades, fromMs, data);
        final Path file = config.userDataDir().resolve("plot").resolve("freqtrade-profit-plot.html");
        HtmlPage.write(file, "Profit: " + result.strategy() + " (" + result.file().getFileName() + ")", data,
            "profit.js");
        out.println("Plot written to " + file);
        out.flush();
        return file;
    }

    /** Mean over the pairs of close / first close - 1 in the backtest window, on the timeframe's grid, in percent. */
    private ArrayNode market(final HyperjetConfig config, final Set<String> pairs, final String timeframe,
        final long startMs, final long endMs, final ObjectNode data)
    {
        final long step = Timeframes.millis(timeframe);
        final Map<String, PairFrame> frames = new LinkedHashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (final String pair : pairs)
        {
            final Path path = PairFiles.find(config.datadir(), pair, timeframe, config.dataformatOhlcv());
            if (null == path)
            {
                err.println("hyperjet: warning: no " + timeframe + " candles of " + pair + " in " + config.datadir() +
                    "; left out of the market average");
                continue;
            }
            final PairFrame frame = CandleFiles.read(path, DataFormat.fromFileName(path.getFileName().toString()),
                pair, timeframe);
            frames.put(pair, frame);
            for (int r = 0; r < frame.rows(); r++)
            {
                final long t = frame.date().get(r);
                if (t >= startMs && t <= endMs)
                {
                    first = Math.min(first, t);
                    last = Math.max(last, t);
                }
            }
        }
        final ArrayNode out = PageJson.array();
        data.put("marketPairs", frames.size());
        if (first > last)
        {
            return out;
        }
        final int slots = (int) ((last - first) / step) + 1;
        final double[] sum = new double[slots];
        final int[] count = new int[slots];
        for (final PairFrame frame : frames.values())
        {
            double base = Double.NaN;
            for (int r = 0; r < frame.rows(); r++)
            {
                final long t = frame.date().get(r);
                final double close = frame.close().get(r);
                if (t < first || t > last || !(close > 0))
                {
                    continue;
                }
                if (Double.isNaN(base))
                {
                    base = close;
                }
                final int slot = (int) ((t - first) / step);
                sum[slot] += close / base - 1;
                count[slot]++;
            }
        }
        final double[] x = new double[slots];
        final double[] y = new double[slots];
        for (int s = 0; s < slots; s++)
        {
            x[s] = first + s * step;
            y[s] = count[s] > 0 ? 100 * sum[s] / count[s] : Double.NaN;
        }
        data.put("marketCandles", slots);
        for (final int k : Downsample.lttb(x, y, MAX_POINTS))
        {
            out.add(PageJson.pair(x[k], y[k]));
        }
        return out;
    }

    /** Cumulative profit overall and per pair, the drawdown below the running peak, and the largest drawdown. */
    private static void profit(final List<PlotTrade> trades, final long fromMs, final ObjectNode data)
    {
        // Point 0 is the start of the window, at zero.
        final int n = trades.size() + 1;
        final double[] x = new double[n];
        final double[] cum = new double[n];
        final double[] under = new double[n];
        x[0] = fromMs;
        double sum = 0;
        double peak = 0;
        long peakMs = fromMs;
        double worst = 0;
        long worstPeakMs = 0;
        long worstLowMs = 0;
        final Map<String, List<double[]>> perPair = new LinkedHashMap<>();
        for (int i = 1; i < n; i++)
        {
            final PlotTrade t = trades.get(i - 1);
            sum += t.profitAbs();
            x[i] = t.closeMs();
            cum[i] = sum;
            if (sum > peak)
            {
                peak = sum;
                peakMs = t.closeMs();
            }
            under[i] = sum - peak;
            if (under[i] < worst)
            {
                worst = under[i];
                worstPeakMs = peakMs;
                worstLowMs = t.closeMs();
            }
            final List<double[]> pair = perPair.computeIfAbsent(t.pair(), p -> new ArrayList<>());
            if (pair.isEmpty())
            {
                pair.add(new double[] {fromMs, 0});
            }
            final double before = pair.get(pair.size() - 1)[1];
            pair.add(new double[] {t.closeMs(), before + t.profitAbs()});
        }
        data.set("cumulative", thinned(x, cum));
        data.set("drawdown", thinned(x, under));
        if (worst < 0)
        {
            final ObjectNode dd = data.putObject("maxDrawdown");
            dd.put("abs", -worst);
            dd.put("fromMs", worstPeakMs);
            dd.put("toMs", worstLowMs);
        }
        final ArrayNode pairs = data.putArray("pairs");
        for (final Map.Entry<String, List<double[]>> e : perPair.entrySet())
        {
            final List<double[]> points = e.getValue();
            final double[] px = new double[points.size()];
            final double[] py = new double[points.size()];
            for (int i = 0; i < points.size(); i++)
            {
                px[i] = points.get(i)[0];
                py[i] = points.get(i)[1];
            }
            final ObjectNode pair = pairs.addObject();
            pair.put("name", e.getKey());
            pair.set("points", thinned(px, py));
        }
    }

    private static ArrayNode thinned(final double[] x, final double[] y)
    {
        final ArrayNode out = PageJson.array();
        for (final int k : Downsample.lttb(x, y, MAX_POINTS))
        {
            out.add(PageJson.pair(x[k], y[k]));
        }
        return out;
    }
}
