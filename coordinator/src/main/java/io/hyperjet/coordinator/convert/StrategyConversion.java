package io.hyperjet.coordinator.convert;

import java.util.List;

/**
 * What {@link StrategyConverter} made of one {@code .py} strategy: the Java source, the lines it could not convert
 * (each marked with a TODO comment in the source) and notes on settings kept as comments because they change nothing
 * in a backtest.
 *
 * @param className the strategy class, as in the Python file.
 * @param java      the Java source of a {@code FrameStrategy}.
 * @param problems  lines not converted, in file order; empty when everything converted.
 * @param notes     settings kept as comments, with why.
 */
public record StrategyConversion(String className, String java, List<Problem> problems, List<String> notes)
{
    /**
     * A line of the Python file that was not converted.
     *
     * @param line   1-based line number in the {@code .py}.
     * @param source the line's text, trimmed.
     * @param reason why it was not converted.
     */
    public record Problem(int line, String source, String reason)
    {
    }

    /** @return whether every line converted. */
    public boolean complete()
    {
        return problems.isEmpty();
    }
}
