package io.hyperjet.worker.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper for Freqtrade's files: reads the bare tokens {@code NaN}/{@code Infinity} and writes them
 * bare, as Python's json module does (backtest-semantics.md 10). The shared instance is thread-safe once built.
 */
public final class JsonSupport
{
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .build();

    private JsonSupport()
    {
    }

    /**
     * The shared mapper.
     *
     * @return the mapper.
     */
    public static ObjectMapper mapper()
    {
        return MAPPER;
    }
}
