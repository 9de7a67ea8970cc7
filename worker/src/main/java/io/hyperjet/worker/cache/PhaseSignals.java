package io.hyperjet.worker.cache;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.agrona.collections.Int2ObjectHashMap;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.signal.TagColumn;
import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.Phase;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyParameters;

/**
 * Fills a pair's signals through the {@link SignalCache} one phase at a time: the entry columns under a key of the
 * entry phase's parameters, the exit columns under a key of the exit phase's. Why: a key over both phases' values
 * (buy and sell spaces) repeats far less often than each phase's own, so most epochs ran both phases again although
 * each phase alone had been seen (W1, 2000 epochs: 54 % of the pairs' signals restored with one key over both).
 * <p>
 * Why this is sound: the entry phase runs first and its output cannot depend on the exit phase. The exit phase must
 * not depend on the entry phase either; the caller only uses this for strategies whose phases cannot read each
 * other's signal columns (the column API gives each phase its own frame, without the signal columns) and cannot
 * pass a value from one phase to the other through their own fields ({@link #stateless}), and every run
 * of the exit phase is checked for the other direction: it runs on a scratch copy whose entry columns hold a code no
 * write can produce ({@link #UNWRITTEN}) and no tags. If the exit phase wrote any entry column or tag, the pair's
 * signals are computed by both phases in order as without this class, and {@link #separable()} turns false for
 * good, so the caller goes back to keys over both phases. Exit results stored before were checked the same way, and
 * a phase is deterministic in the parameters it read ({@link SignalKey}), so each of them wrote no entry column
 * either.
 * <p>
 * Not threadsafe: one per engine (thread).
 */
public final class PhaseSignals
{
    /** A code no signal write produces ({@link Signals#code} gives 0, 1 or 2): a scratch entry row never written. */
    static final byte UNWRITTEN = 3;

    private final SignalCache cache;
    private final Strategy strategy;
    private final Int2ObjectHashMap<Signals> scratchByRows = new Int2ObjectHashMap<>();
    /* Per row count: a column of UNWRITTEN codes the scratch entry columns are compared with. */
    private final Int2ObjectHashMap<byte[]> unwrittenByRows = new Int2ObjectHashMap<>();
    private boolean separable = true;

    /**
     * Phase-wise caching for one strategy instance.
     *
     * @param cache    the signal cache.
     * @param strategy the strategy whose phases run on a miss.
     */
    public PhaseSignals(final SignalCache cache, final Strategy strategy)
    {
        this.cache = cache;
        this.strategy = strategy;
    }

    /**
     * Whether a strategy class keeps no state of its own a phase could hand to the other: every field declared by it
     * and its superclasses below {@code base}, static or not, is final and holds a parameter (whose reads are
     * tracked), a primitive, a string, a boxed primitive or an enum constant. A mutable field could carry, say, an
     * entry parameter's value into the exit phase, which neither the read tracking nor the scratch check sees.
     *
     * @param type the strategy's class.
     * @param base the framework class its phases come from (its own fields are the framework's).
     * @return true when phase-wise caching may be used.
     */
    public static boolean stateless(final Class<?> type, final Class<?> base)
    {
        for (Class<?> c = type; null != c && c != base; c = c.getSuperclass())
        {
            for (final Field field : c.getDeclaredFields())
            {
                if (!field.isSynthetic() && (!Modifier.isFinal(field.getModifiers()) || !immutable(field.getType())))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean immutable(final Class<?> type)
    {
        return type.isPrimitive() || type.isEnum() || String.class == type || Parameter.class.isAssignableFrom(type) ||
            Boolean.class == type || Character.class == type || Byte.class == type || Short.class == type ||
            Integer.class == type || Long.class == type || Float.class == type || Double.class == type;
    }

    /**
     * Whether the exit phase has never been seen writing an entry column; once false, use keys over both phases.
     *
     * @return true while phase-wise caching is sound.
     */
    public boolean separable()
    {
        return separable;
    }

    /**
     * Fills a pair's signals for the strategy's current parameter values: each phase restored or run and stored.
     *
     * @param frame   the pair's candles and indicators.
     * @param signals the pair's signals, overwritten entirely.
     * @return true when both phases were restored (nothing ran).
     */
    public boolean fill(final PairFrame frame, final Signals signals)
    {
        final String pair = frame.pair();
        final StrategyParameters parameters = strategy.parameters();
        final boolean entryRestored = cache.restore(SignalKey.of(pair, parameters, Phase.ENTRY), signals);
        if (!entryRestored)
        {
            strategy.runEntry(frame, signals);
            cache.storePhase(SignalKey.of(pair, parameters, Phase.ENTRY), signals, Phase.ENTRY, signals);
        }
        if (cache.restore(SignalKey.of(pair, parameters, Phase.EXIT), signals))
        {
            return entryRestored;
        }
        final Signals scratch = scratch(signals.rows());
        strategy.runExit(frame, scratch);
        if (entryUntouched(scratch, unwrittenByRows.get(scratch.rows())))
        {
            cache.storePhase(SignalKey.of(pair, parameters, Phase.EXIT), scratch, Phase.EXIT, signals);
        }
        else
        {
            separable = false;
            scratchByRows.clear();
            unwrittenByRows.clear();
            strategy.runSignals(frame, signals);
        }
        return false;
    }

    private Signals scratch(final int rows)
    {
        Signals scratch = scratchByRows.get(rows);
        if (null == scratch)
        {
            scratch = new Signals(rows);
            final byte[] unwritten = new byte[rows];
            Arrays.fill(unwritten, UNWRITTEN);
            System.arraycopy(unwritten, 0, scratch.enterLong(), 0, rows);
            System.arraycopy(unwritten, 0, scratch.enterShort(), 0, rows);
            scratchByRows.put(rows, scratch);
            unwrittenByRows.put(rows, unwritten);
        }
        return scratch;
    }

    private static boolean entryUntouched(final Signals scratch, final byte[] unwritten)
    {
        // Arrays.equals is an intrinsic (vectorized) compare: this runs on every exit-phase miss, often still cold
        final TagColumn tags = scratch.enterTags();
        return Arrays.equals(scratch.enterLong(), unwritten) && Arrays.equals(scratch.enterShort(), unwritten) &&
            0 == tags.written() && "".equals(tags.defaultTag());
    }
}
