package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.metrics.StatsLine;

import java.util.List;

/**
 * The per-line objects of the stats (backtest-semantics.md 7.6) as JSON.
 */
final class LineJson
{
    private LineJson()
    {
    }

    static ObjectNode write(final StatsLine line, final ObjectNode factory)
    {
        final ObjectNode o = factory.objectNode();
        if (line.mixKey != null)
        {
            final ArrayNode key = o.putArray("key");
            key.add(line.mixKey[0]);
            key.add(line.mixKey[1]);
        }
        else
        {
            o.put("key", line.key);
        }
        o.put("trades", line.trades);
        o.put("profit_mean", line.profitMean);
        o.put("profit_mean_pct", line.profitMeanPct);
        o.put("profit_sum", line.profitSum);
        o.put("profit_sum_pct", line.profitSumPct);
        o.put("profit_total_abs", line.profitTotalAbs);
        o.put("profit_total", line.profitTotal);
        o.put("profit_total_pct", line.profitTotalPct);
        o.put("duration_avg", line.durationAvg);
        o.put("wins", line.wins);
        o.put("draws", line.draws);
        o.put("losses", line.losses);
        o.put("winrate", line.winrate);
        return o;
    }

    static void putLines(final ObjectNode target, final String name, final List<StatsLine> lines)
    {
        final ArrayNode array = target.putArray(name);
        for (final StatsLine line : lines)
        {
            array.add(write(line, target));
        }
    }

    static void putLineOrNull(final ObjectNode target, final String name, final StatsLine line)
    {
        if (line == null)
        {
            target.putNull(name);
        }
        else
        {
            target.set(name, write(line, target));
        }
    }
}
