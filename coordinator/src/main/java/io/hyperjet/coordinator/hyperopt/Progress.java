package io.hyperjet.coordinator.hyperopt;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Hyperopt progress for people: on a terminal a bar redrawn in place (epochs done/total, epochs/s, best loss, ETA);
 * elsewhere a plain line every few seconds. New best epochs get a line of their own either way. Called from the
 * coordinator's loop thread only.
 */
public final class Progress
{
    private static final long TERMINAL_REDRAW_NS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long PLAIN_LINE_NS = TimeUnit.SECONDS.toNanos(5);
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final long total;
    private final long startNs = System.nanoTime();
    private final long firstEpoch;
    private long done;
    private double bestLoss = Double.NaN;
    private long bestEpoch;
    private long nextDrawNs;
    private boolean barShown;

    /**
     * Progress over epochs {@code firstEpoch..total}.
     *
     * @param out        where to print.
     * @param terminal   whether out is an interactive terminal.
     * @param firstEpoch the first epoch this process runs (above 1 on resume).
     * @param total      the last epoch.
     */
    public Progress(final PrintWriter out, final boolean terminal, final long firstEpoch, final long total)
    {
        this.out = out;
        this.terminal = terminal;
        this.firstEpoch = firstEpoch;
        this.total = total;
        this.done = firstEpoch - 1;
    }

    /**
     * Records a committed epoch.
     *
     * @param epoch  the epoch number.
     * @param loss   its loss.
     * @param isBest whether it is a new best.
     * @param line   the one-line description of a new best (results_explanation).
     */
    public void onEpoch(final long epoch, final double loss, final boolean isBest, final String line)
    {
        done = epoch;
        if (isBest)
        {
            bestLoss = loss;
            bestEpoch = epoch;
            clearBar();
            out.printf(Locale.ROOT, "Best %6d/%d: %s Objective: %.5f%n", epoch, total, line, loss);
            out.flush();
        }
        tick();
    }

    /**
     * Records a committed epoch that failed: it counts as done (the run goes on past it), and its line is printed
     * above the bar.
     *
     * @param epoch the epoch number.
     * @param line  the one-line failure.
     */
    public void onFailed(final long epoch, final String line)
    {
        done = epoch;
        clearBar();
        out.println(line);
        out.flush();
        tick();
    }

    /** Redraws when due. */
    public void tick()
    {
        final long nowNs = System.nanoTime();
        if (nowNs - nextDrawNs < 0)
        {
            return;
        }
        nextDrawNs = nowNs + (terminal ? TERMINAL_REDRAW_NS : PLAIN_LINE_NS);
        if (terminal)
        {
            out.print('\r' + status(nowNs, true));
            barShown = true;
        }
        else if (done > firstEpoch - 1)
        {
            out.println(status(nowNs, false));
        }
        out.flush();
    }

    /** Ends the bar line. */
    public void finish()
    {
        if (terminal)
        {
            out.print('\r' + status(System.nanoTime(), true));
            out.println();
        }
        else
        {
            out.println(status(System.nanoTime(), false));
        }
        out.flush();
        barShown = false;
    }

    /**
     * Epochs per second since this process started.
     *
     * @return the rate.
     */
    public double epochsPerSecond()
    {
        final double seconds = (System.nanoTime() - startNs) / 1e9;
        return seconds > 0 ? (done - firstEpoch + 1) / seconds : 0;
    }

    private String status(final long nowNs, final boolean bar)
    {
        final double rate = epochsPerSecond();
        final long left = total - done;
        final String eta = rate > 0 ? formatSeconds((long)Math.ceil(left / rate)) : "?";
        final String best = Double.isNaN(bestLoss) ? "-" :
            String.format(Locale.ROOT, "%.5f (epoch %d)", bestLoss, bestEpoch);
        final StringBuilder sb = new StringBuilder();
        if (bar)
        {
            final int filled = total > 0 ? (int)(BAR_WIDTH * done / total) : 0;
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
        }
        sb.append(String.format(Locale.ROOT, "%d/%d epochs, %.1f epochs/s, best %s, ETA %s",
            done, total, rate, best, eta));
        return sb.toString();
    }

    private void clearBar()
    {
        if (terminal && barShown)
        {
            out.print("\r\033[K");
            barShown = false;
        }
    }

    static String formatSeconds(final long seconds)
    {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
