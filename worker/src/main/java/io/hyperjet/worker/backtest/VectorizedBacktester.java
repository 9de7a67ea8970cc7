package io.hyperjet.worker.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * The fast backtester for strategies without callbacks: same rules and same trades as {@link IterativeBacktester},
 * bit for bit, without visiting every candle of every pair.
 * <p>
 * Only entries depend on other pairs (slots, balance); a trade's exit depends on its own state and its pair's rows.
 * So when a trade opens, {@link ExitScanner} finds its exit row at once, and the merge over pairs is an event loop
 * that jumps from one timestamp with an event (an entry candidate or a precomputed exit) to the next, keeping
 * Freqtrade's pair order inside a timestamp: pairs of open trades in opening order, then the whitelist order. Entry
 * candidates are found lazily by a forward scan over the signal bytes that skips the rows a pair spends in a trade.
 * <p>
 * Needs frames whose consecutive dates are at most one timeframe apart (cleaned data always is), so that row
 * {@code r} is processed at loop step {@code k0 + (r − r0)}; see {@link #irregularPair}. Detail candles (3.8)
 * only change which candles a trade's exit scan visits and where a trade opens: the merge stays on main rows.
 * Refuses callbacks: {@link BacktestEngine} sends strategies with callbacks to the iterative backtester. One
 * instance per thread; buffers are reused between runs.
 */
public final class VectorizedBacktester implements Backtester
{
    private static final int NO_STEP = Integer.MAX_VALUE;

    /**
     * Heap a backtester keeps per candle row of the frames it ran on (its interleaved copy of the candles for the
     * exit scan, built once per frame), so a worker's heap can be sized for the run's data.
     */
    public static final long HEAP_BYTES_PER_ROW = CandleBlocks.HEAP_BYTES_PER_ROW;

    private final SimulationWindow window = new SimulationWindow();
    private final TradeRules rules = new TradeRules();
    private final ExitScanner scanner = new ExitScanner(rules);
    private final ArrayList<OpenTrade> open = new ArrayList<>();
    private final ArrayList<Trade> closed = new ArrayList<>();
    private PairFrame[] checkedFrames = new PairFrame[0];
    private boolean[] checkedRegular = new boolean[0];
    /** Per checked frame: the date of row 0 when every row is one timeframe after the previous, else NOT_UNIFORM. */
    private long[] checkedBase = new long[0];
    /** Per checked frame: its block extremes for the exit scan. */
    private CandleBlocks[] checkedBlocks = new CandleBlocks[0];
    private long checkedTfMs;
    private BacktestSettings settings;
    private List<BacktestPair> pairs;
    private boolean shorts;
    private int[] firstRow = new int[0];
    private int[] firstStep = new int[0];
    private int[] lastRow = new int[0];
    private int[] entryRow = new int[0];
    private int[] entryDir = new int[0];
    private int[] entryStep = new int[0];
    /** Per pair, long-only runs: the declared set rows of enter_long ({@link Signals#setRows(int)}) or null. */
    private int[][] entryRows = new int[0][];
    /** Per pair with {@link #entryRows}: the index of the first listed row not yet passed by the entry search. */
    private int[] entryCursor = new int[0];
    private int[] openPerPair = new int[0];
    private int[] order = new int[0];
    private boolean[] ordered = new boolean[0];
    private boolean[] exitsNow = new boolean[0];
    private int noEntryStep;
    private double closedProfit;
    private int rejected;

    /**
     * The first pair whose frame has two consecutive dates more than one timeframe apart (this backtester then cannot
     * run it), or -1. The result is cached per frame instance.
     *
     * @param settings the settings (timeframe).
     * @param pairs    the pairs.
     * @return a pair index or -1.
     */
    public int irregularPair(final BacktestSettings settings, final List<BacktestPair> pairs)
    {
        final int n = pairs.size();
        if (checkedFrames.length < n)
        {
            checkedFrames = new PairFrame[n];
            checkedRegular = new boolean[n];
            checkedBase = new long[n];
            checkedBlocks = new CandleBlocks[n];
        }
        final long tfMs = settings.timeframeMs();
        if (checkedTfMs != tfMs)
        {
            Arrays.fill(checkedFrames, null);
            checkedTfMs = tfMs;
        }
        for (int p = 0; p < n; p++)
        {
            final PairFrame frame = pairs.get(p).frame();
            if (checkedFrames[p] != frame)
            {
                checkedRegular[p] = isRegular(frame.date(), tfMs);
                checkedBase[p] = uniformBase(frame.date(), tfMs);
                checkedBlocks[p] = CandleBlocks.of(frame);
                checkedFrames[p] = frame;
            }
            if (!checkedRegular[p])
            {
                return p;
            }
        }
        return -1;
    }

    private static boolean isRegular(final LongColumn date, final long tfMs)
    {
        for (int r = 1; r < date.rows(); r++)
        {
            if (date.get(r) - date.get(r - 1) > tfMs)
            {
                return false;
            }
        }
        return true;
    }

    /** The date of row 0 if every row is dated {@code date(0) + row × tf}, else {@link ExitScanner#NOT_UNIFORM}. */
    private static long uniformBase(final LongColumn date, final long tfMs)
    {
        if (date.rows() == 0)
        {
            return ExitScanner.NOT_UNIFORM;
        }
        final long base = date.get(0);
        for (int r = 1; r < date.rows(); r++)
        {
            if (date.get(r) != base + r * tfMs)
            {
                return ExitScanner.NOT_UNIFORM;
            }
        }
        return base;
    }

    @Override
    public BacktestResult run(
        final BacktestSettings settings, final List<BacktestPair> pairs, final TradeCallbacks callbacks)
    {
        if (!settings.isConcluded())
        {
            throw new IllegalArgumentException("settings not concluded");
        }
        if (null != callbacks && (callbacks.hasCustomStoploss() || callbacks.hasCustomExit()))
        {
            throw new IllegalArgumentException("the vectorized backtester does not run strategy callbacks");
        }
        final int irregular = irregularPair(settings, pairs);
        if (irregular >= 0)
        {
            throw new IllegalArgumentException("dates of " + pairs.get(irregular).pair() + " have gaps");
        }
        this.settings = settings;
        this.pairs = pairs;
        this.shorts = settings.shortsEnabled();
        window.compute(settings, pairs);
        rules.configure(settings, null);
        scanner.configure(settings);
        open.clear();
        closed.clear();
        closedProfit = 0.0;
        rejected = 0;
        final int n = pairs.size();
        ensureCapacity(n);
        final long tfMs = settings.timeframeMs();
        final long span = window.maxDateMs - window.minDateMs;
        final int lastStep = (int)(span / tfMs);
        noEntryStep = span % tfMs == 0 ? lastStep : NO_STEP - 1;
        for (int p = 0; p < n; p++)
        {
            preparePair(p, lastStep, tfMs);
        }
        eventLoop(n);
        forceExitLeftovers();
        final String[] names = new String[n];
        for (int p = 0; p < n; p++)
        {
            names[p] = pairs.get(p).pair();
        }
        return new BacktestResult(closed, window.minDateMs, window.maxDateMs, rejected, names, window.trimStart,
            window.trimEnd);
    }

    private void ensureCapacity(final int n)
    {
        if (firstRow.length < n)
        {
            firstRow = new int[n];
            firstStep = new int[n];
            lastRow = new int[n];
            entryRow = new int[n];
            entryDir = new int[n];
            entryStep = new int[n];
            entryRows = new int[n][];
            entryCursor = new int[n];
            openPerPair = new int[n];
            order = new int[n];
            ordered = new boolean[n];
            exitsNow = new boolean[n];
        }
        for (int p = 0; p < n; p++)
        {
            openPerPair[p] = 0;
            ordered[p] = false;
            exitsNow[p] = false;
        }
    }

    /** Row {@code r0 + i} of a pair is processed at loop step {@code k0 + i} (step k is time minDate + k·tf). */
    private void preparePair(final int p, final int lastStep, final long tfMs)
    {
        final int r0 = window.trimStart[p] + 1;
        firstRow[p] = r0;
        entryRows[p] = shorts ? null : pairs.get(p).signals().setRows(Signals.ENTER_LONG);
        entryCursor[p] = 0;
        if (r0 >= window.trimEnd[p])
        {
            firstStep[p] = NO_STEP;
            lastRow[p] = r0 - 1;
            entryStep[p] = NO_STEP;
            return;
        }
        final long lag = pairs.get(p).frame().date().get(r0) - window.minDateMs;
        final long k0 = Math.max(1L, Math.floorDiv(lag + tfMs - 1, tfMs));
        if (k0 > lastStep)
        {
            firstStep[p] = NO_STEP;
            lastRow[p] = r0 - 1;
            entryStep[p] = NO_STEP;
            return;
        }
        firstStep[p] = (int)k0;
        lastRow[p] = (int)Math.min(window.trimEnd[p] - 1L, r0 + (lastStep - k0));
        findNextEntry(p, r0);
    }

    private int stepOf(final int p, final int row)
    {
        return firstStep[p] + (row - firstRow[p]);
    }

    /**
     * Sets the pair's next entry candidate: the first row >= from with an entry direction (2.3). Entry signals are
     * sparse, so eight rows are tested at once ({@link SignalWords}); a word without any enter code costs one read.
     */
    private void findNextEntry(final int p, final int from)
    {
        if (null != entryRows[p])
        {
            findNextListedEntry(p, from);
            return;
        }
        final int last = lastRow[p];
        final Signals signals = pairs.get(p).signals();
        final byte[] enterLong = signals.enterLong();
        final byte[] exitLong = signals.exitLong();
        final byte[] enterShort = signals.enterShort();
        final byte[] exitShort = signals.exitShort();
        int r = from;
        for (; r + Long.BYTES - 1 <= last; r += Long.BYTES)
        {
            final int s = r - 1;
            final long marks = marks(enterLong, exitLong, enterShort, exitShort, s);
            if (marks != 0L)
            {
                final int i = SignalWords.first(marks);
                final boolean isShort = shorts && !SignalWords.marked(
                    SignalWords.longs(SignalWords.word(enterLong, s), SignalWords.word(exitLong, s),
                    SignalWords.word(enterShort, s)), i);
                setEntry(p, r + i, isShort ? EntrySignals.SHORT : EntrySignals.LONG);
                return;
            }
        }
        for (; r <= last; r++)
        {
            final int dir = EntrySignals.direction(signals, r - 1, shorts);
            if (dir != EntrySignals.NONE)
            {
                setEntry(p, r, dir);
                return;
            }
        }
        entryStep[p] = NO_STEP;
    }

    /** The entry candidates among signal rows {@code s .. s + 7} (rows {@code s + 1 .. s + 8}), as marks. */
    private long marks(
        final byte[] enterLong, final byte[] exitLong, final byte[] enterShort, final byte[] exitShort, final int s)
    {
        final long el = SignalWords.word(enterLong, s);
        if (!shorts)
        {
            return el == 0L ? 0L : SignalWords.longOnly(el, SignalWords.word(exitLong, s));
        }
        final long es = SignalWords.word(enterShort, s);
        if ((el | es) == 0L)
        {
            return 0L;
        }
        return SignalWords.longs(el, SignalWords.word(exitLong, s), es) |
            SignalWords.shorts(es, SignalWords.word(exitShort, s), el);
    }

    /** The number of entry candidates in rows {@code from .. to − 1} ({@code to <= lastRow + 1}). */
    private int countEntries(final int p, final int from, final int to)
    {
        if (null != entryRows[p])
        {
            return countListedEntries(p, from, to);
        }
        final Signals signals = pairs.get(p).signals();
        final byte[] enterLong = signals.enterLong();
        final byte[] exitLong = signals.exitLong();
        final byte[] enterShort = signals.enterShort();
        final byte[] exitShort = signals.exitShort();
        int count = 0;
        int r = from;
        for (; r + Long.BYTES <= to; r += Long.BYTES)
        {
            count += Long.bitCount(marks(enterLong, exitLong, enterShort, exitShort, r - 1));
        }
        for (; r < to; r++)
        {
            count += EntrySignals.direction(signals, r - 1, shorts) != EntrySignals.NONE ? 1 : 0;
        }
        return count;
    }

    /**
     * {@link #findNextEntry} over the listed set rows of enter_long instead of the column: the same rows pass the
     * same test, the unset ones are not visited. The search only moves forward within a run, so a cursor per pair
     * replaces a search in the list.
     */
    private void findNextListedEntry(final int p, final int from)
    {
        final int[] rows = entryRows[p];
        final int last = lastRow[p];
        final byte[] enterLong = pairs.get(p).signals().enterLong();
        final byte[] exitLong = pairs.get(p).signals().exitLong();
        int i = entryCursor[p];
        while (i < rows.length && rows[i] < from - 1)
        {
            i++;
        }
        for (; i < rows.length && rows[i] < last; i++)
        {
            final int s = rows[i];
            if (enterLong[s] == Signals.ONE && exitLong[s] != Signals.ONE)
            {
                entryCursor[p] = i;
                setEntry(p, s + 1, EntrySignals.LONG);
                return;
            }
        }
        entryCursor[p] = i;
        entryStep[p] = NO_STEP;
    }

    /** {@link #countEntries} over the listed set rows; moves the cursor to the first listed row not counted. */
    private int countListedEntries(final int p, final int from, final int to)
    {
        final int[] rows = entryRows[p];
        final byte[] enterLong = pairs.get(p).signals().enterLong();
        final byte[] exitLong = pairs.get(p).signals().exitLong();
        int i = entryCursor[p];
        while (i < rows.length && rows[i] < from - 1)
        {
            i++;
        }
        int count = 0;
        for (; i < rows.length && rows[i] < to - 1; i++)
        {
            final int s = rows[i];
            count += enterLong[s] == Signals.ONE && exitLong[s] != Signals.ONE ? 1 : 0;
        }
        entryCursor[p] = i;
        return count;
    }

    private void setEntry(final int p, final int row, final int dir)
    {
        entryRow[p] = row;
        entryDir[p] = dir;
        entryStep[p] = stepOf(p, row);
    }

    private void eventLoop(final int n)
    {
        while (true)
        {
            // the next step with an event, the first pair with one there and whether another pair has one too
            int k = NO_STEP;
            int first = -1;
            boolean several = false;
            for (int p = 0; p < n; p++)
            {
                final int e = entryStep[p];
                if (e < k)
                {
                    k = e;
                    first = p;
                    several = false;
                }
                else if (e == k)
                {
                    several = true;
                }
            }
            for (int i = 0; i < open.size(); i++)
            {
                final OpenTrade ot = open.get(i);
                final int x = ot.exitStep;
                if (x < k)
                {
                    k = x;
                    first = ot.pair;
                    several = false;
                }
                else if (x == k && ot.pair != first)
                {
                    several = true;
                }
            }
            if (k == NO_STEP)
            {
                return;
            }
            if (!several)
            {
                // one pair has events at k (most steps: W1 refuses ~20,000 candidates an epoch, each alone at its
                // step): the order below would visit only it
                processPair(first, k);
                continue;
            }
            // Pairs with neither an entry candidate nor an exit at k would do nothing: only the others are visited,
            // in the same order. Processing a pair cannot give another pair an event at k (exits are precomputed).
            int m = 0;
            for (int i = 0; i < open.size(); i++)
            {
                final OpenTrade ot = open.get(i);
                final int p = ot.pair;
                if (!ordered[p])
                {
                    ordered[p] = true;
                    order[m++] = p;
                }
                exitsNow[p] |= ot.exitStep == k;
            }
            for (int i = 0; i < m; i++)
            {
                final int p = order[i];
                if (exitsNow[p] || entryStep[p] == k)
                {
                    processPair(p, k);
                }
            }
            for (int p = 0; p < n; p++)
            {
                if (!ordered[p] && entryStep[p] == k)
                {
                    processPair(p, k);
                }
            }
            for (int i = 0; i < m; i++)
            {
                ordered[order[i]] = false;
                exitsNow[order[i]] = false;
            }
        }
    }

    private void processPair(final int p, final int k)
    {
        if (entryStep[p] == k)
        {
            final int r = entryRow[p];
            OpenTrade opened = null;
            boolean full = false;
            if (k != noEntryStep && (settings.positionStacking() || openPerPair[p] == 0))
            {
                final double slots = settings.maxOpenTrades();
                if (slots <= 0.0 || open.size() < slots)
                {
                    opened = enter(p, r);
                }
                else
                {
                    rejected++;
                    full = true;
                }
            }
            if (full)
            {
                skipRejected(p, r + 1);
            }
            else if (null != opened && !settings.positionStacking())
            {
                if (opened.exitRow < 0)
                {
                    entryStep[p] = NO_STEP;
                }
                else
                {
                    findNextEntry(p, opened.exitRow + 1);
                }
            }
            else
            {
                findNextEntry(p, r + 1);
            }
        }
        // Trades of this pair leaving at this step close in the order of their exit candles' dates, then in opening
        // order: with detail candles (3.8) stacked trades of one row can exit at different detail candles.
        for (int next = nextExit(p, k); next >= 0; next = nextExit(p, k))
        {
            final OpenTrade ot = open.remove(next);
            rules.close(ot, ot.exitTimeMs, ot.exitPrice, ot.exitReason);
            openPerPair[p]--;
            closedProfit += ot.trade.profitAbs;
            closed.add(ot.trade);
        }
    }

    /**
     * After pair {@code p} was refused an entry because every slot is taken: its later candidates before the first
     * exit step of an open trade (and before the step that allows no entry) meet full slots too, since nothing can
     * close or open until then, so they are counted as rejected here instead of each costing a step of the event
     * loop (with max_open_trades 3 a W1 epoch rejects ~20,000 candidates). Sets the first candidate at or after that
     * step as the pair's next.
     */
    private void skipRejected(final int p, final int from)
    {
        int limit = noEntryStep;
        for (int i = 0; i < open.size(); i++)
        {
            limit = Math.min(limit, open.get(i).exitStep);
        }
        // rows before this one are processed before step limit
        final long limitRow = firstRow[p] + ((long)limit - firstStep[p]);
        final int to = (int)Math.min(lastRow[p] + 1L, Math.max(from, limitRow));
        rejected += countEntries(p, from, to);
        findNextEntry(p, to);
    }

    /** The open trade of pair {@code p} with the earliest exit at step {@code k} (first opened on ties), or -1. */
    private int nextExit(final int p, final int k)
    {
        int best = -1;
        for (int i = 0; i < open.size(); i++)
        {
            final OpenTrade ot = open.get(i);
            if (ot.pair == p && ot.exitStep == k &&
                (best < 0 || ot.exitTimeMs < open.get(best).exitTimeMs))
            {
                best = i;
            }
        }
        return best;
    }

    private OpenTrade enter(final int p, final int r)
    {
        double tied = 0.0;
        for (int i = 0; i < open.size(); i++)
        {
            tied += open.get(i).trade.stakeAmount;
        }
        final double stake = StakeRules.stake(settings, tied, closedProfit);
        if (!(stake > 0.0))
        {
            return null;
        }
        final BacktestPair pair = pairs.get(p);
        final PairFrame detail = pair.detail();
        final int first = null == detail ? -1 : firstDetail(detail, pair.frame().date().get(r));
        final PairFrame frame = first < 0 ? pair.frame() : detail;
        final int row = first < 0 ? r : first;
        final long base = checkedBase[p];
        final long openMs = first < 0 && base != ExitScanner.NOT_UNIFORM ? base + r * settings.timeframeMs() :
            frame.date().get(row);
        final OpenTrade ot = new OpenTrade();
        final double price = first < 0 ? checkedBlocks[p].open(r) : frame.open().get(row);
        rules.open(ot, pair.pair(), p, r, openMs, price,
            entryDir[p] == EntrySignals.SHORT, stake, EntrySignals.enterTag(pair.signals(), r - 1));
        ot.exitRow = scanner.scan(ot, pair, checkedBlocks[p], r, lastRow[p], base);
        ot.exitStep = ot.exitRow >= 0 ? stepOf(p, ot.exitRow) : NO_STEP;
        open.add(ot);
        openPerPair[p]++;
        return ot;
    }

    /** The first detail candle of the main row opening at {@code startMs} (3.8), or -1 when it has none. */
    private int firstDetail(final PairFrame detail, final long startMs)
    {
        final LongColumn date = detail.date();
        final int d = SimulationWindow.firstAtOrAfter(date, 0, date.rows(), startMs);
        return d < date.rows() && date.get(d) < startMs + settings.timeframeMs() ? d : -1;
    }

    /** 3.6: pairs in first-seen order (first processed step, then whitelist order), trades in opening order. */
    private void forceExitLeftovers()
    {
        while (!open.isEmpty())
        {
            int best = -1;
            for (int i = 0; i < open.size(); i++)
            {
                final int p = open.get(i).pair;
                if (best < 0 || firstStep[p] < firstStep[best] || (firstStep[p] == firstStep[best] && p < best))
                {
                    best = p;
                }
            }
            final PairFrame frame = pairs.get(best).frame();
            final int last = window.trimEnd[best] - 1;
            for (int i = 0; i < open.size(); )
            {
                final OpenTrade ot = open.get(i);
                if (ot.pair == best)
                {
                    rules.close(ot, frame.date().get(last), frame.open().get(last), ExitReasons.FORCE_EXIT);
                    open.remove(i);
                    closedProfit += ot.trade.profitAbs;
                    closed.add(ot.trade);
                }
                else
                {
                    i++;
                }
            }
        }
    }
}
