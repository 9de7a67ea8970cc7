package io.hyperjet.coordinator.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.coordinator.cli.Main;
import io.hyperjet.worker.report.JsonSupport;

/**
 * The three plot commands end to end from the CLI (generated candles, a hyperopt, a backtest), each page opened in
 * headless chromium from disk: no script error, console error or Content-Security-Policy violation (the pages allow
 * no network request), the expected charts exist and hold the series and points the page's own data says they
 * should, and a screenshot is taken. Skipped when chromium is not installed.
 */
class PlotPagesIT
{
    private static final long START_MS = 1_704_067_200_000L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY = Pattern.compile(
        "<pre id=\"hyperjet-summary\"[^>]*data-done=\"true\"[^>]*>([^<]*)</pre>");
    private static final Pattern ERRORS = Pattern.compile("<pre id=\"hyperjet-errors\">([^<]*)</pre>");
    private static final Pattern DATA = Pattern.compile(
        "<script type=\"application/json\" id=\"hyperjet-data\">(.*?)</script>", Pattern.DOTALL);

    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium()
    {
        chromium = HeadlessChromium.find();
    }

    private record Cli(int code, String out, String err)
    {
    }

    private static Cli cli(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    private Path workspace() throws IOException
    {
        final Path datadir = dir.resolve("user_data/data/binance");
        Files.createDirectories(datadir);
        for (int i = 0; i < 2; i++)
        {
            final String pair = SyntheticCandles.pairName(i, "USDT");
            CandleFiles.write(PairFiles.path(datadir, pair, "5m", DataFormat.FEATHER), DataFormat.FEATHER,
                SyntheticCandles.generate(pair, i, 7, START_MS, "5m", 30 * 288));
        }
        final Path config = dir.resolve("config.json");
        Files.writeString(config, """
            {
              "strategy": "SampleStrategy",
              "user_data_dir": "%s",
              "timeframe": "5m",
              "stake_currency": "USDT",
              "stake_amount": 100,
              "dry_run_wallet": 1000,
              "max_open_trades": 3,
              "fee": 0.001,
              "exchange": {"name": "binance", "pair_whitelist": [".*/USDT"]},
              "shared_memory_dir": "%s"
            }
            """.formatted(dir.resolve("user_data"), dir.resolve("shm")));
        return config;
    }

    /** The page's own data, as embedded in the file. */
    private static JsonNode pageData(final Path page) throws IOException
    {
        final Matcher m = DATA.matcher(Files.readString(page, StandardCharsets.UTF_8));
        assertTrue(m.find(), page + " has no data element");
        return JSON.readTree(m.group(1));
    }

    private static String unescape(final String text)
    {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Everything wrong with one load: script errors, console errors, CSP violations, no summary. */
    static List<String> problems(final HeadlessChromium.Load load)
    {
        final List<String> problems = new ArrayList<>();
        final Matcher errors = ERRORS.matcher(load.dom());
        if (!errors.find())
        {
            problems.add("no #hyperjet-errors element in the DOM");
        }
        else if (!errors.group(1).isBlank())
        {
            problems.add("page recorded: " + unescape(errors.group(1)));
        }
        if (!SUMMARY.matcher(load.dom()).find())
        {
            problems.add("the page script did not finish (no summary)");
        }
        for (final String line : load.log().split("\n"))
        {
            if (line.contains("CONSOLE") && (line.contains("Content Security Policy") || line.contains("Uncaught") ||
                line.contains("Error")))
            {
                problems.add("browser log: " + line);
            }
        }
        return problems;
    }

    /** Opens the page, requires it clean, takes a screenshot, returns the summary's charts by id. */
    private Map<String, JsonNode> open(final Path page, final int height) throws Exception
    {
        final Path work = Files.createDirectories(dir.resolve("browser-" + page.getFileName()));
        final HeadlessChromium.Load load = chromium.dumpDom(page, work);
        assertEquals(List.of(), problems(load), page.toString());
        final Matcher m = SUMMARY.matcher(load.dom());
        assertTrue(m.find());
        final JsonNode summary = JSON.readTree(unescape(m.group(1)));
        final Path png = dir.resolve(page.getFileName() + ".png");
        chromium.screenshot(page, work, png, 1400, height);
        final byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
            "screenshot " + png + " is not a PNG of a drawn page (" + bytes.length + " bytes)");
        assertFalse(HeadlessChromium.anyAlive(work), "a chromium process outlived its run");
        final Map<String, JsonNode> charts = new HashMap<>();
        summary.path("charts").forEach(c -> charts.put(c.path("id").asText(), c));
        return charts;
    }

    private static int points(final Map<String, JsonNode> charts, final String chart, final String series)
    {
        assertTrue(charts.containsKey(chart), "no chart " + chart + " in " + charts.keySet());
        for (final JsonNode s : charts.get(chart).path("series"))
        {
            if (s.path("name").asText().equals(series))
            {
                return s.path("points").asInt();
            }
        }
        throw new AssertionError("chart " + chart + " has no series " + series + ": " + charts.get(chart));
    }

    @Test
    void everyPageOpensOfflineAndHoldsItsData() throws Exception
    {
        assumeTrue(null != chromium, "chromium is not installed (apt-get install chromium); browser checks skipped");
        final Path config = workspace();
        final Cli hyperopt = cli("hyperopt", "-c", config.toString(), "-e", "40", "--in-process",
            "--random-state", "3", "--spaces", "buy", "sell", "roi", "stoploss");
        assertEquals(0, hyperopt.code(), hyperopt.err());
        final Matcher results = Pattern.compile("Results: (\\S+\\.fthypt)").matcher(hyperopt.out());
        assertTrue(results.find(), hyperopt.out());
        final Path fthypt = Path.of(results.group(1));
        assertTrue(hyperopt.out().contains("HTML report: hyperjet hyperopt-report --userdir " + dir.resolve("user_data") +
            " --hyperopt-filename " + fthypt.getFileName()), hyperopt.out());

        // hyperopt-report
        final Cli report = cli("hyperopt-report", "-c", config.toString());
        assertEquals(0, report.code(), report.err());
        final Path reportPage = HyperoptReport.defaultTarget(fthypt);
        assertEquals("Hyperopt report written to " + reportPage, report.out().strip());
        final List<JsonNode> lines = new ArrayList<>();
        for (final String line : Files.readAllLines(fthypt))
        {
            lines.add(JsonSupport.mapper().readTree(line));
        }
        JsonNode best = null;
        int finite = 0;
        for (final JsonNode line : lines)
        {
            final double loss = line.path("loss").asDouble();
            if (Double.isFinite(loss))
            {
                finite++;
                best = null == best || loss < best.path("loss").asDouble() ? line : best;
            }
        }
        final int params = lines.get(0).path("params_dict").size();
        final Map<String, JsonNode> rc = open(reportPage, 3600);
        final JsonNode rd = pageData(reportPage);
        assertEquals(finite, points(rc, "loss", "epoch loss"));
        assertEquals(rd.path("loss").path("bestSoFar").size(), points(rc, "loss", "best so far"));
        assertEquals(params, points(rc, "importance", "importance"));
        assertEquals(Math.min(HyperoptReport.PARALLEL_EPOCHS, finite), points(rc, "parallel", "best epochs"));
        for (final String name : (Iterable<String>) () -> lines.get(0).path("params_dict").fieldNames())
        {
            assertEquals(finite, points(rc, "slice-" + name, name));
        }
        final int bestTrades = best.path("results_metrics").path("trades").size();
        if (bestTrades > 0)
        {
            assertEquals(bestTrades, points(rc, "best-profit", "cumulative profit"));
        }

        // plot-dataframe, trades from a backtest run here
        final Cli frame = cli("plot-dataframe", "-c", config.toString(), "-p", "BTC/USDT", "--max-bars", "500",
            "--indicators1", "tema", "bb_middleband", "--indicators2", "rsi");
        assertEquals(0, frame.code(), frame.err());
        final Path framePage = dir.resolve("user_data/plot/freqtrade-plot-BTC_USDT-5m.html");
        assertTrue(frame.out().contains("Plot written to " + framePage), frame.out());
        final JsonNode fd = pageData(framePage);
        final int candles = fd.path("candles").asInt();
        final int perBar = fd.path("perBar").asInt();
        assertTrue(candles > 8000 && perBar > 1, fd.path("candles") + " candles, " + perBar + " per bar");
        final Map<String, JsonNode> fc = open(framePage, 1000);
        assertEquals((candles + perBar - 1) / perBar, points(fc, "price", "candles"));
        assertTrue(points(fc, "price", "candles") <= 500);
        assertEquals(points(fc, "price", "candles"), points(fc, "price", "volume"));
        assertEquals(fd.path("indicators1").get(0).path("points").size(), points(fc, "price", "tema"));
        assertTrue(points(fc, "price", "rsi") > 0 && points(fc, "price", "rsi") <= 1000);
        assertEquals(2 + 3 + countSignalSeries(fd) + (fd.path("trades").isEmpty() ? 0 : 3),
            fc.get("price").path("series").size(), fc.get("price").toString());
        if (!fd.path("trades").isEmpty())
        {
            assertEquals(fd.path("trades").size(), points(fc, "price", "trade entries"));
        }

        // backtest, then plot-profit from its result file
        final Cli backtest = cli("backtest", "-c", config.toString());
        assertEquals(0, backtest.code(), backtest.err());
        final Cli profit = cli("plot-profit", "-c", config.toString());
        assertEquals(0, profit.code(), profit.err());
        final Path profitPage = dir.resolve("user_data/plot/freqtrade-profit-plot.html");
        assertEquals("Plot written to " + profitPage, profit.out().strip());
        final JsonNode pd = pageData(profitPage);
        final Map<String, JsonNode> pc = open(profitPage, 1500);
        assertEquals(Math.min(pd.path("trades").asInt() + 1, ProfitPlot.MAX_POINTS),
            points(pc, "profit", "cumulative profit"));
        assertEquals(points(pc, "profit", "cumulative profit"), points(pc, "drawdown", "drawdown"));
        assertEquals(Math.min(30 * 288, ProfitPlot.MAX_POINTS), points(pc, "market", "market average"));
        assertEquals(pd.path("pairs").size(), pc.get("pairs").path("series").size());
    }

    private static int countSignalSeries(final JsonNode data)
    {
        int n = 0;
        for (final JsonNode s : data.path("signals"))
        {
            n += s.path("count").asInt() > 0 ? 1 : 0;
        }
        return n;
    }

    /** The checks can fail: a page that asks for an image over the network is caught by its CSP. */
    @Test
    void aPageThatRequestsTheNetworkIsCaught() throws Exception
    {
        assumeTrue(null != chromium, "chromium is not installed (apt-get install chromium); browser checks skipped");
        final Path page = HtmlPage.write(dir.resolve("probe.html"), "probe", PageJson.object(), "network-probe.js");
        final Path work = Files.createDirectories(dir.resolve("browser-probe"));
        final List<String> problems = problems(chromium.dumpDom(page, work));
        assertTrue(problems.stream().anyMatch(p -> p.contains("csp violation") || p.contains("Content Security")),
            problems.toString());
        assertFalse(HeadlessChromium.anyAlive(work));
    }
}
