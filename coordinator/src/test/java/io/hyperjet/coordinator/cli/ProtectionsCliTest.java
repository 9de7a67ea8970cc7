package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Protections end to end: a user strategy declaring them, --enable-protections, the protection space, the export. */
class ProtectionsCliTest
{
    private static final String STRATEGY = """
        import java.util.List;
        import java.util.Map;
        import io.hyperjet.common.frame.PairFrame;
        import io.hyperjet.worker.signal.Signals;
        import io.hyperjet.worker.strategy.IntParameter;
        import io.hyperjet.worker.strategy.Strategy;

        public final class CooldownStrategy extends Strategy
        {
            final IntParameter protectionCooldown = new IntParameter(1, 10, 3);

            public CooldownStrategy()
            {
                timeframe = "5m";
                minimalRoi = roi(0, 0.01);
                stoploss = -0.02;
            }

            @Override
            protected List<Map<String, Object>> protections()
            {
                return List.of(protection("CooldownPeriod", "stop_duration_candles", protectionCooldown.value()));
            }

            @Override
            protected void populateEntryTrend(final PairFrame frame, final Signals signals)
            {
                for (int i = 0; i < frame.rows(); i += 3)
                {
                    signals.enterLong()[i] = Signals.ONE;
                }
            }

            @Override
            protected void populateExitTrend(final PairFrame frame, final Signals signals)
            {
            }
        }
        """;

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void setUp() throws IOException
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve("user_data/data/binance").toString(),
            "--pairs", "2", "--days", "5").exitCode);
        Files.createDirectories(dir.resolve("user_data/strategies"));
        Files.writeString(dir.resolve("user_data/strategies/CooldownStrategy.java"), STRATEGY);
        config = writeConfig("config.json", "");
    }

    private Path writeConfig(final String name, final String extra) throws IOException
    {
        final Path file = dir.resolve(name);
        Files.writeString(file, """
            {
              "strategy": "CooldownStrategy",
              "strategy_path": "%s",
              "user_data_dir": "%s",
              "stake_currency": "USDT",
              "stake_amount": 100,
              "max_open_trades": 2,
              "fee": 0.001,
              "exchange": {"name": "binance", "pair_whitelist": [".*/USDT"]}%s
            }
            """.formatted(dir.resolve("user_data/strategies"), dir.resolve("user_data"), extra));
        return file;
    }

    private JsonNode backtest(final String... flags) throws IOException
    {
        final Path export = dir.resolve("out/result.json");
        final List<String> args = new java.util.ArrayList<>(List.of("backtest", "-c", config.toString(),
            "--export-filename", export.toString()));
        args.addAll(List.of(flags));
        final CliRun run = CliRun.run(args.toArray(new String[0]));
        assertEquals(0, run.exitCode, run.err);
        assertEquals(flags.length > 0, run.err.contains("iterative backtester: protections are enabled"), run.err);
        return new ObjectMapper().readTree(export.toFile()).path("strategy").path("CooldownStrategy");
    }

    @Test
    void shouldLockAfterEveryExitWithEnableProtections() throws IOException
    {
        final JsonNode on = backtest("--enable-protections");
        assertTrue(on.path("enable_protections").asBoolean());
        final JsonNode locks = on.path("locks");
        assertEquals(on.path("total_trades").asInt(), locks.size());
        final JsonNode first = locks.get(0);
        assertTrue(first.path("id").isNull());
        assertEquals("Cooldown period for for 3 candles.", first.path("reason").asText());
        assertEquals(first.path("lock_timestamp").asLong() + 4 * 300_000L, first.path("lock_end_timestamp").asLong());
        assertEquals(on.path("trades").get(0).path("close_timestamp").asLong(), first.path("lock_timestamp").asLong());

        final JsonNode off = backtest();
        assertFalse(off.path("enable_protections").asBoolean());
        assertEquals(0, off.path("locks").size());
        assertTrue(off.path("total_trades").asInt() > on.path("total_trades").asInt());
    }

    @Test
    void shouldRefuseProtectionsInTheConfigWithOneLine() throws IOException
    {
        final Path bad = writeConfig("bad.json", ", \"protections\": [{\"method\": \"CooldownPeriod\"}]");
        final CliRun run = CliRun.run("backtest", "-c", bad.toString());
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("config key 'protections' in " + bad + " is refused: Freqtrade 2024.10 " +
            "refuses it"), run.err);
    }

    @Test
    void shouldOptimizeTheProtectionSpaceWithProtectionsOn() throws IOException
    {
        // every epoch's line keeps its tables, so each one's locks can be checked
        final Path all = writeConfig("all.json", ", \"hyperopt_results_trades\": \"all\"");
        final CliRun run = CliRun.run("hyperopt", "-c", all.toString(), "--spaces", "protection", "-e", "6",
            "--random-state", "1", "--in-process");
        assertEquals(0, run.exitCode, run.err);
        final Path fthypt;
        try (Stream<Path> files = Files.list(dir.resolve("user_data/hyperopt_results")))
        {
            fthypt = files.filter(p -> p.toString().endsWith(".fthypt")).findFirst().orElseThrow();
        }
        final ObjectMapper mapper = new ObjectMapper();
        for (final String line : Files.readAllLines(fthypt))
        {
            final JsonNode epoch = mapper.readTree(line);
            final int cooldown = epoch.path("params_details").path("protection").path("protection_cooldown").asInt();
            assertEquals(cooldown, epoch.path("params_dict").path("protection_cooldown").asInt());
            final JsonNode metrics = epoch.path("results_metrics");
            assertTrue(metrics.path("enable_protections").asBoolean());
            assertEquals("Cooldown period for for " + cooldown + (cooldown == 1 ? " candle." : " candles."),
                metrics.path("locks").get(0).path("reason").asText());
        }
        final JsonNode params = mapper.readTree(dir.resolve("user_data/strategies/CooldownStrategy.json").toFile());
        assertTrue(params.path("params").path("protection").path("protection_cooldown").isInt(), params.toString());
    }
}
