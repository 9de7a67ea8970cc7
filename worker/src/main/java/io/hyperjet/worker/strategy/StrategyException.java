package io.hyperjet.worker.strategy;

import java.nio.file.Path;

import io.hyperjet.common.UserInputException;

/**
 * A strategy's own code failed at run time; the message names the strategy, the phase (or callback), the pair and,
 * when the strategy's class is on the failing call stack, the file and line of its code that failed. It is the
 * user's code, so the CLI reports it like any bad input: one line, exit code 2.
 */
public final class StrategyException extends UserInputException
{
    private static final long serialVersionUID = 1L;

    public StrategyException(final String message, final Throwable cause)
    {
        super(message, cause);
    }

    static StrategyException of(final Strategy strategy, final String phase, final String pair, final Throwable cause)
    {
        return of(strategy.name(), strategy.getClass(), strategy.sourceFile(), phase, pair, cause);
    }

    /** A failure outside any pair's phase ({@code informative_pairs}, {@code protections}). */
    static StrategyException of(final Strategy strategy, final String method, final Throwable cause)
    {
        return new StrategyException("strategy " + strategy.name() + " failed in " + method +
            location(strategy.name(), strategy.getClass(), strategy.sourceFile(), cause) + ": " +
            cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }

    /**
     * @param strategy the strategy's name.
     * @param type     its class, whose frames locate the failing line.
     * @param source   the {@code .java} file it was compiled from, or null (built-in, jar).
     * @param phase    Freqtrade's name of the phase or callback.
     * @param pair     the pair, or "-".
     * @param cause    what the strategy threw.
     * @return the exception.
     */
    static StrategyException of(final String strategy, final Class<?> type, final Path source, final String phase,
        final String pair, final Throwable cause)
    {
        return new StrategyException("strategy " + strategy + " failed in " + phase + " on " + pair +
            location(strategy, type, source, cause) + ": " + cause.getClass().getSimpleName() + ": " +
            cause.getMessage(), cause);
    }

    /*
     * " at FILE:LINE" of the innermost frame of the strategy's class (or its nested classes and lambdas) where it
     * threw: the user's line, not the library's. The class file names only the file, so the path comes from the
     * loader when the strategy was compiled from a source file of that name. None for a bridged (Python) strategy,
     * whose class is not named as the strategy: its frames are Hyperjet's, and its own errors name the .py already.
     */
    private static String location(final String strategy, final Class<?> type, final Path source,
        final Throwable cause)
    {
        if (!type.getSimpleName().equals(strategy))
        {
            return "";
        }
        final String className = type.getName();
        for (final StackTraceElement frame : cause.getStackTrace())
        {
            final String frameClass = frame.getClassName();
            if ((frameClass.equals(className) || frameClass.startsWith(className + "$")) &&
                null != frame.getFileName() && frame.getLineNumber() > 0)
            {
                final boolean sameFile = null != source && null != source.getFileName() &&
                    source.getFileName().toString().equals(frame.getFileName());
                return " at " + (sameFile ? source.toString() : frame.getFileName()) + ":" + frame.getLineNumber();
            }
        }
        return "";
    }
}
