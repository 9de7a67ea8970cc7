package io.hyperjet.coordinator.hyperopt;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.coordinator.cli.Main;
import io.hyperjet.shm.channel.CompactedJournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * hyperopt_results_trades end to end through the CLI (in process): best (default) stores the trades of new-best
 * epochs only, all stores every epoch's, none no epoch's; the epochs are the same in every mode; hyperopt-show
 * re-runs an epoch stored without trades and shows the tables the all run stored; a finished run's journal is
 * compacted; hyperopt_lag is a recorded run setting.
 */
class ResultsTradesTest
{
    private static final int EPOCHS = 40;

    @TempDir
    Path dir;

    private static HyperoptFixture fixture(final Path dir, final String extraKeys) throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 20);
        if (!extraKeys.isEmpty())
        {
            Files.writeString(fx.config, Files.readString(fx.config).replace("\"fee\"", extraKeys + ", \"fee\""));
        }
        return fx;
    }

    private static Cli cli(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    private record Cli(int code, String out, String err)
    {
    }

    private static Cli hyperopt(final HyperoptFixture fx)
    {
        return hyperopt(fx, EPOCHS);
    }

    private static Cli hyperopt(final HyperoptFixture fx, final int epochs, final String... more)
    {
        final List<String> args = new java.util.ArrayList<>(List.of("hyperopt", "-c", fx.config.toString(), "-e",
            Integer.toString(epochs), "--in-process", "--spaces", "buy", "sell", "roi", "stoploss",
            "--random-state", "3", "--disable-param-export"));
        args.addAll(List.of(more));
        final Cli run = cli(args.toArray(new String[0]));
        assertEquals(0, run.code(), run.out() + run.err());
        return run;
    }

    private static List<JsonNode> epochs(final HyperoptFixture fx) throws Exception
    {
        final List<JsonNode> epochs = new java.util.ArrayList<>();
        for (final String line : Files.readAllLines(fx.fthyptFiles().get(0), StandardCharsets.UTF_8))
        {
            epochs.add(EpochCommitter.MAPPER.readTree(line));
        }
        return epochs;
    }

    @Test
    void shouldStoreTradesOfNewBestEpochsOnlyAndOtherwiseTheSameEpochsAsAll() throws Exception
    {
        final HyperoptFixture best = fixture(dir.resolve("best"), "");
        final HyperoptFixture all = fixture(dir.resolve("all"), "\"hyperopt_results_trades\": \"all\"");
        final HyperoptFixture none = fixture(dir.resolve("none"), "\"hyperopt_results_trades\": \"none\"");
        hyperopt(best);
        hyperopt(all);
        hyperopt(none);
        final List<JsonNode> a = epochs(best);
        final List<JsonNode> b = epochs(all);
        final List<JsonNode> c = epochs(none);
        assertEquals(EPOCHS, a.size());
        assertEquals(EPOCHS, b.size());
        assertEquals(EPOCHS, c.size());
        int bests = 0;
        int traded = 0;
        for (int i = 0; i < EPOCHS; i++)
        {
            final JsonNode x = a.get(i);
            final JsonNode y = b.get(i);
            for (final String key : List.of("loss", "params_dict", "params_details", "current_epoch", "is_best",
                "is_random", "results_explanation", "total_profit"))
            {
                assertEquals(y.get(key), x.get(key), key + " of epoch " + (i + 1));
                assertEquals(y.get(key), c.get(i).get(key), key + " of epoch " + (i + 1) + " (none)");
            }
            final boolean isBest = x.get("is_best").asBoolean();
            bests += isBest ? 1 : 0;
            traded += y.path("results_metrics").path("total_trades").asInt() > 0 ? 1 : 0;
            assertTrue(y.path("results_metrics").has("strategy_name"), "all: every epoch has its tables");
            assertFalse(c.get(i).path("results_metrics").has("strategy_name"), "none: no epoch has its tables");
            assertEquals(isBest, x.path("results_metrics").has("strategy_name"), "best: epoch " + (i + 1));
            if (isBest)
            {
                assertEquals(y.get("results_metrics").toString().replaceAll("\"backtest_run_(start|end)_ts\":\\d+", ""),
                    x.get("results_metrics").toString().replaceAll("\"backtest_run_(start|end)_ts\":\\d+", ""));
            }
            else
            {
                for (final Map.Entry<String, JsonNode> e : x.get("results_metrics").properties())
                {
                    assertEquals(y.get("results_metrics").get(e.getKey()), e.getValue(),
                        e.getKey() + " of epoch " + (i + 1));
                }
            }
        }
        assertTrue(bests >= 2 && bests < EPOCHS, "bests: " + bests);
        assertTrue(traded > EPOCHS / 2, "epochs with trades: " + traded);
        assertTrue(Files.size(best.fthyptFiles().get(0)) * 2 < Files.size(all.fthyptFiles().get(0)));

        // hyperopt-list reads both layouts alike
        final Cli listBest = cli("hyperopt-list", "--userdir", best.dir.resolve("user_data").toString());
        final Cli listAll = cli("hyperopt-list", "--userdir", all.dir.resolve("user_data").toString());
        assertEquals(0, listBest.code(), listBest.err());
        assertEquals(listAll.out().replaceAll("listed from .*", ""), listBest.out().replaceAll("listed from .*", ""));
    }

    @Test
    void shouldShowAnEpochStoredWithoutTradesAsTheAllRunStoredIt() throws Exception
    {
        final HyperoptFixture best = fixture(dir.resolve("best"), "");
        final HyperoptFixture all = fixture(dir.resolve("all"), "\"hyperopt_results_trades\": \"all\"");
        hyperopt(best);
        hyperopt(all);
        final List<JsonNode> epochs = epochs(best);
        int shown = 0;
        for (int i = 0; i < EPOCHS && shown < 3; i++)
        {
            final JsonNode e = epochs.get(i);
            if (e.get("is_best").asBoolean() || e.path("results_metrics").path("total_trades").asInt() == 0)
            {
                continue;
            }
            shown++;
            for (final List<String> extra : List.of(List.<String>of(), List.of("--breakdown", "day", "month"),
                List.of("--print-json")))
            {
                final Cli fromBest = show(best, i + 1, extra);
                final Cli fromAll = show(all, i + 1, extra);
                assertEquals(0, fromBest.code(), fromBest.err());
                assertEquals(fromAll.out(), fromBest.out(), "epoch " + (i + 1) + " " + extra);
                assertTrue(extra.contains("--print-json") || fromBest.out().contains("BACKTESTING REPORT"),
                    fromBest.out());
            }
        }
        assertTrue(shown > 0, "no epoch without trades to show");

        // the data changed since the run: one line, no tables
        final int epoch = firstCompact(epochs);
        final Path datadir = best.dir.resolve("user_data/data/binance");
        final String pair = SyntheticCandles.pairName(0, "USDT");
        CandleFiles.write(PairFiles.path(datadir, pair, "5m", DataFormat.FEATHER), DataFormat.FEATHER,
            SyntheticCandles.generate(pair, 99, 7, HyperoptFixture.START_MS, "5m", 20 * 288));
        final Cli changed = show(best, epoch, List.of());
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("epoch " + epoch + " was stored without its trades") &&
            changed.err().contains("changed since the run"), changed.err());
        assertEquals(1, changed.err().lines().filter(l -> l.startsWith("hyperjet: ")).count(), changed.err());

        // the run's settings are gone
        for (final Path p : HyperoptFixtureFiles.list(best.resultsDir().resolve("journal")))
        {
            Files.deleteIfExists(p.resolve("run-spec.json"));
        }
        final Cli gone = show(best, epoch, List.of());
        assertEquals(2, gone.code());
        assertTrue(gone.err().contains("are gone"), gone.err());
    }

    @Test
    void shouldExportACompactEpochsParamsWithPrintJsonWithoutRunningItAgain() throws Exception
    {
        final HyperoptFixture fx = fixture(dir, "");
        hyperopt(fx);
        final List<JsonNode> epochs = epochs(fx);
        final int epoch = firstCompact(epochs);
        // without the run's data spec a rerun fails: the strategy's name must come from the stored config
        for (final Path p : HyperoptFixtureFiles.list(fx.resultsDir().resolve("journal")))
        {
            Files.deleteIfExists(p.resolve("run-spec.json"));
        }
        final Cli shown = show(fx, epoch, List.of("--print-json"));
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.err().contains("Parameters of epoch " + epoch + " written to "), shown.err());
        final JsonNode params = EpochCommitter.MAPPER.readTree(fx.dir.resolve("user_data/strategies/" +
            "SampleStrategy.json").toFile()).path("params");
        assertEquals(epochs.get(epoch - 1).path("params_details").path("buy"), params.path("buy"));
        assertEquals(epochs.get(epoch - 1).path("params_details").path("roi"), params.path("roi"));
    }

    private static int firstCompact(final List<JsonNode> epochs)
    {
        for (final JsonNode e : epochs)
        {
            if (!e.get("is_best").asBoolean() && e.path("results_metrics").path("total_trades").asInt() > 0)
            {
                return e.get("current_epoch").asInt();
            }
        }
        throw new AssertionError("no compact epoch");
    }

    private static Cli show(final HyperoptFixture fx, final int epoch, final List<String> extra)
    {
        final List<String> args = new java.util.ArrayList<>(List.of("hyperopt-show", "--userdir",
            fx.dir.resolve("user_data").toString(), "-n", Integer.toString(epoch)));
        args.addAll(extra);
        return cli(args.toArray(new String[0]));
    }

    @Test
    void shouldCompactTheJournalOfAFinishedRunAndStillResumeIt() throws Exception
    {
        final HyperoptFixture fx = fixture(dir, "");
        hyperopt(fx);
        final Path journal = HyperoptFixtureFiles.list(fx.resultsDir().resolve("journal")).get(0);
        assertTrue(Files.isRegularFile(journal.resolve(CompactedJournal.FILE_NAME)));
        assertEquals(List.of(), JournalFiles.queueFiles(journal), "the queue files are removed");
        final byte[] before = Files.readAllBytes(fx.fthyptFiles().get(0));
        final JsonNode run = EpochCommitter.MAPPER.readTree(journal.resolve("run.json").toFile());
        assertEquals(16, run.get("lag").asInt());
        assertEquals("best", run.get("results_trades").asText());

        final Cli resumed = cli("hyperopt", "-c", fx.config.toString(), "--in-process", "--resume");
        assertEquals(0, resumed.code(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("Resumed: " + EPOCHS + " epochs"), resumed.out());
        assertTrue(run.get("disable_param_export").asBoolean(), run.toString());
        assertFalse(resumed.out().contains("Best parameters written"), "the run was started with " +
            "--disable-param-export and its resume keeps it: " + resumed.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(fx.fthyptFiles().get(0))),
            "a resumed finished run leaves its results as they were");
        assertEquals(List.of(), JournalFiles.queueFiles(journal));
    }

    @Test
    void shouldRecordTheLagAndGiveOtherEpochsWithAnotherLag() throws Exception
    {
        final HyperoptFixture lag4 = fixture(dir.resolve("lag4"), "\"hyperopt_lag\": 4");
        final HyperoptFixture lag16 = fixture(dir.resolve("lag16"), "");
        hyperopt(lag4, 70);
        hyperopt(lag16, 70);
        final Path journal = HyperoptFixtureFiles.list(lag4.resultsDir().resolve("journal")).get(0);
        assertEquals(4, EpochCommitter.MAPPER.readTree(journal.resolve("run.json").toFile()).get("lag").asInt());
        assertNotEquals(HyperoptFixture.comparableLines(lag16.fthyptFiles().get(0)),
            HyperoptFixture.comparableLines(lag4.fthyptFiles().get(0)), "the lag is part of what the epochs depend on");

        // cut the lag-4 run back to 40 epochs (journal and file) and resume it: the lag recorded with the run is
        // used again, also when the stored config no longer names it
        final com.fasterxml.jackson.databind.node.ObjectNode runJson = (com.fasterxml.jackson.databind.node.ObjectNode)
            EpochCommitter.MAPPER.readTree(journal.resolve("run.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode)runJson.get("config")).remove("hyperopt_lag");
        Files.writeString(journal.resolve("run.json"), runJson.toString());
        final List<String> whole = HyperoptFixture.comparableLines(lag4.fthyptFiles().get(0));
        final Path compacted = journal.resolve(CompactedJournal.FILE_NAME);
        CompactedJournal.write(compacted, CompactedJournal.read(compacted).subList(0, 40));
        final FthyptLines lines = FthyptLines.scan(lag4.fthyptFiles().get(0));
        long keep = 0;
        for (final FthyptLines.Line line : lines.lines())
        {
            keep = line.epoch() <= 40 ? line.end() : keep;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lag4.fthyptFiles().get(0),
            java.nio.file.StandardOpenOption.WRITE))
        {
            ch.truncate(keep);
        }
        final Cli resumed = cli("hyperopt", "-c", lag4.config.toString(), "--in-process", "--resume");
        assertEquals(0, resumed.code(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("Resumed: 40 epochs"), resumed.out());
        assertEquals(whole, HyperoptFixture.comparableLines(lag4.fthyptFiles().get(0)));

        final Cli bad = cli("hyperopt", "-c", writeBadLag(lag4), "--in-process", "-e", "5");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("hyperopt_lag"), bad.err());
    }

    private String writeBadLag(final HyperoptFixture fx) throws Exception
    {
        final Path config = dir.resolve("bad-lag.json");
        Files.writeString(config, Files.readString(fx.config).replace("\"hyperopt_lag\": 4", "\"hyperopt_lag\": 0"));
        return config.toString();
    }
}
