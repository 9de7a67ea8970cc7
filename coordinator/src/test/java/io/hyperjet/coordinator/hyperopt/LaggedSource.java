package io.hyperjet.coordinator.hyperopt;

import java.util.ArrayList;
import java.util.List;

import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/** Test source: draws epoch k only once every result up to k - lag is told, like the ordered search does. */
public final class LaggedSource implements EpochSource
{
    private final int lag;
    private final long limit;
    long asked;
    long told;
    private final List<Long> toldOrder = new ArrayList<>();

    public LaggedSource(final int lag, final long limit)
    {
        this.lag = lag;
        this.limit = limit;
    }

    @Override
    public boolean canAsk()
    {
        return asked + 1 - lag <= told;
    }

    @Override
    public boolean exhausted()
    {
        return asked >= limit;
    }

    @Override
    public EpochTask ask()
    {
        asked++;
        return new EpochTask(asked, new double[] {asked}, "{}");
    }

    @Override
    public void tell(final EpochResult result)
    {
        told = result.epoch();
        toldOrder.add(result.epoch());
    }

    /** The epochs told, in order. */
    public List<Long> toldOrder()
    {
        return toldOrder;
    }
}
