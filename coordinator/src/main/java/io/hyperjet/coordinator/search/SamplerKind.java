package io.hyperjet.coordinator.search;

import java.util.Locale;

import io.hyperjet.common.UserInputException;

/**
 * The samplers {@code --sampler} can name.
 */
public enum SamplerKind
{
    TPE, RANDOM, CMAES, NSGA2, QMC;

    /**
     * @return the lower-case command-line name.
     */
    public String id()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name   tpe, random, cmaes, nsga2 or qmc (case-insensitive).
     * @param source where the name came from, for the error message.
     * @return the kind.
     * @throws UserInputException for an unknown name.
     */
    public static SamplerKind parse(final String name, final String source)
    {
        for (final SamplerKind kind : values())
        {
            if (kind.id().equals(name.trim().toLowerCase(Locale.ROOT)))
            {
                return kind;
            }
        }
        throw new UserInputException(source + ": unknown sampler '" + name +
            "' (expected tpe, random, cmaes, nsga2 or qmc)");
    }
}
