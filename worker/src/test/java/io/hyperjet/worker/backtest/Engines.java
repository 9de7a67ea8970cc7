package io.hyperjet.worker.backtest;

import java.util.List;

/** Test helper: the backtesters every rule test runs on. */
final class Engines
{
    private Engines()
    {
    }

    static List<Backtester> both()
    {
        return List.of(new IterativeBacktester(), new VectorizedBacktester());
    }
}
