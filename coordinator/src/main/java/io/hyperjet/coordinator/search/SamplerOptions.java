package io.hyperjet.coordinator.search;

/**
 * Tuning of the samplers, with defaults. Fluent setters; read by {@link Samplers#create}.
 */
public final class SamplerOptions
{
    public static final int TPE_STARTUP_DEFAULT = 10;
    public static final int TPE_CANDIDATES_DEFAULT = 24;
    public static final int TPE_MAX_BAD_KERNELS_DEFAULT = 200;
    public static final int NSGA2_POPULATION_DEFAULT = 50;
    /** 0 means CMA-ES's own default, 4 + floor(3 ln d). */
    public static final int CMAES_POPULATION_DEFAULT = 0;

    private int tpeStartup = TPE_STARTUP_DEFAULT;
    private int tpeCandidates = TPE_CANDIDATES_DEFAULT;
    private int tpeMaxBadKernels = TPE_MAX_BAD_KERNELS_DEFAULT;
    private int nsga2Population = NSGA2_POPULATION_DEFAULT;
    private int cmaesPopulation = CMAES_POPULATION_DEFAULT;
    private boolean qmcHalton;

    public SamplerOptions tpeStartup(final int trials)
    {
        this.tpeStartup = trials;
        return this;
    }

    public int tpeStartup()
    {
        return tpeStartup;
    }

    public SamplerOptions tpeCandidates(final int candidates)
    {
        this.tpeCandidates = candidates;
        return this;
    }

    public int tpeCandidates()
    {
        return tpeCandidates;
    }

    public SamplerOptions tpeMaxBadKernels(final int kernels)
    {
        this.tpeMaxBadKernels = kernels;
        return this;
    }

    public int tpeMaxBadKernels()
    {
        return tpeMaxBadKernels;
    }

    public SamplerOptions nsga2Population(final int population)
    {
        this.nsga2Population = population;
        return this;
    }

    public int nsga2Population()
    {
        return nsga2Population;
    }

    public SamplerOptions cmaesPopulation(final int population)
    {
        this.cmaesPopulation = population;
        return this;
    }

    public int cmaesPopulation()
    {
        return cmaesPopulation;
    }

    /**
     * @param halton true for a Halton sequence, false (default) for Sobol.
     * @return this.
     */
    public SamplerOptions qmcHalton(final boolean halton)
    {
        this.qmcHalton = halton;
        return this;
    }

    public boolean qmcHalton()
    {
        return qmcHalton;
    }
}
