package io.hyperjet.coordinator.hyperopt;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

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

/**
 * Takes committed epochs in epoch order and turns them into what the user sees: one .fthypt line each (Freqtrade's
 * layout), the best-epoch judgement (strict improvement on a best starting at 100), progress, and the early-stop
 * rule. Failed epochs are reported and counted but get no .fthypt line (Freqtrade's readers expect full metrics).
 * <p>
 * Single-threaded: the coordinator's loop calls it through the scheduler.
 */
public final class EpochCommitter implements Consumer<EpochResult>, AutoCloseable
{
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    private static final int FAILED_EPOCHS_BEFORE_GIVING_UP = 5;

    private final Path fthypt;
    private final BufferedWriter writer;
    private final LossRules lossRules = new LossRules(LossRules.MIN_TRADES_DEFAULT);
    private final long totalEpochs;
    private final int earlyStop;
    private final Progress progress;
    private final PrintWriter out;
    private final boolean printAll;
    private final String strategy;
    private final OptimizationReport optimizations = new OptimizationReport();
    private EpochScheduler scheduler;
    private ObjectNode best;
    private long committed;
    private long failed;
    private long sinceBest;
    private String lastFailure;

    /**
     * A committer appending to a .fthypt file.
     *
     * @param fthypt      the file (created or appended to).
     * @param totalEpochs the run's epoch count.
     * @param earlyStop   stop after this many epochs without a new best; 0 for never.
     * @param progress    progress display, or null while replaying.
     * @param out         where to print per-epoch lines.
     * @param printAll    print every epoch, not just the best ones.
     * @param strategy    the strategy name, for messages.
     */
    public EpochCommitter(
        final Path fthypt,
        final long totalEpochs,
        final int earlyStop,
        final Progress progress,
        final PrintWriter out,
        final boolean printAll,
        final String strategy)
    {
        this.fthypt = fthypt;
        this.totalEpochs = totalEpochs;
        this.earlyStop = earlyStop;
        this.progress = progress;
        this.out = out;
        this.printAll = printAll;
        this.strategy = strategy;
        try
        {
            this.writer = Files.newBufferedWriter(fthypt, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + fthypt, ex);
        }
        FthyptLine.writeLastResult(fthypt.getParent(), fthypt.getFileName().toString());
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

    @Override
    public void accept(final EpochResult result)
    {
        committed++;
        if (result.failed())
        {
            onFailed(result);
            return;
        }
        final boolean isBest = lossRules.offer(result.loss());
        final JsonNode extras = extras(result);
        final String line = line(result, extras, isBest);
        optimizations.onEpoch(result.workerId(), extras);
        try
        {
            writer.write(line);
            writer.newLine();
            writer.flush();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot append to " + fthypt, ex);
        }
        if (isBest)
        {
            best = parse(line);
            sinceBest = 0;
        }
        else
        {
            sinceBest++;
        }
        if (null != progress)
        {
            progress.onEpoch(result.epoch(), result.loss(), isBest, extras.path("results_explanation").asText());
        }
        if (printAll && null != out)
        {
            out.println(HyperoptSummary.epochLine(isBest ? best : parse(line), (int)totalEpochs));
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
        if (null != out)
        {
            out.println("Epoch " + result.epoch() + " failed: " + lastFailure);
        }
        sinceBest++;
        if (failed == committed && failed >= Math.min(FAILED_EPOCHS_BEFORE_GIVING_UP, totalEpochs))
        {
            throw new UserInputException("strategy " + strategy + " failed in every epoch so far (" + failed +
                "): " + lastFailure);
        }
    }

    /**
     * The .fthypt line of a committed epoch, from what the worker reported. The worker's {@code results_metrics}
     * text (the bulk of the line: every trade) is spliced in as it came, never parsed and written again.
     *
     * @param result the epoch.
     * @param extras the epoch's extras, parsed.
     * @param isBest whether it is a new best.
     * @return the line, without a line break.
     */
    static String line(final EpochResult result, final JsonNode extras, final boolean isBest)
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
            tail.put("results_explanation", extras.path("results_explanation").asText());
            tail.put("total_profit", extras.path("total_profit").asDouble());
            tail.put("current_epoch", result.epoch());
            tail.put("is_initial_point", result.epoch() <= FthyptLine.INITIAL_POINTS);
            tail.put("is_random", descriptor.path("is_random").asBoolean(false));
            tail.put("is_best", isBest);
            tail.put("fthypt_fileversion", FthyptLine.FILE_VERSION);
            final String headText = PythonJson.compact(head);
            final String tailText = PythonJson.compact(tail);
            return headText.substring(0, headText.length() - 1) + ",\"results_metrics\":" + result.metricsJson() +
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
        return fthypt;
    }

    @Override
    public void close()
    {
        try
        {
            writer.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot close " + fthypt, ex);
        }
    }
}
