package io.hyperjet.worker.loss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.Drawdown;
import io.hyperjet.worker.metrics.DrawdownResult;
import io.hyperjet.worker.metrics.MetricsContext;
import io.hyperjet.worker.metrics.PyMath;
import io.hyperjet.worker.metrics.Ratios;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.TradeColumns;
import io.hyperjet.worker.metrics.WinLoss;

import java.util.Arrays;
import java.util.List;

/**
 * What a loss sees: the epoch's trades (as a list and as primitive columns), the backtest range, the starting
 * balance and the config, plus reusable scratch calculators so built-in losses allocate nothing per epoch.
 * Full report stats are computed only when a loss asks for them ({@link #stats()}).
 * <p>
 * Not thread-safe: one instance per evaluating thread, refilled by {@link #reset(List)} for every epoch.
 */
public final class LossInput
{
    private static final long DAY_MS = 86_400_000L;
    private static final double SLIPPAGE_PER_TRADE = 0.0005;

    private final TradeColumns columns = new TradeColumns();
    private final Drawdown drawdown = new Drawdown();
    private final DrawdownResult drawdownResult = new DrawdownResult();
    private final Ratios ratios = new Ratios();
    private final WinLoss winLoss = new WinLoss();
    private final MetricsContext context;
    private final JsonNode config;
    private StatsCalculator statsCalculator;
    private List<Trade> trades = List.of();
    private StrategyStats stats;
    private double[] scratch = new double[0];
    private double[] daily = new double[0];
    private double[] slipped = new double[0];
    private int dailyCount;

    /**
     * @param context balance, backtest range and pair list of the run.
     * @param config  the run's config as read from JSON (null for none).
     */
    public LossInput(final MetricsContext context, final JsonNode config)
    {
        this.context = context;
        this.config = config == null ? MissingNode.getInstance() : config;
    }

    /**
     * Load the next epoch's result.
     *
     * @param epochTrades closed trades in result order.
     * @return this.
     */
    public LossInput reset(final List<Trade> epochTrades)
    {
        trades = epochTrades;
        columns.fill(epochTrades);
        stats = null;
        return this;
    }

    public List<Trade> trades()
    {
        return trades;
    }

    public TradeColumns columns()
    {
        return columns;
    }

    public int tradeCount()
    {
        return columns.count();
    }

    public long minDateMs()
    {
        return context.minDateMs();
    }

    public long maxDateMs()
    {
        return context.maxDateMs();
    }

    /** @return {@code dry_run_wallet}. */
    public double startingBalance()
    {
        return context.startingBalance();
    }

    /** @return the run's config (a missing node when none was given). */
    public JsonNode config()
    {
        return config;
    }

    public MetricsContext context()
    {
        return context;
    }

    /**
     * The full report stats of this epoch, computed on first use.
     *
     * @return the stats.
     */
    public StrategyStats stats()
    {
        if (stats == null)
        {
            if (statsCalculator == null)
            {
                statsCalculator = new StatsCalculator();
            }
            stats = statsCalculator.compute(trades, context);
        }
        return stats;
    }

    /**
     * The summary figures of the loaded trades: the full stats when a loss already computed them, else only the
     * figures {@link StatsCalculator#summary} fills.
     *
     * @return stats with at least the summary figures set.
     */
    public StrategyStats summaryStats()
    {
        if (stats != null)
        {
            return stats;
        }
        if (statsCalculator == null)
        {
            statsCalculator = new StatsCalculator();
        }
        return statsCalculator.summary(trades, context);
    }

    Drawdown drawdown()
    {
        return drawdown;
    }

    DrawdownResult drawdownResult()
    {
        return drawdownResult;
    }

    Ratios ratios()
    {
        return ratios;
    }

    WinLoss winLoss()
    {
        return winLoss.of(columns);
    }

    double[] scratch(final int length)
    {
        if (scratch.length < length)
        {
            scratch = new double[Math.max(length, scratch.length * 2)];
        }
        return scratch;
    }

    /**
     * Per UTC day from the day of {@code minDate} to the day of {@code maxDate}: the sum (pandas' compensated sum,
     * in close order) of {@code profit_ratio - 0.0005} of the trades closing that day; 0 for days without trades.
     * Trades closing outside the range are left out. The count is {@link #dailyCount()}.
     *
     * @return the daily sums (valid up to {@link #dailyCount()}).
     */
    double[] dailyReturns()
    {
        final long firstDay = Math.floorDiv(minDateMs(), DAY_MS);
        final long lastDay = Math.floorDiv(maxDateMs(), DAY_MS);
        dailyCount = (int)Math.max(0L, lastDay - firstDay + 1);
        if (daily.length < dailyCount)
        {
            daily = new double[Math.max(dailyCount, daily.length * 2)];
        }
        Arrays.fill(daily, 0, dailyCount, 0.0);
        final int n = columns.count();
        if (slipped.length < n)
        {
            slipped = new double[Math.max(n, slipped.length * 2)];
        }
        final double[] ratio = columns.profitRatio();
        for (int i = 0; i < n; i++)
        {
            slipped[i] = ratio[i] - SLIPPAGE_PER_TRADE;
        }
        final int[] order = columns.closeOrder();
        final long[] close = columns.closeTimeMs();
        int from = 0;
        while (from < n)
        {
            final long day = Math.floorDiv(close[order[from]], DAY_MS);
            int to = from + 1;
            while (to < n && Math.floorDiv(close[order[to]], DAY_MS) == day)
            {
                to++;
            }
            if (day >= firstDay && day <= lastDay)
            {
                daily[(int)(day - firstDay)] = PyMath.kahanSum(slipped, order, from, to);
            }
            from = to;
        }
        return daily;
    }

    int dailyCount()
    {
        return dailyCount;
    }

    /**
     * {@code max_drawdown_account}: the relative drawdown at the largest absolute drawdown, 0 when there is none.
     *
     * @return the ratio.
     */
    double maxDrawdownAccount()
    {
        return drawdown.compute(columns, startingBalance(), false, drawdownResult) ?
            drawdownResult.relativeAccountDrawdown() : 0.0;
    }
}
