package io.hyperjet.coordinator.hyperopt;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed epochs count as done in the progress line: a run whose strategy failed for some parameters read "4/6
 * epochs" when all 6 were done (found by helper probe).
 */
class ProgressTest
{
    @Test
    void shouldCountFailedEpochsAsDoneAndPrintTheirLineAboveTheBar()
    {
        final StringWriter text = new StringWriter();
        final Progress progress = new Progress(new PrintWriter(text), false, 1, 6);
        progress.onEpoch(1, 0.5, true, "1 trade.");
        progress.onFailed(2, "Epoch 2 failed: Strategy.java:12: boom");
        progress.onEpoch(3, 0.7, false, "");
        progress.onFailed(4, "Epoch 4 failed: Strategy.java:12: boom");
        progress.onFailed(5, "Epoch 5 failed: Strategy.java:12: boom");
        progress.onEpoch(6, 0.9, false, "");
        progress.finish();
        final List<String> lines = text.toString().lines().toList();
        assertTrue(lines.contains("Epoch 4 failed: Strategy.java:12: boom"), text.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("6/6 epochs"), text.toString());

        final StringWriter bar = new StringWriter();
        final Progress terminal = new Progress(new PrintWriter(bar), true, 1, 2);
        terminal.tick();
        terminal.onFailed(1, "Epoch 1 failed: x");
        assertTrue(bar.toString().contains("\r\033[KEpoch 1 failed: x"), "the bar is cleared first: " + bar);
        assertEquals(1, bar.toString().split("Epoch 1 failed", -1).length - 1);
    }
}
