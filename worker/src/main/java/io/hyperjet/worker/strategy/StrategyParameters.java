package io.hyperjet.worker.strategy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hyperjet.common.UserInputException;

/**
 * The parameters of one strategy instance, in dimension order (buy, sell, protection; alphabetical by name inside
 * each space, backtest-semantics.md 8.1), with the state that gives {@code range()} and read detection meaning.
 * <p>
 * Read detection: while a signal phase runs, every {@code value()} / {@code range()} call on a parameter marks it
 * as read by that phase. {@link #reads(Phase)} gives the parameters the last run of a phase read;
 * {@link #readsEver(Phase)} the union over every run. A phase is deterministic in its inputs, so two runs that see
 * the same values for the parameters the first one read take the same path and read the same set: the values of
 * {@link #reads(Phase)} are a sound signal-cache key. Reads are also recorded from helper methods a phase calls.
 * Not threadsafe.
 */
public final class StrategyParameters
{
    private final List<Parameter> parameters;
    private final Map<String, Parameter> byName = new HashMap<>();
    private final boolean[][] lastReads;
    private final boolean[][] everReads;
    private final boolean[] fullRangeSpaces = new boolean[Space.values().length];
    private boolean indicatorPreparation;
    private Phase phase;

    private StrategyParameters(final List<Parameter> parameters)
    {
        this.parameters = Collections.unmodifiableList(parameters);
        final int phases = Phase.values().length;
        this.lastReads = new boolean[phases][parameters.size()];
        this.everReads = new boolean[phases][parameters.size()];
    }

    private void indexNames()
    {
        for (final Parameter p : parameters)
        {
            byName.put(p.name(), p);
        }
    }

    /**
     * Finds the {@link Parameter} fields of a strategy (its class and superclasses up to {@link Strategy}), names,
     * orders and binds them.
     */
    static StrategyParameters discover(final Strategy strategy)
    {
        final String strategyName = strategy.name();
        final List<Parameter> found = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final Map<String, String> fieldOfName = new HashMap<>();
        if (strategy instanceof DeclaredParameters declared)
        {
            for (final Map.Entry<String, Parameter> e : declared.declaredParameters().entrySet())
            {
                found.add(e.getValue());
                names.add(e.getKey());
            }
        }
        for (Class<?> c = strategy.getClass(); c != Strategy.class && c != null; c = c.getSuperclass())
        {
            for (final Field field : c.getDeclaredFields())
            {
                if (!Parameter.class.isAssignableFrom(field.getType()) || Modifier.isStatic(field.getModifiers()))
                {
                    continue;
                }
                final Parameter parameter = read(field, strategy);
                if (null == parameter)
                {
                    continue;
                }
                final String name = snakeCase(field.getName());
                final String previous = fieldOfName.put(name, field.getName());
                if (null != previous)
                {
                    throw new UserInputException("strategy " + strategyName + ": fields " + previous + " and " +
                        field.getName() + " both name parameter " + name);
                }
                found.add(parameter);
                names.add(name);
            }
        }
        final List<Integer> order = new ArrayList<>();
        final List<Space> spaces = new ArrayList<>();
        for (int i = 0; i < found.size(); i++)
        {
            order.add(i);
            spaces.add(found.get(i).resolveSpace(names.get(i), strategyName));
        }
        order.sort(Comparator.<Integer>comparingInt(i -> spaces.get(i).ordinal()).thenComparing(names::get));
        final List<Parameter> sorted = new ArrayList<>();
        for (final int i : order)
        {
            sorted.add(found.get(i));
        }
        final StrategyParameters result = new StrategyParameters(sorted);
        for (int k = 0; k < order.size(); k++)
        {
            sorted.get(k).bind(names.get(order.get(k)), spaces.get(order.get(k)), k, result);
        }
        result.indexNames();
        return result;
    }

    private static Parameter read(final Field field, final Strategy strategy)
    {
        try
        {
            field.setAccessible(true);
            return (Parameter)field.get(strategy);
        }
        catch (final ReflectiveOperationException | RuntimeException ex)
        {
            throw new UserInputException("strategy " + strategy.name() + ": cannot read parameter field " +
                field.getName() + ": " + ex.getMessage());
        }
    }

    /**
     * The parameter name of a field: camelCase becomes snake_case, snake_case stays.
     *
     * @param fieldName a Java field name.
     * @return e.g. {@code buy_rsi} for {@code buyRsi}.
     */
    public static String snakeCase(final String fieldName)
    {
        final StringBuilder sb = new StringBuilder(fieldName.length() + 4);
        for (int i = 0; i < fieldName.length(); i++)
        {
            final char c = fieldName.charAt(i);
            if (Character.isUpperCase(c))
            {
                if (i > 0 && fieldName.charAt(i - 1) != '_')
                {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Every parameter in dimension order.
     *
     * @return an unmodifiable list.
     */
    public List<Parameter> list()
    {
        return parameters;
    }

    public int size()
    {
        return parameters.size();
    }

    public Parameter get(final int index)
    {
        return parameters.get(index);
    }

    /**
     * A parameter by name, or null.
     *
     * @param name e.g. {@code buy_rsi}.
     * @return the parameter or null.
     */
    public Parameter byName(final String name)
    {
        return byName.get(name);
    }

    /**
     * The parameters of one space, in order.
     *
     * @param space the space.
     * @return a new list.
     */
    public List<Parameter> inSpace(final Space space)
    {
        final List<Parameter> result = new ArrayList<>();
        for (final Parameter p : parameters)
        {
            if (p.space() == space)
            {
                result.add(p);
            }
        }
        return result;
    }

    /**
     * Sets values by name (an epoch's parameter set); names not in this strategy are an error.
     *
     * @param values name to value.
     */
    public void setValues(final Map<String, ?> values)
    {
        for (final Map.Entry<String, ?> e : values.entrySet())
        {
            final Parameter p = byName.get(e.getKey());
            if (null == p)
            {
                throw new IllegalArgumentException("no parameter " + e.getKey() + "; parameters: " + byName.keySet());
            }
            p.set(e.getValue());
        }
    }

    /**
     * The current values by name, in order (for reports and params files).
     *
     * @return a new map.
     */
    public Map<String, Object> values()
    {
        final Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (final Parameter p : parameters)
        {
            values.put(p.name(), p.valueAsObject());
        }
        return values;
    }

    /**
     * The parameters the last run of a phase read, in order.
     *
     * @param phase ENTRY or EXIT (INDICATORS records nothing).
     * @return a new list.
     */
    public List<Parameter> reads(final Phase phase)
    {
        return collect(lastReads[phase.ordinal()]);
    }

    /**
     * The parameters any run of a phase read so far, in order.
     *
     * @param phase ENTRY or EXIT.
     * @return a new list.
     */
    public List<Parameter> readsEver(final Phase phase)
    {
        return collect(everReads[phase.ordinal()]);
    }

    private List<Parameter> collect(final boolean[] marks)
    {
        final List<Parameter> result = new ArrayList<>();
        for (int i = 0; i < marks.length; i++)
        {
            if (marks[i])
            {
                result.add(parameters.get(i));
            }
        }
        return result;
    }

    void beginPhase(final Phase phase, final Set<Space> hyperoptSpaces)
    {
        this.phase = phase;
        java.util.Arrays.fill(fullRangeSpaces, false);
        indicatorPreparation = phase == Phase.INDICATORS && null != hyperoptSpaces;
        if (indicatorPreparation)
        {
            for (final Space s : hyperoptSpaces)
            {
                fullRangeSpaces[s.ordinal()] = true;
            }
        }
        if (phase != Phase.INDICATORS)
        {
            java.util.Arrays.fill(lastReads[phase.ordinal()], false);
        }
    }

    void endPhase()
    {
        phase = null;
        indicatorPreparation = false;
    }

    void onRead(final int index)
    {
        final Phase p = phase;
        if (null != p && p != Phase.INDICATORS)
        {
            lastReads[p.ordinal()][index] = true;
            everReads[p.ordinal()][index] = true;
        }
    }

    boolean fullRange(final Space space)
    {
        return indicatorPreparation && fullRangeSpaces[space.ordinal()];
    }

    static Set<Space> noSpaces()
    {
        return EnumSet.noneOf(Space.class);
    }
}
