package io.hyperjet.common.launch;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void shouldAddPerJdkFlagsFromTheirReleaseOnLowerReleasesFirst()
    {
        final Properties properties = new Properties();
        properties.setProperty("hyperjet.worker.jvm.flags", "-Xa -Xb");
        properties.setProperty("hyperjet.worker.jvm.flags.jdk25", "-Xlog:aot=off");
        properties.setProperty("hyperjet.worker.jvm.flags.jdk21", "-Xc");
        properties.setProperty("hyperjet.jvm.flags.jdk17", "-Xother");
        assertEquals(List.of("-Xa", "-Xb"), JvmFlags.flags(properties, "hyperjet.worker.jvm.flags", 17));
        assertEquals(List.of("-Xa", "-Xb", "-Xc"), JvmFlags.flags(properties, "hyperjet.worker.jvm.flags", 24));
        assertEquals(List.of("-Xa", "-Xb", "-Xc", "-Xlog:aot=off"),
            JvmFlags.flags(properties, "hyperjet.worker.jvm.flags", 25));
        assertEquals(List.of("-Xc"), JvmFlags.flags(properties, "hyperjet.worker.jvm.flags.jdk21", 25));
        properties.setProperty("hyperjet.worker.jvm.flags.jdk", "-Xd");
        final IllegalStateException ex = assertThrows(IllegalStateException.class,
            () -> JvmFlags.flags(properties, "hyperjet.worker.jvm.flags", 25));
        assertTrue(ex.getMessage().contains("'hyperjet.worker.jvm.flags.jdk'"), ex.getMessage());
    }

    @Test
    void shouldKeepFlagsJdk17RefusesOutOfItsJvms()
    {
        // -Xlog:aot stops a JDK 17 JVM ("Invalid tag 'aot'"); workers on 25 get it to keep AOT cache messages quiet
        final boolean jdk25 = Runtime.version().feature() >= 25;
        assertEquals(jdk25, JvmFlags.flags(JvmFlags.WORKER_FLAGS_PROP_NAME).contains("-Xlog:aot=off"));
        assertFalse(JvmFlags.flags().contains("-Xlog:aot=off"));
    }

    @Test
    void shouldKeepTheKeyTheTestRunnerNamesOnJdk25() throws IOException
    {
        // pom.xml's jdk25 profile passes @{hyperjet.jvm.flags.jdk25} to the test JVMs; a missing key stops them
        final Properties properties = new Properties();
        try (InputStream in = JvmFlags.class.getResourceAsStream("jvm.properties"))
        {
            properties.load(in);
        }
        assertTrue(properties.containsKey("hyperjet.jvm.flags.jdk25"), properties.keySet().toString());
    }
}
