package io.hyperjet.worker.strategy;

/**
 * A strategy's own code failed at run time; the message names the strategy, the phase (or callback) and the pair.
 */
public final class StrategyException extends RuntimeException
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
