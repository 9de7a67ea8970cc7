package io.hyperjet.worker.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.EpochEngine;
import io.hyperjet.worker.epoch.EpochParams;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.loss.LossFunctions;
import io.hyperjet.worker.report.PythonJson;
import io.hyperjet.worker.report.SummaryFigures;
import io.hyperjet.worker.strategy.SampleStrategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact epoch record: a worker sends the summary figures always and the full results_metrics only when the
 * task asks; the figures are the same whichever way they were computed, and the compact results_metrics holds the
 * same values as the full one.
 */
class EpochRecordTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONFIG = """
        {"stake_currency": "USDT", "stake_amount": 100, "dry_run_wallet": 1000, "max_open_trades": 3, "fee": 0.001,
         "exchange": {"name": "binance", "pair_whitelist": [".*/USDT"]}}""";

    private static EpochEngine engine()
    {
        final SampleStrategy strategy = new SampleStrategy();
        final HyperjetConfig config = ConfigLoader.fromJson(CONFIG, "test");
        final TradingRules rules = TradingRules.resolve(config, strategy);
        final List<PairFrame> frames = new ArrayList<>();
        final List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            final PairFrame candles = Frames.candles(i, 4_000);
            frames.add(strategy.runIndicators(candles).appendTo(candles));
            pairs.add(candles.pair());
        }
        return new EpochEngine(rules, strategy, EngineData.of(frames), pairs,
            LossFunctions.create("SharpeHyperOptLoss", strategy.getClass().getClassLoader()), 1,
            WorkerCaches.of(false, false, 0));
    }

    private static String task(final int buyRsi, final int sellRsi, final double roi, final double stoploss)
    {
        return "{\"params_details\": {\"buy\": {\"buy_rsi\": " + buyRsi + ", \"exit_short_rsi\": 30}, \"sell\": " +
            "{\"sell_rsi\": " + sellRsi + ", \"short_rsi\": 70}, \"roi\": {\"0\": " + roi + "}, \"stoploss\": " +
            "{\"stoploss\": " + stoploss + "}}}";
    }

    @Test
    void shouldSendTheSameFiguresWithAndWithoutTheFullResults() throws Exception
    {
        try (EpochEngine compact = engine(); EpochEngine full = engine(); EpochEngine reference = engine())
        {
            int withTrades = 0;
            for (int k = 0; k < 12; k++)
            {
                final String params = task(10 + 4 * k, 60 + 3 * k, 0.01 + 0.01 * (k % 5), -0.02 - 0.02 * (k % 4));
                final EpochResult small = compact.evaluate(new EpochTask(k + 1, new double[0], params,
                    Double.NEGATIVE_INFINITY), 1);
                final EpochResult big = full.evaluate(new EpochTask(k + 1, new double[0], params,
                    Double.POSITIVE_INFINITY), 1);
                final EpochEngine.Outcome outcome = reference.run(
                    EpochParams.of(MAPPER.readTree(params).path("params_details")));
                assertNull(small.metricsJson(), "no full results unless asked");
                assertNotNull(big.metricsJson());
                assertEquals(outcome.loss(), small.loss());
                assertEquals(outcome.loss(), big.loss());
                assertEquals(SummaryFigures.of(outcome.stats()), small.figures(), "epoch " + k);
                assertEquals(small.figures(), big.figures(), "epoch " + k);
                final JsonNode fullMetrics = MAPPER.readTree(big.metricsJson());
                final ObjectNode compactMetrics = SummaryFigures.metrics(small.figures(), "USDT");
                final JsonNode reread = MAPPER.readTree(PythonJson.compact(compactMetrics));
                for (final Map.Entry<String, JsonNode> e : reread.properties())
                {
                    assertEquals(fullMetrics.get(e.getKey()), e.getValue(), "key " + e.getKey() + ", epoch " + k);
                }
                withTrades += small.tradeCount() > 0 ? 1 : 0;
            }
            assertTrue(withTrades >= 6, "the cases must trade: " + withTrades);
        }
    }
}
