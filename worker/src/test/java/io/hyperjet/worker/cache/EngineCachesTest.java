package io.hyperjet.worker.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

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
import io.hyperjet.worker.strategy.SampleStrategy;
import io.hyperjet.worker.strategy.Strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineCachesTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONFIG = """
        {"stake_currency": "USDT", "stake_amount": 100, "dry_run_wallet": 1000, "max_open_trades": 3, "fee": 0.001,
         "exchange": {"name": "binance", "pair_whitelist": [".*/USDT"]}}""";

    private static EpochEngine engine(final Strategy strategy, final WorkerCaches caches)
    {
        final HyperjetConfig config = ConfigLoader.fromJson(CONFIG, "test");
        final TradingRules rules = TradingRules.resolve(config, strategy);
        final List<PairFrame> frames = new ArrayList<>();
        final List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 2; i++)
        {
            final PairFrame candles = Frames.candles(i, 3_000);
            frames.add(strategy.runIndicators(candles).appendTo(candles));
            pairs.add(candles.pair());
        }
        return new EpochEngine(rules, strategy, EngineData.of(frames), pairs,
            LossFunctions.create(LossFunctions.DEFAULT_NAME, strategy.getClass().getClassLoader()), 1, caches);
    }

    private static String details(final int buyRsi, final int sellRsi, final String roi, final double stoploss)
    {
        return "{\"buy\": {\"buy_rsi\": " + buyRsi + ", \"exit_short_rsi\": 30}, \"sell\": {\"sell_rsi\": " +
            sellRsi + ", \"short_rsi\": 70}, \"roi\": " + roi + ", \"stoploss\": {\"stoploss\": " + stoploss + "}}";
    }

    private static EpochParams params(final String details) throws Exception
    {
        return EpochParams.of(MAPPER.readTree(details));
    }

    @Test
    void shouldTakeSignalsFromTheCacheWhenOnlyRoiAndStoplossChange() throws Exception
    {
        final EpochEngine cached = engine(new SampleStrategy(), WorkerCaches.of(false, true, 64L << 20));
        final EpochEngine plain = engine(new SampleStrategy(), WorkerCaches.none());
        final String first = details(35, 65, "{\"0\": 0.05, \"40\": 0.01}", -0.10);
        final String second = details(35, 65, "{\"0\": 0.02, \"20\": 0.005}", -0.03);
        cached.run(params(first));
        final EpochEngine.Outcome outcome = cached.run(params(second));
        final CacheStats stats = cached.caches().signalStats();
        // SampleStrategy is cached per phase: two lookups per pair and epoch, 2 pairs
        assertEquals(4, stats.hits());
        assertEquals(4, stats.misses());
        final EpochEngine.Outcome expected = plain.run(params(second));
        assertEquals(expected.loss(), outcome.loss());
        assertEquals(expected.stats().totalTrades, outcome.stats().totalTrades);
        assertEquals(expected.stats().profitTotal, outcome.stats().profitTotal);
        assertTrue(outcome.stats().totalTrades > 0, "no trades: the comparison would prove nothing");
    }

    @Test
    void shouldGiveTheSameOutcomesWithPhaseWiseCachingOverRandomEpochs() throws Exception
    {
        final EpochEngine cached = engine(new SampleStrategy(), WorkerCaches.of(false, true, 64L << 20));
        final EpochEngine plain = engine(new SampleStrategy(), WorkerCaches.none());
        final SplittableRandom random = new SplittableRandom(11);
        for (int epoch = 0; epoch < 16; epoch++)
        {
            final String details = details(28 + random.nextInt(4), 66 + random.nextInt(4), "{\"0\": 0.04}", -0.1);
            final EpochEngine.Outcome a = cached.run(params(details));
            final EpochEngine.Outcome b = plain.run(params(details));
            assertEquals(b.loss(), a.loss(), details);
            assertEquals(b.stats().totalTrades, a.stats().totalTrades, details);
            assertEquals(b.stats().profitTotal, a.stats().profitTotal, details);
        }
        assertTrue(cached.caches().signalStats().hits() > 32, "hits " + cached.caches().signalStats().hits());
    }

    @Test
    void shouldGiveTheSameOutcomesWithAndWithoutCachesWhenSignalsAreReused() throws Exception
    {
        final EpochEngine cached = engine(new ConditionalStrategy(), WorkerCaches.of(true, true, 64L << 20));
        final EpochEngine plain = engine(new ConditionalStrategy(), WorkerCaches.none());
        final String[] epochs = {
            "{\"buy\": {\"use_filter\": false, \"level\": 3}, \"sell\": {\"sell_level\": 4}}",
            "{\"buy\": {\"use_filter\": true, \"level\": 3}, \"sell\": {\"sell_level\": 4}}",
            "{\"buy\": {\"use_filter\": true, \"level\": 9}, \"sell\": {\"sell_level\": 4}}",
            "{\"buy\": {\"use_filter\": false, \"level\": 9}, \"sell\": {\"sell_level\": 4}}",
            "{\"buy\": {\"use_filter\": true, \"level\": 3}, \"sell\": {\"sell_level\": 4}}",
        };
        for (final String epoch : epochs)
        {
            final EpochEngine.Outcome a = cached.run(params(epoch));
            final EpochEngine.Outcome b = plain.run(params(epoch));
            assertEquals(b.loss(), a.loss(), epoch);
            assertEquals(b.stats().profitTotal, a.stats().profitTotal, epoch);
        }
        assertEquals(2, cached.caches().signalStats().hits());
        assertTrue(cached.caches().indicatorStats().hits() > 0);
    }

    @Test
    void shouldReportCumulativeCacheStatisticsInTheExtras() throws Exception
    {
        final EpochEngine cached = engine(new SampleStrategy(), WorkerCaches.of(true, true, 64L << 20));
        final String task = "{\"params_details\": " + details(30, 70, "{\"0\": 0.04}", -0.1) + "}";
        cached.evaluate(new EpochTask(1, new double[0], task), 1);
        final EpochResult result = cached.evaluate(new EpochTask(2, new double[0], task), 1);
        final CacheStats signal = CacheStats.of(MAPPER.readTree(result.extrasJson()).path("caches").path("signal"));
        assertEquals(4, signal.hits(), "per phase: two lookups per pair and epoch");
        assertEquals(4, signal.misses());
        assertTrue(MAPPER.readTree(result.extrasJson()).path("caches").path("indicator").path("enabled").asBoolean());
    }
}
