package io.hyperjet.common.launch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmFlagsTest
{
    @Test
    void shouldCarryTheFlagsOfEtcJvmProperties()
    {
        final List<String> flags = JvmFlags.flags();
        assertTrue(flags.contains("-Dchronicle.analytics.disable=true"), flags.toString());
        assertTrue(flags.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), flags.toString());
    }

    @Test
    void shouldKeepTheCoordinatorOnlyFlagsOutOfTheCommonFlags()
    {
        assertTrue(JvmFlags.flags(JvmFlags.COORDINATOR_FLAGS_PROP_NAME).contains("-XX:+UseSerialGC"));
        assertTrue(JvmFlags.flags(JvmFlags.COORDINATOR_HYPEROPT_FLAGS_PROP_NAME).contains("-XX:TieredStopAtLevel=1"));
        // workers add -XX:+UseParallelGC to the common flags: a second collector there would stop them starting
        assertFalse(JvmFlags.flags().contains("-XX:+UseSerialGC"), JvmFlags.flags().toString());
    }

    @Test
    void shouldRunTestsWithAgronaBoundsChecksOnAlthoughProductionTurnsThemOff()
    {
        assertTrue(JvmFlags.flags().contains("-Dagrona.disable.bounds.checks=true"));
        assertFalse(Boolean.getBoolean("agrona.disable.bounds.checks"), "the test runner must re-enable them");
    }

    @Test
    void shouldGiveWorkersTheirOwnCollectorAndJitFlags()
    {
        final List<String> worker = JvmFlags.flags(JvmFlags.WORKER_FLAGS_PROP_NAME);
        assertTrue(worker.contains("-XX:+UseParallelGC"), worker.toString());
        for (final String flag : worker)
        {
            assertFalse(JvmFlags.flags().contains(flag), flag + " must not reach tests and the coordinator");
        }
    }

    @Test
    void shouldSplitFlagsOnAnyWhiteSpace()
    {
        assertEquals(List.of("-Xmx1g", "-XX:+PrintCompilation"), JvmFlags.split(" -Xmx1g \t\n -XX:+PrintCompilation "));
        assertEquals(List.of(), JvmFlags.split(null));
        assertEquals(List.of(), JvmFlags.split("  "));
    }
}
