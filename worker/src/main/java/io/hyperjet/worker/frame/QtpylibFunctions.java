package io.hyperjet.worker.frame;

/**
 * qtpylib's helpers over series and frames ({@code qtpylib.crossedAbove(a, b)},
 * {@code qtpylib.bollingerBands(qtpylib.typicalPrice(df), 20, 2)}). Skeleton: methods to come.
 */
public final class QtpylibFunctions
{
}
