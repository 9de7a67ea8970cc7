package io.hyperjet.coordinator.benchsuite;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HyperoptProcessTest
{
    @Test
    void shouldCallSameEpochsIdentical()
    {
        assertEquals("identical", HyperoptProcess.compareEpochs(outcome("{\"a\":1}", "{\"b\":2}"),
            outcome("{\"a\":1}", "{\"b\":2}")));
    }

    @Test
    void shouldNameTheFirstDifferingEpoch()
    {
        assertEquals("DIFFERENT from epoch 2", HyperoptProcess.compareEpochs(outcome("{\"a\":1}", "{\"b\":2}"),
            outcome("{\"a\":1}", "{\"b\":3}")));
    }

    @Test
    void shouldNameDifferentEpochCounts()
    {
        assertEquals("DIFFERENT epoch counts 2 vs 1", HyperoptProcess.compareEpochs(
            outcome("{\"a\":1}", "{\"b\":2}"), outcome("{\"a\":1}")));
    }

    private static HyperoptProcess.Outcome outcome(final String... epochs)
    {
        return new HyperoptProcess.Outcome(1, 1, 1, JsonNodeFactory.instance.objectNode(), List.of(epochs));
    }
}
