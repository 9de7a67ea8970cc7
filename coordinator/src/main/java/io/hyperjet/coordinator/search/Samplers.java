package io.hyperjet.coordinator.search;

/**
 * Builds a seeded {@link Sampler} of a given kind. Stateless.
 */
public final class Samplers
{
    private Samplers()
    {
    }

    /**
     * @param kind    the algorithm.
     * @param space   the search space.
     * @param seed    the run's random state.
     * @param options tuning; {@code new SamplerOptions()} for the defaults.
     * @return a fresh sampler.
     */
    public static Sampler create(
        final SamplerKind kind, final SearchSpace space, final long seed, final SamplerOptions options)
    {
        return new Sampler(space, proposer(kind, space, seed, options), seed);
    }

    static Proposer proposer(
        final SamplerKind kind, final SearchSpace space, final long seed, final SamplerOptions options)
    {
        switch (kind)
        {
            case TPE:
                return new TpeProposer(
                    space, options.tpeStartup(), options.tpeCandidates(), options.tpeMaxBadKernels());
            case RANDOM:
                return new RandomProposer(space);
            case CMAES:
                return new CmaEsProposer(space, options.cmaesPopulation());
            case NSGA2:
                return new Nsga2Proposer(space, options.nsga2Population());
            case QMC:
                return new QmcProposer(
                    space, options.qmcHalton() ? QmcProposer.Sequence.HALTON : QmcProposer.Sequence.SOBOL, seed);
            default:
                throw new IllegalArgumentException("unknown sampler " + kind);
        }
    }
}
