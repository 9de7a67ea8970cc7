package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.data.CandleBuffer;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataDirectory;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timeframes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet list-data}: the candle files in a data directory, like Freqtrade's command of the same name.
 */
@Command(
    name = "list-data",
    mixinStandardHelpOptions = true,
    description = "List the candle data in a data directory: pairs, timeframes, format, and with --show-timerange " +
        "rows and first/last candle.")
final class ListDataCommand implements Callable<Integer>
{
    private static final DateTimeFormatter CANDLE_TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Option(names = "--datadir", description = "The data directory, e.g. user_data/data/binance (default: the " +
        "config's datadir).")
    Path datadir;

    @Option(names = {"-c", "--config"}, description = "Config file(s) whose datadir is listed, as in Freqtrade " +
        "(default: config.json in the current directory when --datadir is not given).")
    List<Path> configs;

    @Option(names = "--timeframe", description = "Only this timeframe.")
    String timeframe;

    @Option(names = "--show-timerange", description = "Read every file: rows and first/last candle (UTC).")
    boolean showTimerange;

    @Override
    public Integer call()
    {
        if (null != timeframe && !Timeframes.isValid(timeframe))
        {
            throw new ParameterException(spec.commandLine(), "--timeframe '" + timeframe + "' is not a timeframe");
        }
        if (null == datadir)
        {
            final ConfigLoader loader = new ConfigLoader();
            RunOptions.orDefaultConfig(configs).forEach(loader::file);
            datadir = loader.load().datadir();
        }
        final List<DataDirectory.Entry> entries = new ArrayList<>();
        for (final DataDirectory.Entry e : DataDirectory.list(datadir))
        {
            if (null == timeframe || timeframe.equals(e.name().timeframe()))
            {
                entries.add(e);
            }
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty())
        {
            out.println("No candle data found in " + datadir + (null == timeframe ? "" : " for " + timeframe));
            return ExitCode.OK;
        }
        final List<String[]> rows = showTimerange ? detailRows(entries) : summaryRows(entries);
        out.println("Found " + entries.size() + " pair / timeframe combinations in " + datadir + ".");
        printTable(out, rows);
        return ExitCode.OK;
    }

    private static List<String[]> summaryRows(final List<DataDirectory.Entry> entries)
    {
        final Map<String, String[]> byPairAndFormat = new LinkedHashMap<>();
        for (final DataDirectory.Entry e : entries)
        {
            final String key = e.name().pair() + "|" + e.name().candleType() + "|" + e.name().format();
            final String[] row = byPairAndFormat.get(key);
            if (null == row)
            {
                byPairAndFormat.put(key, new String[]{
                    e.name().pair(), e.name().timeframe(), e.name().candleType(), e.name().format().formatName()});
            }
            else
            {
                row[1] = row[1] + ", " + e.name().timeframe();
            }
        }
        final List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Pair", "Timeframe", "Type", "Format"});
        rows.addAll(byPairAndFormat.values());
        return rows;
    }

    private static List<String[]> detailRows(final List<DataDirectory.Entry> entries)
    {
        final List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Pair", "Timeframe", "Type", "Format", "Rows", "From", "To"});
        for (final DataDirectory.Entry e : entries)
        {
            final CandleBuffer candles = CandleFiles.readBuffer(
                e.path(), e.name().format(), CandleFiles.MEMORY_MAP_THRESHOLD_BYTES_DEFAULT);
            final PairFrame frame = candles.toFrame(e.name().pair(), e.name().timeframe());
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int i = 0; i < frame.rows(); i++)
            {
                first = Math.min(first, frame.date().get(i));
                last = Math.max(last, frame.date().get(i));
            }
            rows.add(new String[]{
                e.name().pair(), e.name().timeframe(), e.name().candleType(), e.name().format().formatName(),
                Integer.toString(frame.rows()), CANDLE_TIME.format(Instant.ofEpochMilli(first)),
                CANDLE_TIME.format(Instant.ofEpochMilli(last))});
        }
        return rows;
    }

    private static void printTable(final PrintWriter out, final List<String[]> rows)
    {
        final int columns = rows.get(0).length;
        final int[] width = new int[columns];
        for (final String[] row : rows)
        {
            for (int c = 0; c < columns; c++)
            {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (int r = 0; r < rows.size(); r++)
        {
            final StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++)
            {
                final String cell = rows.get(r)[c];
                final boolean right = "Rows".equals(rows.get(0)[c]) && r > 0;
                line.append(right ? " ".repeat(width[c] - cell.length()) + cell :
                    cell + " ".repeat(width[c] - cell.length()));
                if (c < columns - 1)
                {
                    line.append(" | ");
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0)
            {
                final StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++)
                {
                    rule.append("-".repeat(width[c])).append(c < columns - 1 ? "-|-" : "");
                }
                out.println(rule);
            }
        }
    }
}
