package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.worker.cache.OptimizationReport;
import io.hyperjet.worker.loss.LossRules;
import io.hyperjet.worker.report.FthyptLine;
import io.hyperjet.worker.report.HyperoptSummary;
import io.hyperjet.worker.report.PythonJson;
import io.hyperjet.worker.report.SummaryFigures;

/**
 * Takes committed epochs in epoch order and turns them into what the user sees: one .fthypt line each (Freqtrade's
 * layout), the best-epoch judgement (strict improvement on a best starting at 100), progress, and the early-stop
 * rule. Failed epochs are reported and counted but get no .fthypt line (Freqtrade's readers expect full metrics).
 * <p>
 * What a line holds follows {@link ResultsTrades}: the full {@code results_metrics} the worker sent (spliced in as
 * text, never parsed), or the compact one made of the epoch's {@link io.hyperjet.shm.channel.EpochFigures}, so the
 * common case costs no per-trade work here.
 * <p>
 * Single-threaded: the coordinator's loop calls it through the scheduler.
 */
public final class EpochCommitter implements Consumer<EpochResult>, AutoCloseable
{
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    private static final int FAILED_EPOCHS_BEFORE_GIVING_UP = 5;

    private final FthyptAppender writer;
    private final LossRules lossRules = new LossRules(LossRules.MIN_TRADES_DEFAULT);
    private final long totalEpochs;
    private final int earlyStop;
    private final Progress progress;
    private final PrintWriter out;
    private final boolean printAll;
    private final String strategy;
    private final ResultsTrades resultsTrades;
    private final LineSizeEstimate lineSizes;
    private final String stakeCurrency;
    private final OptimizationReport optimizations = new OptimizationReport();
    private EpochScheduler scheduler;
    private String bestLine;
    private ObjectNode best;
    private long committed;
    private long failed;
    private long sinceBest;
    private String lastFailure;

    /**
     * A committer appending to a .fthypt file.
     *
     * @param writer        appends to the .fthypt file.
     * @param totalEpochs   the run's epoch count.
     * @param earlyStop     stop after this many epochs without a new best; 0 for never.
     * @param progress      progress display, or null while replaying.
     * @param out           where to print per-epoch lines.
     * @param printAll      print every epoch, not just the best ones.
     * @param strategy      the strategy name, for messages.
     * @param resultsTrades which lines carry the full results.
     * @param stakeCurrency the run's stake currency (in the compact results).
     */
    public EpochCommitter(
        final FthyptAppender writer,
        final long totalEpochs,
        final int earlyStop,
        final Progress progress,
        final PrintWriter out,
        final boolean printAll,
        final String strategy,
        final ResultsTrades resultsTrades,
        final String stakeCurrency)
    {
        this.writer = writer;
        this.totalEpochs = totalEpochs;
        this.earlyStop = earlyStop;
        this.progress = progress;
        this.out = out;
        this.printAll = printAll;
        this.strategy = strategy;
        this.resultsTrades = resultsTrades;
        this.lineSizes = new LineSizeEstimate(resultsTrades.storesFull(false));
        this.stakeCurrency = stakeCurrency;
        FthyptLine.writeLastResult(writer.file().getParent(), writer.file().getFileName().toString());
    }

    /**
     * The scheduler to tell about an early stop.
     *
     * @param scheduler the run's scheduler.
     */
    public void scheduler(final EpochScheduler scheduler)
    {
        this.scheduler = scheduler;
    }

    /**
     * The best loss committed so far (100 before any), which a worker compares an epoch's loss with to decide
     * whether to send its full results.
     *
     * @return the loss.
     */
    public double bestLoss()
    {
        return lossRules.currentBest();
    }

    @Override
    public void accept(final EpochResult result)
    {
        if (result.failed())
        {
            committed++;
            onFailed(result);
            return;
        }
        final boolean isBest = lossRules.offer(result.loss());
        final JsonNode extras = extras(result);
        final String explanation = FthyptLine.explanation(SummaryFigures.stats(result.figures(), stakeCurrency));
        final boolean full = resultsTrades.storesFull(isBest) && result.hasFullMetrics();
        // the compact form is also measured for a full line, unless every line is full (see LineSizeEstimate)
        final String compactMetrics = full && resultsTrades.storesFull(false) ? null :
            PythonJson.compact(SummaryFigures.metrics(result.figures(), stakeCurrency));
        final String metrics = full ? result.metricsJson() : compactMetrics;
        final String line = line(result, metrics, explanation, result.figures().profitTotal(), isBest);
        writer.append(line);
        lineSizes.onLine(line.length(),
            null == compactMetrics ? line.length() : line.length() - metrics.length() + compactMetrics.length());
        committed++;
        optimizations.onEpoch(result.workerId(), extras);
        committedLine(result, isBest, explanation, () -> line);
    }

    /**
     * Takes a replayed epoch whose line is already in the .fthypt file (a resume): judged and counted like a new
     * one, not written again.
     *
     * @param result the epoch from the journal.
     * @param line   reads its stored line.
     */
    public void acceptStored(final EpochResult result, final Supplier<String> line)
    {
        committed++;
        if (result.failed())
        {
            onFailed(result);
            return;
        }
        final boolean isBest = lossRules.offer(result.loss());
        final Supplier<String> text = isBest || printAll ? memo(line) : line;
        committedLine(result, isBest, isBest ? parse(text.get()).path("results_explanation").asText() : "", text);
    }

    private static Supplier<String> memo(final Supplier<String> line)
    {
        final String[] text = new String[1];
        return () ->
        {
            if (null == text[0])
            {
                text[0] = line.get();
            }
            return text[0];
        };
    }

    private void committedLine(final EpochResult result, final boolean isBest, final String explanation,
        final Supplier<String> line)
    {
        if (isBest)
        {
            // Kept as text and parsed only when asked for: a new best's line carries every trade (~1 MB on a
            // year of 10 pairs), and parsing each of them cost seconds of JIT and parse time in a run.
            bestLine = line.get();
            best = null;
            sinceBest = 0;
        }
        else
        {
            sinceBest++;
        }
        if (null != progress)
        {
            progress.onEpoch(result.epoch(), result.loss(), isBest, explanation);
        }
        // a new best already has its "Best" line from the progress display (none while replaying a resume)
        if (printAll && null != out && !(isBest && null != progress))
        {
            out.println(HyperoptSummary.epochLine(isBest ? best() : parse(line.get()), (int)totalEpochs));
        }
        if (earlyStop > 0 && sinceBest >= earlyStop && null != scheduler)
        {
            scheduler.stopAfter(result.epoch());
        }
    }

    private void onFailed(final EpochResult result)
    {
        failed++;
        lastFailure = result.metricsJson();
        final String line = "Epoch " + result.epoch() + " failed: " + lastFailure;
        if (null != progress)
        {
            progress.onFailed(result.epoch(), line);
        }
        else if (null != out)
        {
            out.println(line);
        }
        sinceBest++;
        if (failed == committed && failed >= Math.min(FAILED_EPOCHS_BEFORE_GIVING_UP, totalEpochs))
        {
            throw new UserInputException("strategy " + strategy + " failed in every epoch so far (" + failed +
                "): " + lastFailure);
        }
    }

    /**
     * The .fthypt line of a committed epoch. The {@code results_metrics} text (with every trade, the bulk of a full
     * line) is spliced in as it came, never parsed and written again.
     *
     * @param result      the epoch.
     * @param metrics     its {@code results_metrics} as JSON text.
     * @param explanation its {@code results_explanation}.
     * @param totalProfit its {@code total_profit}.
     * @param isBest      whether it is a new best.
     * @return the line, without a line break.
     */
    static String line(final EpochResult result, final String metrics, final String explanation,
        final double totalProfit, final boolean isBest)
    {
        try
        {
            final JsonNode descriptor = MAPPER.readTree(result.paramsJson());
            final ObjectNode head = MAPPER.createObjectNode();
            if (result.loss() == LossRules.MAX_LOSS)
            {
                head.put("loss", (long)LossRules.MAX_LOSS);
            }
            else
            {
                head.put("loss", result.loss());
            }
            head.set("params_dict", descriptor.path("params_dict"));
            head.set("params_details", descriptor.path("params_details"));
            head.set("params_not_optimized", descriptor.path("params_not_optimized"));
            final ObjectNode tail = MAPPER.createObjectNode();
            tail.put("results_explanation", explanation);
            tail.put("total_profit", totalProfit);
            tail.put("current_epoch", result.epoch());
            tail.put("is_initial_point", result.epoch() <= FthyptLine.INITIAL_POINTS);
            tail.put("is_random", descriptor.path("is_random").asBoolean(false));
            tail.put("is_best", isBest);
            tail.put("fthypt_fileversion", FthyptLine.FILE_VERSION);
            final String headText = PythonJson.compact(head);
            final String tailText = PythonJson.compact(tail);
            return headText.substring(0, headText.length() - 1) + ",\"results_metrics\":" + metrics +
                "," + tailText.substring(1);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("malformed result of epoch " + result.epoch(), ex);
        }
    }

    private static JsonNode extras(final EpochResult result)
    {
        try
        {
            return MAPPER.readTree(result.extrasJson());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("malformed extras of epoch " + result.epoch(), ex);
        }
    }

    /**
     * Backtester choices and cache counters over the committed epochs.
     *
     * @return the report.
     */
    public OptimizationReport optimizations()
    {
        return optimizations;
    }

    static ObjectNode parse(final String line)
    {
        try
        {
            return (ObjectNode)MAPPER.readTree(line);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("malformed .fthypt line", ex);
        }
    }

    /**
     * The best epoch so far, or null.
     *
     * @return its .fthypt object.
     */
    public ObjectNode best()
    {
        if (null == best && null != bestLine)
        {
            best = parse(bestLine);
        }
        return best;
    }

    public long committed()
    {
        return committed;
    }

    public long failed()
    {
        return failed;
    }

    public Path fthypt()
    {
        return writer.file();
    }

    /**
     * Bytes each later epoch will add to the .fthypt, from the lines written in this session (see
     * {@link LineSizeEstimate}).
     *
     * @return the estimate, 0 before the first line.
     */
    public long bytesPerLaterEpoch()
    {
        return lineSizes.bytesPerLaterEpoch();
    }

    @Override
    public void close()
    {
        writer.close();
    }
}
