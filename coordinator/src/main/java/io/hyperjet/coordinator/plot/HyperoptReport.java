package io.hyperjet.coordinator.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.HyperjetConfig;

/**
 * The HTML report of one hyperopt: loss per epoch with the best so far, a slice plot per parameter, parallel
 * coordinates of the best epochs, parameter importance, the best epoch's profit curve and trades, and the run's
 * settings.
 */
public final class HyperoptReport
{
    /** Slice plots draw at most this many epochs each (evenly spaced through the file, plus the best). */
    static final int SLICE_POINTS = 5_000;
    /** Parallel coordinates of this many lowest-loss epochs. */
    static final int PARALLEL_EPOCHS = 50;
    /** The trade table lists at most this many of the best epoch's trades (all are in the profit curve). */
    static final int TABLE_TRADES = 1_000;

    private static final String[] SETTINGS = {"strategy_name", "timeframe", "timeframe_detail", "timerange",
        "backtest_start", "backtest_end", "stake_currency", "stake_amount", "starting_balance", "max_open_trades",
        "enable_protections", "trading_mode", "pairlist"};

    private HyperoptReport()
    {
    }

    /**
     * Reads a .fthypt file and writes its report.
     *
     * @param fthypt the results file.
     * @param target the .html file to write.
     * @return the file written.
     */
    public static Path write(final Path fthypt, final Path target)
    {
        final ReportEpochs epochs = ReportEpochs.read(fthypt);
        return HtmlPage.write(target, "Hyperopt report: " + fthypt.getFileName(), data(epochs), "report.js");
    }

    /** The default report file: beside the .fthypt, same base name, .html. */
    public static Path defaultTarget(final Path fthypt)
    {
        final String name = fthypt.getFileName().toString().replaceFirst("\\.fthypt$", "");
        return fthypt.toAbsolutePath().resolveSibling(name + ".html");
    }

    /**
     * The line a hyperopt ends with: the command that writes this run's report, and where it will be.
     *
     * @param fthypt      the run's results file.
     * @param userDataDir the run's user data directory.
     * @return the line.
     */
    public static String pointer(final Path fthypt, final Path userDataDir)
    {
        final boolean defaultDir = Path.of(HyperjetConfig.USER_DATA_DIR_DEFAULT).toAbsolutePath().normalize()
            .equals(userDataDir.toAbsolutePath().normalize());
        return "HTML report: hyperjet hyperopt-report" + (defaultDir ? "" : " --userdir " + userDataDir) +
            " --hyperopt-filename " + fthypt.getFileName() + "  (writes " + defaultTarget(fthypt) + ")";
    }

    static ObjectNode data(final ReportEpochs e)
    {
        final ObjectNode data = PageJson.object();
        data.put("file", e.file.getFileName().toString());
        data.put("epochs", e.count);
        data.set("loss", lossChart(e));
        final int[] sample = sample(e);
        data.put("sliceEpochs", sample.length);
        final ArrayNode params = data.putArray("params");
        final ArrayNode importance = data.putArray("importance");
        final List<double[]> ranked = new ArrayList<>();
        int p = 0;
        for (final ReportEpochs.Parameter parameter : e.parameters.values())
        {
            params.add(slice(parameter, e.loss, sample));
            ranked.add(new double[] {p++, ParameterImportance.etaSquared(parameter.values, e.loss)});
        }
        ranked.sort(Comparator.comparingDouble((double[] r) -> -r[1]));
        final List<ReportEpochs.Parameter> list = new ArrayList<>(e.parameters.values());
        for (final double[] r : ranked)
        {
            final ObjectNode item = importance.addObject();
            item.put("name", list.get((int) r[0]).name);
            item.put("value", r[1]);
        }
        data.set("parallel", parallel(e, list));
        data.set("best", best(e));
        data.set("settings", settings(e));
        return data;
    }

    private static ObjectNode lossChart(final ReportEpochs e)
    {
        final ObjectNode loss = PageJson.object();
        final ArrayNode points = loss.putArray("points");
        final ArrayNode best = loss.putArray("bestSoFar");
        double bestSoFar = Double.POSITIVE_INFINITY;
        int finite = 0;
        for (int i = 0; i < e.count; i++)
        {
            if (!Double.isFinite(e.loss[i]))
            {
                continue;
            }
            finite++;
            points.add(PageJson.pair(e.epoch[i], e.loss[i]));
            if (e.loss[i] < bestSoFar)
            {
                bestSoFar = e.loss[i];
                best.add(PageJson.pair(e.epoch[i], bestSoFar));
            }
        }
        if (best.size() > 0)
        {
            // The line runs on to the last epoch.
            best.add(PageJson.pair(e.epoch[e.count - 1], bestSoFar));
        }
        loss.put("notFinite", e.count - finite);
        // Losses of epochs without enough trades are huge (Freqtrade gives them 100000) and would flatten the
        // rest: the axis stops at Tukey's far-out fence, Q3 + 3 IQR of the finite losses, when any loss is above it.
        final double[] sorted = new double[finite];
        int k = 0;
        for (int i = 0; i < e.count; i++)
        {
            if (Double.isFinite(e.loss[i]))
            {
                sorted[k++] = e.loss[i];
            }
        }
        Arrays.sort(sorted);
        if (finite >= 4)
        {
            final double q1 = sorted[(finite - 1) / 4];
            final double q3 = sorted[3 * (finite - 1) / 4];
            final double fence = roundUp(q3 + 3 * Math.max(q3 - q1, 1e-9));
            int above = 0;
            for (final double v : sorted)
            {
                above += v > fence ? 1 : 0;
            }
            if (above > 0)
            {
                PageJson.put(loss, "yMax", fence);
                loss.put("above", above);
            }
        }
        return loss;
    }

    /** Up to three significant digits, so the axis top reads well. */
    static double roundUp(final double value)
    {
        if (0 == value || !Double.isFinite(value))
        {
            return value;
        }
        final double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
        return Math.ceil(value / unit) * unit;
    }

    /** Every epoch when there are few, else evenly spaced ones, plus the best. */
    private static int[] sample(final ReportEpochs e)
    {
        if (e.count <= SLICE_POINTS)
        {
            final int[] all = new int[e.count];
            Arrays.setAll(all, i -> i);
            return all;
        }
        final int[] out = new int[SLICE_POINTS + 1];
        int n = 0;
        boolean hasBest = false;
        for (int s = 0; s < SLICE_POINTS; s++)
        {
            final int i = (int) ((long) s * e.count / SLICE_POINTS);
            out[n++] = i;
            hasBest |= i == e.bestIndex;
        }
        if (!hasBest && e.bestIndex >= 0)
        {
            out[n++] = e.bestIndex;
        }
        return Arrays.copyOf(out, n);
    }

    private static ObjectNode slice(final ReportEpochs.Parameter parameter, final double[] loss, final int[] sample)
    {
        final ObjectNode out = PageJson.object();
        out.put("name", parameter.name);
        out.put("categorical", parameter.categorical);
        if (parameter.categorical)
        {
            final ArrayNode labels = out.putArray("labels");
            parameter.labels.forEach(labels::add);
        }
        final ArrayNode points = out.putArray("points");
        for (final int i : sample)
        {
            if (!Double.isNaN(parameter.values[i]) && Double.isFinite(loss[i]))
            {
                points.add(PageJson.pair(parameter.values[i], loss[i]));
            }
        }
        return out;
    }

    private static ObjectNode parallel(final ReportEpochs e, final List<ReportEpochs.Parameter> params)
    {
        final Integer[] order = new Integer[e.count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isFinite(e.loss[i]) ? e.loss[i] :
            Double.POSITIVE_INFINITY));
        final ObjectNode out = PageJson.object();
        final ArrayNode rows = out.putArray("rows");
        for (int k = 0; k < Math.min(PARALLEL_EPOCHS, e.count); k++)
        {
            final int i = order[k];
            if (!Double.isFinite(e.loss[i]))
            {
                break;
            }
            final ArrayNode row = rows.addArray();
            for (final ReportEpochs.Parameter p : params)
            {
                final double v = p.values[i];
                if (p.categorical && !Double.isNaN(v))
                {
                    row.add(p.labels.get((int) v));
                }
                else
                {
                    PageJson.add(row, v);
                }
            }
            row.add(e.loss[i]);
            row.add(e.epoch[i]);
        }
        return out;
    }

    private static ObjectNode best(final ReportEpochs e)
    {
        final ObjectNode out = PageJson.object();
        if (null == e.bestLine)
        {
            return out;
        }
        final JsonNode line = e.bestLine;
        out.put("epoch", e.epoch[e.bestIndex]);
        out.put("loss", e.loss[e.bestIndex]);
        out.put("explanation", line.path("results_explanation").asText("").strip());
        out.set("params", line.path("params_dict"));
        final JsonNode trades = e.bestTrades();
        out.put("hasTrades", null != trades);
        if (null == trades)
        {
            return out;
        }
        final List<JsonNode> sorted = new ArrayList<>();
        trades.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(t -> t.path("close_timestamp").asLong()));
        final ArrayNode curve = out.putArray("curve");
        final ArrayNode table = out.putArray("trades");
        double sum = 0;
        for (final JsonNode t : sorted)
        {
            sum += t.path("profit_abs").asDouble();
            curve.add(PageJson.pair(t.path("close_timestamp").asLong(), sum));
            if (table.size() < TABLE_TRADES)
            {
                final ArrayNode row = table.addArray();
                row.add(t.path("pair").asText());
                row.add(t.path("open_date").asText());
                row.add(t.path("close_date").asText());
                row.add(t.path("trade_duration").asLong());
                PageJson.add(row, t.path("profit_ratio").asDouble() * 100);
                PageJson.add(row, t.path("profit_abs").asDouble());
                row.add(t.path("exit_reason").asText());
            }
        }
        out.put("tradeCount", sorted.size());
        return out;
    }

    private static ArrayNode settings(final ReportEpochs e)
    {
        final ArrayNode out = PageJson.array();
        final JsonNode metrics = (null != e.bestLine ? e.bestLine : e.firstLine).path("results_metrics");
        final JsonNode first = e.firstLine.path("results_metrics");
        for (final String key : SETTINGS)
        {
            final JsonNode v = metrics.has(key) ? metrics.get(key) : first.get(key);
            if (null != v && !v.isNull())
            {
                out.addArray().add(key).add(v.isValueNode() ? v.asText() : v.toString());
            }
        }
        final JsonNode fixed = (null != e.bestLine ? e.bestLine : e.firstLine).path("params_not_optimized");
        for (final Map.Entry<String, JsonNode> space : fixed.properties())
        {
            if (space.getValue().size() > 0)
            {
                out.addArray().add("not optimized: " + space.getKey()).add(space.getValue().toString());
            }
        }
        return out;
    }
}
