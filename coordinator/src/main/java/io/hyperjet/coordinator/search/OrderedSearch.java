package io.hyperjet.coordinator.search;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers epochs 1, 2, 3, ... and makes the point of epoch k a function of the seed and the losses of epochs
 * 1..k-lag only, however many workers there are and in whatever order their results arrive. Results are buffered
 * and told to the sampler strictly in epoch order, each exactly when the epoch {@code lag} later is generated, so
 * the sampler sees one fixed sequence of calls: asks 1..lag, then tell 1, ask lag+1, tell 2, ask lag+2, ...
 * <p>
 * The lag must come from the run's settings (e.g. the batch size), never from the worker count, or runs with
 * different {@code -j} would differ. A coordinator keeps up to {@code lag} epochs in flight: it asks while
 * {@link #canAsk()}, and otherwise waits for the result of the oldest outstanding epoch.
 * <p>
 * Resume: {@link #restore(List)} with the journal's records rebuilds the exact sampler state, and the epochs that were
 * in flight when the run stopped are handed out again first, with the same points.
 * <p>
 * Not threadsafe; the coordinator calls it from one thread.
 */
public final class OrderedSearch
{
    private final Sampler sampler;
    private final int lag;
    private final Map<Integer, Point> points = new HashMap<>();
    private final Map<Integer, Double> results = new HashMap<>();
    private final ArrayDeque<EpochPoint> reissue = new ArrayDeque<>();
    private int nextEpoch = 1;
    private int toldToSampler;
    private int receivedThrough;

    /**
     * @param sampler a fresh sampler.
     * @param lag     how many epochs may be generated ahead of the last contiguous result, at least 1.
     */
    public OrderedSearch(final Sampler sampler, final int lag)
    {
        if (lag < 1)
        {
            throw new IllegalArgumentException("lag must be >= 1, was " + lag);
        }
        if (sampler.askedCount() != 0)
        {
            throw new IllegalArgumentException("sampler already used: askedCount=" + sampler.askedCount());
        }
        this.sampler = sampler;
        this.lag = lag;
    }

    public int lag()
    {
        return lag;
    }

    /**
     * @return the epoch the next {@link #ask()} generates anew (re-issued epochs come before it).
     */
    public int nextEpoch()
    {
        return nextEpoch;
    }

    /**
     * @return how many epochs from before a resume wait to be handed out again.
     */
    public int reissuePending()
    {
        return reissue.size();
    }

    /**
     * @return the largest epoch e such that the results of epochs 1..e have all arrived.
     */
    public int receivedThrough()
    {
        return receivedThrough;
    }

    /**
     * @return true when {@link #ask()} can hand out an epoch now.
     */
    public boolean canAsk()
    {
        return !reissue.isEmpty() || (!sampler.exhausted() && nextEpoch - lag <= receivedThrough);
    }

    /**
     * @return true when the space is exhausted: no epoch will ever be handed out again (finish the outstanding
     * ones and stop).
     */
    public boolean exhausted()
    {
        return reissue.isEmpty() && sampler.exhausted();
    }

    /**
     * @return the next epoch and its point.
     * @throws IllegalStateException unless {@link #canAsk()}.
     */
    public EpochPoint ask()
    {
        if (!reissue.isEmpty())
        {
            return reissue.poll();
        }
        if (!canAsk())
        {
            throw new IllegalStateException(sampler.exhausted() ? "search space exhausted" :
                "epoch " + nextEpoch + " needs the results through epoch " + (nextEpoch - lag) +
                ", received through " + receivedThrough);
        }
        final int epoch = nextEpoch;
        tellSamplerThrough(epoch - lag);
        final Point point = sampler.ask();
        points.put(epoch, point);
        nextEpoch++;
        return new EpochPoint(epoch, point);
    }

    /**
     * Records the loss of an epoch, in any order.
     *
     * @param epoch an epoch handed out by {@link #ask()}.
     * @param loss  its loss (NaN counts as worst).
     * @return false if that epoch's result had already been recorded (e.g. from a worker that was replaced); the
     * first one is kept.
     */
    public boolean tell(final int epoch, final double loss)
    {
        if (epoch < 1 || epoch >= nextEpoch)
        {
            throw new IllegalArgumentException("epoch " + epoch + " was never asked (next epoch " + nextEpoch + ")");
        }
        if (epoch <= toldToSampler || results.containsKey(epoch))
        {
            return false;
        }
        results.put(epoch, loss);
        while (results.containsKey(receivedThrough + 1) || receivedThrough + 1 <= toldToSampler)
        {
            receivedThrough++;
        }
        return true;
    }

    /**
     * Rebuilds the state of an interrupted run from its journal. Epochs missing from the records (those in flight
     * when the run stopped) are generated again with their original points and handed out first by
     * {@link #ask()}. Recorded points are taken as they are, except the last {@code lag} epochs', which are
     * recomputed and compared, so a journal from a run with another seed, space, sampler or lag is refused.
     *
     * @param records every recorded epoch, in any order.
     * @throws IllegalStateException if the records cannot come from a run with these settings.
     */
    public void restore(final List<EpochResult> records)
    {
        if (nextEpoch != 1)
        {
            throw new IllegalStateException("restore needs a fresh search");
        }
        final Map<Integer, EpochResult> byEpoch = new HashMap<>();
        int last = 0;
        for (final EpochResult record : records)
        {
            if (record.epoch() < 1 || byEpoch.put(record.epoch(), record) != null)
            {
                throw new IllegalStateException("journal holds epoch " + record.epoch() + " twice or out of range");
            }
            last = Math.max(last, record.epoch());
        }
        for (int epoch = 1; epoch <= last; epoch++)
        {
            tellSamplerThrough(epoch - lag);
            final EpochResult record = byEpoch.get(epoch);
            if (record != null && epoch > last - lag)
            {
                verify(record, sampler.ask());
                points.put(epoch, record.point());
                results.put(epoch, record.loss());
            }
            else if (record != null)
            {
                sampler.restoreAsked(record.point());
                points.put(epoch, record.point());
                results.put(epoch, record.loss());
            }
            else
            {
                final Point point = sampler.ask();
                points.put(epoch, point);
                reissue.add(new EpochPoint(epoch, point));
            }
            nextEpoch = epoch + 1;
        }
        while (results.containsKey(receivedThrough + 1) || receivedThrough + 1 <= toldToSampler)
        {
            receivedThrough++;
        }
    }

    private static void verify(final EpochResult record, final Point recomputed)
    {
        if (!recomputed.equals(record.point()))
        {
            throw new IllegalStateException("journal does not match this search (seed, space, sampler or lag " +
                "changed?): epoch " + record.epoch() + " was " + record.point() + ", recomputed " + recomputed);
        }
    }

    private void tellSamplerThrough(final int epoch)
    {
        while (toldToSampler < epoch)
        {
            final int next = toldToSampler + 1;
            final Double loss = results.remove(next);
            if (loss == null)
            {
                throw new IllegalStateException("result of epoch " + next + " missing while generating epoch " +
                    (next + lag));
            }
            sampler.tell(points.remove(next), loss);
            toldToSampler = next;
        }
    }
}
