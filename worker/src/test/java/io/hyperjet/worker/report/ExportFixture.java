package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.MetricsContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Freqtrade export in the shared data: its stats object, its trades and a context built from it.
 */
final class ExportFixture
{
    final JsonNode stats;
    final List<Trade> trades;
    final MetricsContext context;

    private ExportFixture(final JsonNode stats)
    {
        this.stats = stats;
        this.trades = TradeJson.readAll(stats.get("trades"));
        final List<String> pairs = new ArrayList<>();
        stats.get("pairlist").forEach(p -> pairs.add(p.asText()));
        this.context = new MetricsContext()
            .startingBalance(stats.get("starting_balance").asDouble())
            .minDateMs(stats.get("backtest_start_ts").asLong())
            .maxDateMs(stats.get("backtest_end_ts").asLong())
            .pairlist(pairs)
            .stakeCurrency(stats.get("stake_currency").asText())
            .timeframe(stats.get("timeframe").asText())
            .marketChange(stats.get("market_change").asDouble());
    }

    static Path formatsDir()
    {
        return Path.of(System.getProperty("hyperjet.sharedData", "../shared/data/freqtrade"), "formats");
    }

    static ExportFixture load()
    {
        final Path file = formatsDir().resolve("backtest-result.json");
        assumeTrue(Files.isRegularFile(file), "shared data absent at " + file);
        try
        {
            final JsonNode root = JsonSupport.mapper().readTree(file.toFile());
            return new ExportFixture(root.get("strategy").get("StrategyTestV3"));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }
}
