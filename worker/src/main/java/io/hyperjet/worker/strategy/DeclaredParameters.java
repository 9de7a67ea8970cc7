package io.hyperjet.worker.strategy;

import java.util.Map;

/**
 * Implemented by a {@link Strategy} whose parameters are not Java fields (a bridged Python strategy): discovery
 * takes these, by name, in addition to any {@link Parameter} fields.
 */
public interface DeclaredParameters
{
    /**
     * The parameters by name ({@code buy_rsi}); each object must belong to this strategy only.
     *
     * @return name to parameter, any order (discovery sorts).
     */
    Map<String, Parameter> declaredParameters();
}
