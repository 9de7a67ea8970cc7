package io.hyperjet.coordinator.search;

/**
 * A search algorithm behind a {@link Sampler}. A proposal must depend only on the epoch's random stream and the
 * observations told so far, never on earlier proposals: that is what lets a resumed run skip recomputing the
 * proposals it already has. The sampler handles duplicates, so a proposer may repeat itself.
 * <p>
 * Not threadsafe; called from one thread.
 */
public interface Proposer
{
    /**
     * Writes a legal point (see {@link Dimension#snap(double)}) into {@code out}.
     *
     * @param epoch epoch number, from 1.
     * @param rng   the epoch's random stream; a retry for the same epoch continues it.
     * @param out   receives the encoded coordinates.
     */
    void propose(long epoch, SeededRandom rng, double[] out);

    /**
     * Records an evaluated point. Points arrive in epoch order; losses are never NaN (the sampler turns NaN into
     * positive infinity).
     *
     * @param coordinates encoded coordinates; must not be kept (copy them).
     * @param loss        the loss, smaller is better.
     */
    void observe(double[] coordinates, double loss);
}
