package io.hyperjet.coordinator.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Ask/tell front of a {@link Proposer} that never hands out the same point twice. When the proposer repeats an
 * earlier point a few times, the point is drawn uniformly at random instead and marked
 * {@link Point#isRandom()}; in a finite space that is nearly full, the first free point after a random start is
 * taken. When every point of a finite space has been asked, {@link #exhausted()} turns true and the run should
 * stop.
 * <p>
 * Deterministic: the n-th ask depends only on the seed and the points and losses told before it. Not threadsafe.
 */
public final class Sampler
{
    static final int PROPOSE_ATTEMPTS = 3;
    static final int RANDOM_ATTEMPTS = 100;

    private final SearchSpace space;
    private final Proposer proposer;
    private final long seed;
    private final Set<Point> asked = new HashSet<>();
    private final double[] buffer;
    private long askedCount;
    private long toldCount;

    public Sampler(final SearchSpace space, final Proposer proposer, final long seed)
    {
        this.space = space;
        this.proposer = proposer;
        this.seed = seed;
        this.buffer = new double[space.size()];
    }

    public SearchSpace space()
    {
        return space;
    }

    /**
     * @return how many points have been asked (or restored).
     */
    public long askedCount()
    {
        return askedCount;
    }

    /**
     * @return how many results have been told.
     */
    public long toldCount()
    {
        return toldCount;
    }

    /**
     * @return true when every point of a finite space has been asked.
     */
    public boolean exhausted()
    {
        return askedCount >= space.totalPoints();
    }

    /**
     * @return the next point, never one asked before.
     * @throws IllegalStateException if {@link #exhausted()}.
     */
    public Point ask()
    {
        if (exhausted())
        {
            throw new IllegalStateException("search space exhausted: all " + space.totalPoints() +
                " points asked");
        }
        final long epoch = askedCount + 1;
        final SeededRandom rng = SeededRandom.forEpoch(seed, epoch);
        Point point = null;
        for (int attempt = 0; attempt < PROPOSE_ATTEMPTS && point == null; attempt++)
        {
            proposer.propose(epoch, rng, buffer);
            point = fresh(false);
        }
        for (int attempt = 0; attempt < RANDOM_ATTEMPTS && point == null; attempt++)
        {
            for (int i = 0; i < buffer.length; i++)
            {
                buffer[i] = space.dimension(i).sampleUniform(rng);
            }
            point = fresh(true);
        }
        if (point == null)
        {
            point = scanForFree(rng);
        }
        asked.add(point);
        askedCount = epoch;
        return point;
    }

    /**
     * Reports the loss of an asked point. Call in the order the points were asked for reproducible runs
     * ({@link OrderedSearch} does).
     *
     * @param point a point from {@link #ask()}.
     * @param loss  its loss; NaN counts as the worst possible.
     */
    public void tell(final Point point, final double loss)
    {
        point.copyTo(buffer);
        proposer.observe(buffer, Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss);
        toldCount++;
    }

    /**
     * Counts a point from a previous run as asked, in place of an {@link #ask()}, when resuming.
     *
     * @param point the point recorded for epoch {@link #askedCount()} + 1.
     */
    public void restoreAsked(final Point point)
    {
        if (point.size() != space.size())
        {
            throw new IllegalArgumentException("restored point has " + point.size() + " coordinates, space has " +
                space.size());
        }
        asked.add(point);
        askedCount++;
    }

    private Point fresh(final boolean random)
    {
        for (int i = 0; i < buffer.length; i++)
        {
            buffer[i] = space.dimension(i).snap(buffer[i]);
        }
        final Point candidate = new Point(buffer, random);
        return asked.contains(candidate) ? null : candidate;
    }

    private Point scanForFree(final SeededRandom rng)
    {
        final long total = space.totalPoints();
        if (total == Long.MAX_VALUE)
        {
            throw new IllegalStateException("no new point found after " + (PROPOSE_ATTEMPTS + RANDOM_ATTEMPTS) +
                " attempts in an unbounded space");
        }
        final long start = (long)(rng.nextDouble() * total);
        for (long i = 0; i < total; i++)
        {
            space.pointAt((start + i) % total, buffer);
            final Point candidate = new Point(buffer, true);
            if (!asked.contains(candidate))
            {
                return candidate;
            }
        }
        throw new IllegalStateException("search space exhausted: all " + total + " points asked");
    }
}
