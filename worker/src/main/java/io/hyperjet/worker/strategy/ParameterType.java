package io.hyperjet.worker.strategy;

/**
 * The kind of a strategy parameter and so of its hyperopt dimension (backtest-semantics.md 8.4).
 */
public enum ParameterType
{
    /** Integer(low, high), inclusive. */
    INT,
    /** Decimal(low, high, decimals): a grid of k / 10^decimals. */
    DECIMAL,
    /** Continuous uniform [low, high]. */
    REAL,
    /** One of the categories. */
    CATEGORICAL,
    /** Categorical([true, false]). */
    BOOLEAN
}
