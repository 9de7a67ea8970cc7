package io.hyperjet.bench.backtest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hyperjet.bench.array.SampleStrategySignalBenchmark;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.backtest.VectorizedBacktester;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.SampleStrategy;

/**
 * The per-epoch kernel of a SampleStrategy hyperopt, timed by the thread's CPU time: the signal phase (entry and exit
 * on every pair, new {@code buy_rsi}/{@code sell_rsi} each epoch) and the vectorized backtest, over 10 pairs × 1 year
 * of 5m candles (the random walks of {@link SampleStrategySignalBenchmark}; indicators computed once, as in hyperopt).
 * Settings as the issue-12 runs: stake 100 of a 1000 wallet, max_open_trades 3, fee 0.001, the strategy's ROI and
 * stoploss. Rounds alternate {@code can_short} false (the template; short signals skipped) and true (short signals
 * computed as well, which is what every epoch did before they were skipped); the backtest is long-only both ways.
 * <p>
 * Usage: {@code java -cp bench/target/benchmarks.jar io.hyperjet.bench.backtest.EpochCpuTime [secondsPerRound]}.
 */
public final class EpochCpuTime
{
    private static final int PAIRS = 10;
    private static final int ROUNDS = 3;

    private final List<BacktestPair> pairs = new ArrayList<>();
    private final SampleStrategy strategy = new SampleStrategy();
    private final VectorizedBacktester backtester = new VectorizedBacktester();
    private final BacktestSettings settings;
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private int epoch;
    private long signalNs;
    private long backtestNs;
    private long trades;

    private EpochCpuTime()
    {
        for (int p = 0; p < PAIRS; p++)
        {
            final PairFrame candles = SampleStrategySignalBenchmark.randomWalk("PAIR" + p + "/USDT", p);
            final PairFrame frame = strategy.runIndicators(candles).appendTo(candles);
            pairs.add(new BacktestPair(frame.pair(), frame, new Signals(frame.rows())));
        }
        settings = new BacktestSettings().timeframeSeconds(300).fee(0.001).stakeAmount(100).dryRunWallet(1000)
            .maxOpenTrades(3).stoploss(-0.10).minimalRoi(Map.of(0, 0.04, 30, 0.02, 60, 0.01)).useExitSignal(true)
            .startupCandleCount(200).conclude();
    }

    public static void main(final String[] args)
    {
        final long roundNs = (args.length > 0 ? Long.parseLong(args[0]) : 5) * 1_000_000_000L;
        final EpochCpuTime bench = new EpochCpuTime();
        for (int round = 0; round < ROUNDS; round++)
        {
            for (final boolean canShort : new boolean[]{false, true})
            {
                bench.strategy.canShort(canShort);
                final int epochs = bench.measure(roundNs);
                System.out.printf("round %d can_short %-5s: signals %.2f ms CPU/epoch, backtest %.2f ms CPU/epoch " +
                    "(%.1f M candle-pairs/s/core), %.0f trades/epoch%n", round, canShort,
                    bench.signalNs / 1e6 / epochs, bench.backtestNs / 1e6 / epochs,
                    (double)PAIRS * SampleStrategySignalBenchmark.ROWS / (bench.backtestNs / 1e3 / epochs),
                    (double)bench.trades / epochs);
            }
        }
    }

    private int measure(final long roundNs)
    {
        signalNs = 0;
        backtestNs = 0;
        trades = 0;
        int epochs = 0;
        while (signalNs + backtestNs < roundNs)
        {
            epoch++;
            strategy.parameters().byName("buy_rsi").set(10 + epoch % 31);
            strategy.parameters().byName("sell_rsi").set(60 + epoch % 31);
            final long start = mx.getCurrentThreadCpuTime();
            for (final BacktestPair pair : pairs)
            {
                strategy.runSignals(pair.frame(), pair.signals());
            }
            final long mid = mx.getCurrentThreadCpuTime();
            trades += backtester.run(settings, pairs, null).trades().size();
            final long end = mx.getCurrentThreadCpuTime();
            signalNs += mid - start;
            backtestNs += end - mid;
            epochs++;
        }
        return epochs;
    }
}
