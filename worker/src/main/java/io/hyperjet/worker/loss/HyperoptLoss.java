package io.hyperjet.worker.loss;

/**
 * A hyperopt objective: smaller is better (backtest-semantics.md 9). Implementations are called once per epoch
 * that passed the min-trades rule, from one thread at a time per instance.
 * <p>
 * User-defined losses are public classes with a public no-arg constructor implementing this interface, named on
 * the command line by their class name (see {@link LossFunctions#create(String, ClassLoader)}).
 */
@FunctionalInterface
public interface HyperoptLoss
{
    /**
     * The loss of one epoch's result.
     *
     * @param input the trades, the backtest range and the config; valid only during this call.
     * @return the loss; NaN is allowed (never best).
     */
    double loss(LossInput input);
}
