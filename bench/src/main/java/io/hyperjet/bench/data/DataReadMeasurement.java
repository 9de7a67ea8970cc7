package io.hyperjet.bench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.arrow.vector.compression.CompressionUtil;

import io.hyperjet.common.data.CandleBuffer;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.FeatherCandleWriter;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.data.ParquetCandleReader;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.common.frame.PairFrame;

/**
 * Measures the data plane: reader throughput per format, peak heap of lazy vs all-at-once loading, and RSS of
 * memory-mapped vs heap parquet reading. Each memory figure needs a fresh JVM, so each mode is one run:
 * <pre>
 * generate   DIR PAIRS DAYS [LZ4_PAIRS]  write DIR/&lt;format&gt;/ for every format (5m, seed 1), and an LZ4 feather
 *                              copy of the first LZ4_PAIRS pairs (default 3; Arrow Java's LZ4 writer is very slow)
 * throughput DIR ROUNDS        read every pair of every format ROUNDS times; best round per format
 * heap-lazy  DIR               PairLoader over DIR/feather, frames dropped after a checksum
 * heap-all   DIR               the same pairs, every frame kept in a list
 * bigparquet FILE ROWS         write one 1m-candle parquet file of ROWS rows
 * rss        FILE heap|mmap    read FILE once on the heap or mapped; print VmHWM / RssAnon / RssFile
 * </pre>
 * Every mode prints a checksum of what it read, so the work cannot be skipped and the answer can be compared.
 */
public final class DataReadMeasurement
{
    private static final long START_MS = 1_704_067_200_000L;
    private static final String FEATHER_LZ4 = "feather-lz4";
    private static final int LZ4_PAIRS_DEFAULT = 3;

    private DataReadMeasurement()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        final String mode = args[0];
        switch (mode)
        {
            case "generate":
                generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : LZ4_PAIRS_DEFAULT);
                break;
            case "throughput":
                throughput(Path.of(args[1]), Integer.parseInt(args[2]));
                break;
            case "heap-lazy":
                heap(Path.of(args[1]), false);
                break;
            case "heap-all":
                heap(Path.of(args[1]), true);
                break;
            case "bigparquet":
                bigParquet(Path.of(args[1]), Integer.parseInt(args[2]));
                break;
            case "rss":
                rss(Path.of(args[1]), "mmap".equals(args[2]));
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void generate(final Path dir, final int pairs, final int days, final int lz4Pairs)
        throws IOException
    {
        final int rows = days * 288;
        for (final DataFormat format : DataFormat.values())
        {
            final Path sub = Files.createDirectories(dir.resolve(format.formatName()));
            for (int i = 0; i < pairs; i++)
            {
                final String pair = SyntheticCandles.pairName(i, "USDT");
                CandleFiles.write(PairFiles.path(sub, pair, "5m", format), format,
                    SyntheticCandles.generate(pair, i, 1, START_MS, "5m", rows));
            }
            System.out.printf("generated %s: %d pairs x %d rows, %.1f MB%n",
                format.formatName(), pairs, rows, dirBytes(sub) / 1e6);
        }
        // Freqtrade's own feather files are LZ4_FRAME. Arrow Java's LZ4 writer takes minutes per pair-year here, so
        // only a few pairs get an LZ4 copy; throughput is per MB and per candle, so fewer files still compare.
        final Path lz4 = Files.createDirectories(dir.resolve(FEATHER_LZ4));
        final long t0 = System.nanoTime();
        for (int i = 0; i < lz4Pairs; i++)
        {
            final String pair = SyntheticCandles.pairName(i, "USDT");
            FeatherCandleWriter.write(PairFiles.path(lz4, pair, "5m", DataFormat.FEATHER),
                SyntheticCandles.generate(pair, i, 1, START_MS, "5m", rows), CompressionUtil.CodecType.LZ4_FRAME);
        }
        System.out.printf("generated %s: %.1f MB in %.1f s%n", FEATHER_LZ4, dirBytes(lz4) / 1e6,
            (System.nanoTime() - t0) / 1e9);
    }

    private static void throughput(final Path dir, final int rounds) throws IOException
    {
        System.out.println("format      | MB on disk | best s | MB/s   | Mcandles/s | checksum");
        final List<String> variants = new ArrayList<>();
        variants.add(FEATHER_LZ4);
        for (final DataFormat f : DataFormat.values())
        {
            variants.add(f.formatName());
        }
        for (final String variant : variants)
        {
            final DataFormat format = FEATHER_LZ4.equals(variant) ? DataFormat.FEATHER : DataFormat.fromName(variant);
            final Path sub = dir.resolve(variant);
            final List<Path> files = listFiles(sub);
            double bestS = Double.MAX_VALUE;
            long candles = 0;
            double checksum = 0;
            for (int round = 0; round < rounds; round++)
            {
                final long t0 = System.nanoTime();
                candles = 0;
                checksum = 0;
                for (final Path file : files)
                {
                    final CandleBuffer buffer =
                        CandleFiles.readBuffer(file, format, CandleFiles.MEMORY_MAP_THRESHOLD_BYTES_DEFAULT);
                    final PairFrame frame = buffer.toFrame("X/Y", "5m");
                    candles += frame.rows();
                    checksum += frame.close().get(frame.rows() - 1);
                }
                bestS = Math.min(bestS, (System.nanoTime() - t0) / 1e9);
            }
            final double mb = dirBytes(sub) / 1e6;
            System.out.printf(Locale.ROOT, "%-11s | %10.1f | %6.2f | %6.1f | %10.2f | %.6f%n",
                variant, mb, bestS, mb / bestS, candles / bestS / 1e6, checksum);
        }
    }

    private static void heap(final Path dir, final boolean keepAll) throws IOException
    {
        final Path sub = dir.resolve("feather");
        final List<String> pairs = new ArrayList<>();
        for (final Path file : listFiles(sub))
        {
            pairs.add(PairFiles.parse(file.getFileName().toString()).pair());
        }
        final List<PairFrame> kept = new ArrayList<>();
        final long[] maxRetained = new long[1];
        final double[] checksum = new double[1];
        resetPeaks();
        new PairLoader().datadir(sub).pairs(pairs).timeframe("5m").load((frame) ->
        {
            checksum[0] += frame.close().get(frame.rows() - 1);
            if (keepAll)
            {
                kept.add(frame);
            }
            maxRetained[0] = Math.max(maxRetained[0], retainedHeapBytes());
        });
        System.out.printf(Locale.ROOT, "%s: pairs=%d kept=%d peak heap (sum of pool peaks)=%.1f MB, " +
            "max retained heap after GC at a pair=%.1f MB, checksum=%.6f%n",
            keepAll ? "all-at-once" : "lazy", pairs.size(), kept.size(), peakHeapBytes() / 1e6,
            maxRetained[0] / 1e6, checksum[0]);
    }

    private static void bigParquet(final Path file, final int rows)
    {
        final PairFrame frame = SyntheticCandles.generate("BIG/USDT", 0, 1, START_MS, "1m", rows);
        io.hyperjet.common.data.ParquetCandleWriter.write(file, frame);
        try
        {
            System.out.printf("wrote %s: %d rows, %.1f MB%n", file, rows, Files.size(file) / 1e6);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static void rss(final Path file, final boolean mmap) throws IOException
    {
        final long before = procStatusKb("VmRSS");
        final long t0 = System.nanoTime();
        final CandleBuffer buffer = ParquetCandleReader.read(file, mmap ? 0 : Long.MAX_VALUE);
        final double seconds = (System.nanoTime() - t0) / 1e9;
        final PairFrame frame = buffer.toFrame("BIG/USDT", "1m");
        System.out.printf(Locale.ROOT, "%s: file=%.1f MB rows=%d read=%.2f s RSS before=%d MB VmHWM=%d MB " +
            "RssAnon=%d MB RssFile=%d MB peak heap=%.1f MB checksum=%.6f%n",
            mmap ? "mmap" : "heap", Files.size(file) / 1e6, frame.rows(), seconds, before / 1024,
            procStatusKb("VmHWM") / 1024, procStatusKb("RssAnon") / 1024, procStatusKb("RssFile") / 1024,
            peakHeapBytes() / 1e6, frame.close().get(frame.rows() - 1));
    }

    private static long retainedHeapBytes()
    {
        System.gc();
        long used = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
        {
            if (pool.getType() == MemoryType.HEAP)
            {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static void resetPeaks()
    {
        System.gc();
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
        {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes()
    {
        long peak = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
        {
            if (pool.getType() == MemoryType.HEAP)
            {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long procStatusKb(final String field) throws IOException
    {
        for (final String line : Files.readAllLines(Path.of("/proc/self/status")))
        {
            if (line.startsWith(field + ":"))
            {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static List<Path> listFiles(final Path dir) throws IOException
    {
        final List<Path> files = new ArrayList<>();
        try (var stream = Files.list(dir))
        {
            stream.sorted().forEach(files::add);
        }
        return files;
    }

    private static long dirBytes(final Path dir) throws IOException
    {
        long total = 0;
        for (final Path p : listFiles(dir))
        {
            total += Files.size(p);
        }
        return total;
    }
}
