package io.hyperjet.worker.epoch;

import java.util.List;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestResult;
import io.hyperjet.worker.loss.HyperoptLoss;
import io.hyperjet.worker.loss.LossInput;
import io.hyperjet.worker.loss.LossRules;
import io.hyperjet.worker.metrics.MetricsContext;

/**
 * How hyperopt scores a backtest result: the metrics context of a hyperopt epoch (the pairs with data as pair list,
 * market change over the trimmed range, no periodic breakdown), the {@link LossInput} built from it with the run's
 * config, the min-trades rule and the loss. The epoch engine and {@code backtest --hyperopt-loss} both score
 * through this class, so a backtest prints exactly the loss its parameters would get as a hyperopt epoch.
 * <p>
 * Not threadsafe; one per thread. The backtest range is taken from the first result: it is the same for every
 * epoch of a run.
 */
public final class HyperoptScoring
{
    private final MetricsContext context = new MetricsContext();
    private final TradingRules rules;
    private final HyperoptLoss loss;
    private final LossRules lossRules;
    private LossInput input;

    /**
     * @param rules     the run's trading rules (balance, stake currency, timeframe and the config a loss sees).
     * @param pairlist  the pairs with data, reported as the pair list.
     * @param loss      the loss, from {@link io.hyperjet.worker.loss.LossFunctions#create}.
     * @param minTrades {@code hyperopt_min_trades}.
     */
    public HyperoptScoring(
        final TradingRules rules, final List<String> pairlist, final HyperoptLoss loss, final int minTrades)
    {
        this.rules = rules;
        this.loss = loss;
        this.lossRules = new LossRules(minTrades);
        context
            .startingBalance(rules.config().trading().dryRunWallet())
            .pairlist(pairlist)
            .stakeCurrency(rules.config().trading().stakeCurrency())
            .timeframe(rules.timeframe())
            .periodicBreakdown(false);
    }

    /**
     * Load a result for scoring.
     *
     * @param result the backtest result.
     * @param pairs  the pairs it was run on, in the result's order (for the trimmed market change).
     * @return the loss input holding the result, valid until the next call.
     */
    public LossInput load(final BacktestResult result, final List<BacktestPair> pairs)
    {
        if (null == input)
        {
            context.minDateMs(result.minDateMs()).maxDateMs(result.maxDateMs())
                .marketChange(marketChange(result, pairs));
            input = new LossInput(context, rules.config().raw());
        }
        context.rejectedSignals(result.rejectedSignals()).locks(result.locks());
        return input.reset(result.trades());
    }

    /**
     * The loss of the loaded result: {@link LossRules#MAX_LOSS} below the minimum trade count, else the loss.
     *
     * @return the loss.
     */
    public double loss()
    {
        return lossRules.evaluate(loss, input);
    }

    /**
     * The loss of a result, as a hyperopt epoch would score it.
     *
     * @param result the backtest result.
     * @param pairs  the pairs it was run on.
     * @return the loss.
     */
    public double score(final BacktestResult result, final List<BacktestPair> pairs)
    {
        load(result, pairs);
        return loss();
    }

    public int minTrades()
    {
        return lossRules.minTrades();
    }

    /*
     * Hyperopt reports the market change over the trimmed range (backtest-semantics.md 7.1): the mean over pairs of
     * (last close - first close) / first close, skipping NaN closes.
     */
    private static double marketChange(final BacktestResult result, final List<BacktestPair> pairs)
    {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < pairs.size(); i++)
        {
            if (!result.hasData(i))
            {
                continue;
            }
            final DoubleColumn close = pairs.get(i).frame().close();
            double first = Double.NaN;
            double last = Double.NaN;
            for (int row = result.trimStartRow(i); row < result.trimEndRow(i); row++)
            {
                final double c = close.get(row);
                if (!Double.isNaN(c))
                {
                    if (Double.isNaN(first))
                    {
                        first = c;
                    }
                    last = c;
                }
            }
            if (!Double.isNaN(first))
            {
                sum += (last - first) / first;
                count++;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }
}
