package io.hyperjet.worker.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper for Freqtrade's files: reads the bare tokens {@code NaN}/{@code Infinity} and writes them
 * bare, as Python's json module does (backtest-semantics.md 10). Doubles are written with Jackson's shortest
 * round-trip writer: the same digits as Python's repr, on every JDK (JDK 17's Double.toString is sometimes longer),
 * and several times faster, which matters because every epoch writes every trade. Thread-safe once built.
 */
public final class JsonSupport
{
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
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
