package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.Map;

/**
 * The strategy parameter file {@code <strategy file>.json} written for the best epoch (backtest-semantics.md 10.5).
 */
public final class StrategyParamsFile
{
    /** {@code ft_stratparam_v}. */
    public static final int VERSION = 1;

    private StrategyParamsFile()
    {
    }

    /**
     * The file's content: {@code params} is {@code paramsNotOptimized} deep-merged with {@code paramsDetails}
     * (optimized values win).
     *
     * @param strategyName       the strategy class name.
     * @param paramsDetails      the best epoch's optimized parameters per space.
     * @param paramsNotOptimized the other parameters per space.
     * @param exportTimeMs       wall-clock export time, epoch ms.
     * @return the document.
     */
    public static ObjectNode document(final String strategyName, final JsonNode paramsDetails,
        final JsonNode paramsNotOptimized, final long exportTimeMs)
    {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("strategy_name", strategyName);
        final ObjectNode params = root.putObject("params");
        merge(params, paramsNotOptimized);
        merge(params, paramsDetails);
        root.put("ft_stratparam_v", VERSION);
        root.put("export_time", PyDates.str(exportTimeMs));
        return root;
    }

    /**
     * Write the file with 2-space indentation.
     *
     * @param file     target path (beside the strategy's source file).
     * @param document the content from {@link #document}.
     */
    public static void write(final Path file, final ObjectNode document)
    {
        PythonJson.writeAtomically(file, PythonJson.indented(document, 2) + "\n");
    }

    private static void merge(final ObjectNode target, final JsonNode source)
    {
        if (source == null || !source.isObject())
        {
            return;
        }
        for (final Map.Entry<String, JsonNode> e : source.properties())
        {
            final JsonNode existing = target.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject())
            {
                merge((ObjectNode)existing, e.getValue());
            }
            else
            {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
