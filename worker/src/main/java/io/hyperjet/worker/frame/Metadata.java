package io.hyperjet.worker.frame;

import java.util.Objects;

/** Freqtrade's {@code metadata} dict of the populate methods: the pair being analyzed ({@code metadata['pair']}). */
public final class Metadata
{
    private final String pair;

    /**
     * @param pair the pair, e.g. {@code ETH/USDT}.
     */
    public Metadata(final String pair)
    {
        this.pair = Objects.requireNonNull(pair, "pair");
    }

    /** @return {@code metadata['pair']}. */
    public String pair()
    {
        return pair;
    }
}
