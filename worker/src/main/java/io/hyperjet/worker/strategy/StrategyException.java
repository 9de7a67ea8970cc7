package io.hyperjet.worker.strategy;

import io.hyperjet.common.UserInputException;

/**
 * A strategy's own code failed at run time; the message names the strategy, the phase (or callback) and the pair.
 * It is the user's code, so the CLI reports it like any bad input: one line, exit code 2.
 */
public final class StrategyException extends UserInputException
{
    private static final long serialVersionUID = 1L;

    public StrategyException(final String message, final Throwable cause)
    {
        super(message, cause);
    }

    static StrategyException of(final String strategy, final String phase, final String pair, final Throwable cause)
    {
        return new StrategyException("strategy " + strategy + " failed in " + phase + " on " + pair + ": " +
            cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
}
