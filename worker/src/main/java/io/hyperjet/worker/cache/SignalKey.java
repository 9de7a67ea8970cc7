package io.hyperjet.worker.cache;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.Phase;
import io.hyperjet.worker.strategy.StrategyParameters;

/**
 * What identifies a pair's signals: the pair, the set of parameters the entry and exit phases have read in any run
 * so far ({@link StrategyParameters#readsEver}), and their current values.
 * <p>
 * Why this is sound: both phases are deterministic in the frame and the parameter values they read. A result
 * stored under a set S was computed by a run whose reads lie inside S (S is taken after that run), so any later
 * epoch with equal values on S takes the same path and produces the same signals. The set itself is part of the
 * key: when a conditional read makes the set grow, keys taken before no longer match, which costs misses, never a
 * wrong hit.
 * <p>
 * A key may also name one phase's signals alone ({@link #of(String, StrategyParameters, Phase)}): the parameters
 * that phase has read and their values. The phase is part of the key, so the three kinds never match each other.
 */
public final class SignalKey
{
    /** {@link #phase} of a key over both phases' signals. */
    private static final int BOTH_PHASES = -1;

    private final String pair;
    private final int phase;
    private final String[] names;
    private final Object[] values;
    private final int hash;

    private SignalKey(final String pair, final int phase, final String[] names, final Object[] values)
    {
        this.pair = pair;
        this.phase = phase;
        this.names = names;
        this.values = values;
        this.hash = 31 * (31 * (31 * pair.hashCode() + phase) + Arrays.hashCode(names)) + Arrays.hashCode(values);
    }

    /**
     * The key of a pair's signals under the current values, over the union of both phases' reads so far.
     *
     * @param pair       the pair.
     * @param parameters the strategy's parameters (values and read detection).
     * @return the key.
     */
    public static SignalKey of(final String pair, final StrategyParameters parameters)
    {
        return of(pair, BOTH_PHASES, parameters.list(), parameters.readsEver(Phase.ENTRY),
            parameters.readsEver(Phase.EXIT));
    }

    /**
     * The key of one phase's signals of a pair under the current values, over the parameters that phase has read
     * in any run so far. Sound only where the phase's output depends on nothing the other phase did (see
     * {@link PhaseSignals}).
     *
     * @param pair       the pair.
     * @param parameters the strategy's parameters (values and read detection).
     * @param phase      ENTRY or EXIT.
     * @return the key.
     */
    public static SignalKey of(final String pair, final StrategyParameters parameters, final Phase phase)
    {
        final List<Parameter> reads = parameters.readsEver(phase);
        return of(pair, phase.ordinal(), parameters.list(), reads, reads);
    }

    private static SignalKey of(
        final String pair,
        final int phase,
        final List<Parameter> all,
        final List<Parameter> entry,
        final List<Parameter> exit)
    {
        int count = 0;
        final boolean[] read = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++)
        {
            read[i] = entry.contains(all.get(i)) || exit.contains(all.get(i));
            count += read[i] ? 1 : 0;
        }
        final String[] names = new String[count];
        final Object[] values = new Object[count];
        int k = 0;
        for (int i = 0; i < all.size(); i++)
        {
            if (read[i])
            {
                names[k] = all.get(i).name();
                values[k] = all.get(i).valueAsObject();
                k++;
            }
        }
        return new SignalKey(pair, phase, names, values);
    }

    public String pair()
    {
        return pair;
    }

    /**
     * The text {@link SignalCache#invalidate} patterns match.
     *
     * @return e.g. {@code BTC/USDT buy_rsi=30,sell_rsi=70}, or {@code BTC/USDT buy_rsi=30 (entry)} for a phase.
     */
    public String text()
    {
        final StringBuilder sb = new StringBuilder(pair).append(' ');
        for (int i = 0; i < names.length; i++)
        {
            sb.append(i == 0 ? "" : ",").append(names[i]).append('=').append(values[i]);
        }
        if (BOTH_PHASES != phase)
        {
            sb.append(" (").append(Phase.values()[phase].name().toLowerCase(Locale.ROOT)).append(')');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(final Object o)
    {
        if (this == o)
        {
            return true;
        }
        if (!(o instanceof SignalKey other))
        {
            return false;
        }
        return hash == other.hash && phase == other.phase && pair.equals(other.pair) && Arrays.equals(names, other.names) &&
            Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode()
    {
        return hash;
    }

    @Override
    public String toString()
    {
        return text();
    }
}
