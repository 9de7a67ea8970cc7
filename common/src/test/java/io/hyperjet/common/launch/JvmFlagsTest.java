package io.hyperjet.common.launch;

import java.util.List;

import org.junit.jupiter.api.Test;

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
    void shouldRunTestsWithAgronaBoundsChecksOnAlthoughProductionTurnsThemOff()
    {
        assertTrue(JvmFlags.flags().contains("-Dagrona.disable.bounds.checks=true"));
        assertFalse(Boolean.getBoolean("agrona.disable.bounds.checks"), "the test runner must re-enable them");
    }
}
