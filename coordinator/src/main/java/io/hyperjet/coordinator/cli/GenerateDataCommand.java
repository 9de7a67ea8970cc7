package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.common.time.Timeframes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet generate-data}: deterministic synthetic candles in any supported format. Pairs are generated and
 * written one at a time, so memory stays at one pair's candles whatever the dataset size.
 */
@Command(
    name = "generate-data",
    mixinStandardHelpOptions = true,
    description = "Write deterministic synthetic candles (GARCH-like random walk, valid OHLC) for demos, tests and " +
        "benchmarks. The same arguments always give the same files.")
final class GenerateDataCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--datadir", required = true, description = "Target data directory (created if missing).")
    Path datadir;

    @Option(names = "--pairs", required = true, description = "Number of pairs: BTC/<quote>, ETH/<quote>, ... " +
        "then SYN021/<quote>, ...")
    int pairs;

    @Option(names = "--days", required = true, description = "Days of candles per pair.")
    int days;

    @Option(names = "--timeframe", defaultValue = "5m", description = "Timeframe (default: ${DEFAULT-VALUE}).")
    String timeframe;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "feather",
        description = "feather (zstd), parquet (snappy), json, jsongz or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--start", defaultValue = "20240101",
        description = "First candle's day, YYYYMMDD, UTC (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--quote", defaultValue = "USDT", description = "Quote currency (default: ${DEFAULT-VALUE}).")
    String quote;

    @Override
    public Integer call()
    {
        final DataFormat dataFormat = validate();
        final long startMs = parseStart();
        final long tfSec = Timeframes.seconds(timeframe);
        final long rowsLong = days * 86_400L / tfSec;
        if (rowsLong < 1 || rowsLong > Integer.MAX_VALUE - 8)
        {
            throw new ParameterException(spec.commandLine(), "--days " + days + " at " + timeframe + " gives " +
                rowsLong + " candles per pair; expected 1 to " + (Integer.MAX_VALUE - 8));
        }
        final int rows = (int)rowsLong;
        final PrintWriter out = spec.commandLine().getOut();
        final long bytes = writeDataset(datadir, pairs, quote, seed, startMs, timeframe, rows, dataFormat);
        out.printf("Wrote %d pairs x %d candles of %s (%s) to %s: %.1f MB%n",
            pairs, rows, timeframe, dataFormat.formatName(), datadir, bytes / (1024.0 * 1024.0));
        return ExitCode.OK;
    }

    private DataFormat validate()
    {
        if (pairs < 1)
        {
            throw new ParameterException(spec.commandLine(), "--pairs must be >= 1, was " + pairs);
        }
        if (days < 1)
        {
            throw new ParameterException(spec.commandLine(), "--days must be >= 1, was " + days);
        }
        if (!Timeframes.isValid(timeframe) || timeframe.endsWith("M") || timeframe.endsWith("y"))
        {
            throw new ParameterException(spec.commandLine(),
                "--timeframe '" + timeframe + "' must be a timeframe of seconds to weeks, e.g. 5m");
        }
        if (quote.isEmpty() || !quote.equals(PairFiles.sanitize(quote)))
        {
            throw new ParameterException(spec.commandLine(), "--quote '" + quote + "' must be a plain currency code");
        }
        try
        {
            return DataFormat.fromName(format);
        }
        catch (final io.hyperjet.common.UserInputException ex)
        {
            throw new ParameterException(spec.commandLine(), "--format: " + ex.getMessage());
        }
    }

    private long parseStart()
    {
        try
        {
            return LocalDate.parse(start, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC)
                .toInstant().toEpochMilli();
        }
        catch (final DateTimeParseException ex)
        {
            throw new ParameterException(spec.commandLine(), "--start '" + start + "' is not a YYYYMMDD date");
        }
    }

    /**
     * Writes a synthetic dataset: {@code pairs} pairs of {@code rows} candles each, one file per pair in
     * Freqtrade's layout. Shared by this command and {@code demo}.
     *
     * @return the bytes written.
     */
    static long writeDataset(
        final Path datadir, final int pairs, final String quote, final long seed, final long startMs,
        final String timeframe, final int rows, final DataFormat format)
    {
        try
        {
            Files.createDirectories(datadir);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(datadir + ": cannot create data directory: " + ex.getMessage(), ex);
        }
        long bytes = 0;
        for (int i = 0; i < pairs; i++)
        {
            final String pair = SyntheticCandles.pairName(i, quote);
            final Path file = PairFiles.path(datadir, pair, timeframe, format);
            CandleFiles.write(file, format, SyntheticCandles.generate(pair, i, seed, startMs, timeframe, rows));
            bytes += size(file);
        }
        return bytes;
    }

    private static long size(final Path file)
    {
        try
        {
            return Files.size(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
        }
    }
}
