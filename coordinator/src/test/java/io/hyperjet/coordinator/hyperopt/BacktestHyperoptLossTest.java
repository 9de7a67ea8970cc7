package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.backtest.BacktestRun;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code backtest --hyperopt-loss} prints the loss a hyperopt epoch with the same parameters gets. The strategy's
 * only hyperopt parameter has a one-value range, so a 1-epoch hyperopt over the buy space runs exactly the
 * backtest's parameters; the .fthypt "loss" of that epoch must equal the printed value to the last digit.
 */
class BacktestHyperoptLossTest
{
    private static final String STRATEGY = """
        import io.hyperjet.common.frame.PairFrame;
        import io.hyperjet.worker.loss.HyperoptLoss;
        import io.hyperjet.worker.loss.LossInput;
        import io.hyperjet.worker.signal.Signals;
        import io.hyperjet.worker.strategy.IntParameter;
        import io.hyperjet.worker.strategy.Strategy;

        public class Pinned extends Strategy
        {
            final IntParameter every = new IntParameter(37, 37, 37, "buy");

            public Pinned()
            {
                stoploss = -0.03;
                startupCandleCount = 50;
            }

            @Override
            protected void populateEntryTrend(final PairFrame frame, final Signals signals)
            {
                for (int i = 0; i < frame.rows(); i += every.value())
                {
                    signals.enterLong()[i] = Signals.ONE;
                }
            }

            @Override
            protected void populateExitTrend(final PairFrame frame, final Signals signals)
            {
                for (int i = 19; i < frame.rows(); i += every.value())
                {
                    signals.exitLong()[i] = Signals.ONE;
                }
            }

            /** Depends on every input a loss gets: trades, stats, range, market change and the config. */
            public static class InputsLoss implements HyperoptLoss
            {
                @Override
                public double loss(final LossInput in)
                {
                    return in.stats().profitTotal * 1e6 + in.context().marketChange() * 1e3 + in.stats().sharpe +
                        (in.maxDateMs() - in.minDateMs()) / 86_400_000.0 + in.config().path("stake_amount").asDouble() +
                        in.tradeCount();
                }
            }
        }
        """;

    @TempDir
    Path dir;

    private HyperoptFixture fx;

    @BeforeEach
    void setUp() throws IOException
    {
        fx = new HyperoptFixture(dir, 2, 6);
        Files.writeString(Files.createDirectories(dir.resolve("user_data/strategies")).resolve("Pinned.java"),
            STRATEGY);
    }

    @Test
    void shouldPrintTheLossOfTheSameHyperoptEpoch() throws IOException
    {
        for (final String loss : List.of("ShortTradeDurHyperOptLoss", "SharpeHyperOptLossDaily",
            "MultiMetricHyperOptLoss", "Pinned$InputsLoss"))
        {
            final double printed = backtestLoss(loss);
            assertEquals(printed, hyperoptLoss(loss), loss);
        }
    }

    @Test
    void shouldApplyTheMinTradesRuleLikeHyperopt() throws IOException
    {
        Files.writeString(fx.config,
            Files.readString(fx.config).replace("\"fee\"", "\"hyperopt_min_trades\": 100000, \"fee\""));
        assertEquals(100_000.0, backtestLoss("SharpeHyperOptLoss"));
        assertEquals(100_000.0, hyperoptLoss("SharpeHyperOptLoss"));
    }

    private double backtestLoss(final String loss)
    {
        final StringWriter out = new StringWriter();
        new BacktestRun(new BacktestRun.Options(RunConfigOptions.of(List.of(fx.config)).withStrategy("Pinned"), null, true, loss,
            List.of()),
            new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).run();
        final String prefix = "Hyperopt loss " + loss + ": ";
        final String line = out.toString().lines().filter(l -> l.startsWith(prefix)).findFirst()
            .orElseThrow(() -> new AssertionError("no loss line in\n" + out));
        assertTrue(out.toString().indexOf(prefix) > out.toString().indexOf("Backtested "), "after the tables");
        return Double.parseDouble(line.substring(prefix.length()).split(" ")[0]);
    }

    private double hyperoptLoss(final String loss) throws IOException
    {
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)).withStrategy("Pinned"), 1, 1,
            List.of("buy"), loss, "random", 3L, null, 0, null, false, false, true, true, false, null);
        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(options, out), out.toString());
        final Path fthypt = fx.fthyptFiles().get(0);
        final String line = Files.readAllLines(fthypt, StandardCharsets.UTF_8).get(0);
        Files.delete(fthypt);
        return EpochCommitter.MAPPER.readTree(line).get("loss").asDouble();
    }
}
