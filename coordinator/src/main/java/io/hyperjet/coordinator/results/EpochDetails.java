package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.report.HyperoptSummary;
import io.hyperjet.worker.report.PythonJson;

/**
 * One epoch's parameters as Freqtrade's {@code show_epoch_details} prints them: a header with the epoch line, then
 * either the parameters per space as Python literals or one JSON line merging every space.
 */
public final class EpochDetails
{
    private static final String[] JSON_SPACES = {
        "buy", "sell", "protection", "roi", "stoploss", "trailing", "max_open_trades",
    };

    private EpochDetails()
    {
    }

    /**
     * The details text.
     *
     * @param epoch       the epoch.
     * @param totalEpochs epochs in the file.
     * @param printJson   parameters as one JSON line instead of Python literals.
     * @param noHeader    leave out the header and epoch line.
     * @param header      header text, e.g. {@code "Best result"} or {@code "Epoch details"}.
     * @return the text, ending with a line break.
     */
    public static String render(final JsonNode epoch, final int totalEpochs, final boolean printJson,
        final boolean noHeader, final String header)
    {
        final String head = noHeader ? "" : HyperoptSummary.header(epoch, totalEpochs, header);
        return head + (printJson ? PythonJson.compact(paramsJson(epoch)) + "\n" : HyperoptSummary.parameters(epoch));
    }

    /**
     * Freqtrade's {@code --print-json} object: buy and sell parameters under {@code params}, the ROI table under
     * {@code minimal_roi}, the other spaces' keys at the top level; non-optimized values override optimized ones. A space stored in another shape (older files
     * wrote the ROI table as text) is left out.
     *
     * @param epoch the epoch.
     * @return the object.
     */
    public static ObjectNode paramsJson(final JsonNode epoch)
    {
        final JsonNode details = epoch.path("params_details");
        final JsonNode fixed = epoch.path("params_not_optimized");
        final ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (final String space : JSON_SPACES)
        {
            if (!details.path(space).isObject() && !fixed.path(space).isObject())
            {
                continue;
            }
            final ObjectNode merged = JsonNodeFactory.instance.objectNode();
            if (details.path(space).isObject())
            {
                merged.setAll((ObjectNode)details.get(space));
            }
            if (fixed.path(space).isObject())
            {
                merged.setAll((ObjectNode)fixed.get(space));
            }
            if ("buy".equals(space) || "sell".equals(space))
            {
                final JsonNode params = out.path("params");
                final ObjectNode target = params.isObject() ? (ObjectNode)params : out.putObject("params");
                target.setAll(merged);
            }
            else if ("roi".equals(space))
            {
                out.set("minimal_roi", merged);
            }
            else
            {
                out.setAll(merged);
            }
        }
        return out;
    }
}
