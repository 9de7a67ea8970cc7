package io.hyperjet.worker.frame;

import java.util.ArrayList;
import java.util.List;

import io.hyperjet.worker.strategy.Parameter;

final class ParameterNames
{
    private ParameterNames()
    {
    }

    static List<String> of(final List<Parameter> parameters)
    {
        final List<String> names = new ArrayList<>();
        for (final Parameter p : parameters)
        {
            names.add(p.name());
        }
        return names;
    }
}
