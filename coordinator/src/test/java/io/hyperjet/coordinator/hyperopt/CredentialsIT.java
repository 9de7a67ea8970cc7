package io.hyperjet.coordinator.hyperopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 3 end to end, through the CLI in a child JVM: a config full of credentials runs a backtest and a
 * hyperopt with a worker JVM, and no file Hyperjet writes (results, journal, run.json, params, and in shared memory
 * the run spec, metadata, task rings and worker logs, read while the run is live) and no line it prints holds any of
 * them. The journal is private (0700, files 0600), so are the shared-memory run's files; results follow the umask.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CredentialsIT
{
    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        assertEquals(0, HyperoptFixture.childJvms(), "java processes left behind");
    }

    @Test
    void shouldWriteNoCredentialAnywhereAndKeepTheJournalPrivate() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final List<String> secrets = new ArrayList<>();
        final Path config = configWithCredentials(fx, secrets);

        final CliProcess backtest = CliProcess.run(dir, "backtest", "-c", config.toString());
        assertEquals(0, backtest.exitCode, backtest.toString());

        final Map<Path, byte[]> shmFiles = new ConcurrentHashMap<>();
        final Map<Path, Set<PosixFilePermission>> shmModes = new ConcurrentHashMap<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        final Thread watcher = new Thread(() -> snapshot(fx.shmRoot, running, shmFiles, shmModes));
        watcher.start();
        final CliProcess hyperopt;
        try
        {
            hyperopt = CliProcess.run(dir, "hyperopt", "-c", config.toString(), "-e", "30", "-j", "1",
                "--random-state", "3");
        }
        finally
        {
            running.set(false);
            watcher.join();
        }
        assertEquals(0, hyperopt.exitCode, hyperopt.toString());
        assertTrue(shmFiles.keySet().stream().anyMatch(p -> p.endsWith("run-spec.json")), shmFiles.keySet()
            .toString());
        assertTrue(shmFiles.keySet().stream().anyMatch(p -> p.getFileName().toString().startsWith("worker-")),
            shmFiles.keySet().toString());

        final Map<Path, byte[]> written = new ConcurrentHashMap<>(shmFiles);
        try (Stream<Path> files = Files.walk(dir))
        {
            for (final Path file : (Iterable<Path>)files::iterator)
            {
                if (Files.isRegularFile(file) && !file.equals(config))
                {
                    written.put(file, Files.readAllBytes(file));
                }
            }
        }
        assertTrue(written.keySet().stream().anyMatch(p -> p.toString().contains("backtest_results")));
        assertTrue(written.keySet().stream().anyMatch(p -> p.endsWith("run.json")));
        assertTrue(written.keySet().stream().anyMatch(p -> p.toString().endsWith(".fthypt")));
        for (final String secret : secrets)
        {
            for (final Map.Entry<Path, byte[]> file : written.entrySet())
            {
                assertFalse(new String(file.getValue(), StandardCharsets.ISO_8859_1).contains(secret),
                    file.getKey() + " holds the credential " + secret);
            }
            assertFalse((backtest.out + backtest.err + hyperopt.out + hyperopt.err).contains(secret),
                "printed: " + secret);
        }

        for (final Map.Entry<Path, Set<PosixFilePermission>> mode : shmModes.entrySet())
        {
            final boolean isDirectory = !shmFiles.containsKey(mode.getKey());
            assertEquals(isDirectory ? "rwx------" : "rw-------", PosixFilePermissions.toString(mode.getValue()),
                mode.getKey().toString());
        }
        final Path journals = fx.resultsDir().resolve("journal");
        assertEquals("rwx------", mode(journals));
        try (Stream<Path> runs = Files.list(journals))
        {
            for (final Path run : (Iterable<Path>)runs::iterator)
            {
                assertEquals("rwx------", mode(run));
                try (Stream<Path> files = Files.list(run))
                {
                    for (final Path file : (Iterable<Path>)files::iterator)
                    {
                        assertEquals("rw-------", mode(file), file.toString());
                    }
                }
            }
        }
        final String umasked = PosixFilePermissions.toString(withUmask());
        assertEquals(umasked, mode(fx.fthyptFiles().get(0)), "results follow the umask");
        assertEquals(umasked, mode(dir.resolve("user_data/strategies/SampleStrategy.json")));
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }

    private static Path configWithCredentials(final HyperoptFixture fx, final List<String> secrets) throws IOException
    {
        final ObjectNode config = (ObjectNode)EpochCommitter.MAPPER.readTree(fx.config.toFile());
        final ObjectNode exchange = (ObjectNode)config.get("exchange");
        for (final String key : List.of("key", "secret", "password", "uid", "walletAddress", "privateKey",
            "apiKey", "account_id"))
        {
            exchange.put(key, secret(secrets, "exchange-" + key));
        }
        exchange.putObject("ccxt_config").put("apiKey", secret(secrets, "ccxt-apiKey"))
            .put("secret", secret(secrets, "ccxt-secret")).put("enableRateLimit", true);
        config.putObject("telegram").put("enabled", false).put("token", secret(secrets, "telegram-token"))
            .put("chat_id", secret(secrets, "telegram-chat"));
        config.putObject("api_server").put("enabled", false).put("username", secret(secrets, "api-user"))
            .put("password", secret(secrets, "api-password")).put("jwt_secret_key", secret(secrets, "api-jwt"))
            .put("ws_token", secret(secrets, "api-ws"));
        config.putObject("discord").put("enabled", false).put("webhook_url", secret(secrets, "discord"));
        config.putObject("webhook").put("enabled", false).put("url", secret(secrets, "webhook"));
        config.put("db_url", "postgresql://bot:" + secret(secrets, "db") + "@localhost/trades");
        config.putObject("external_message_consumer").put("enabled", false).putArray("producers").addObject()
            .put("name", "default").put("ws_token", secret(secrets, "producer"));
        final Path file = fx.dir.resolve("config-credentials.json");
        EpochCommitter.MAPPER.writeValue(file.toFile(), config);
        return file;
    }

    private static String secret(final List<String> secrets, final String name)
    {
        final String value = "S3CRET-" + name + "-" + Long.toHexString(System.nanoTime());
        secrets.add(value);
        return value;
    }

    /*
     * Copies every file under the shared-memory root, and the mode of every file and directory, while the run is
     * live: the run directory is deleted when it ends.
     */
    private static void snapshot(final Path root, final AtomicBoolean running, final Map<Path, byte[]> files,
        final Map<Path, Set<PosixFilePermission>> modes)
    {
        while (running.get())
        {
            try (Stream<Path> walk = Files.walk(root))
            {
                for (final Path path : (Iterable<Path>)walk::iterator)
                {
                    if (path.equals(root))
                    {
                        continue;
                    }
                    modes.put(path, Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                    if (Files.isRegularFile(path))
                    {
                        files.put(path, Files.readAllBytes(path));
                    }
                }
            }
            catch (final NoSuchFileException | java.io.UncheckedIOException ex)
            {
                // the root or a file came or went between listing and reading
            }
            catch (final IOException ex)
            {
                throw new java.io.UncheckedIOException(ex);
            }
            try
            {
                Thread.sleep(20);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String mode(final Path path) throws IOException
    {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    /* rw-rw-rw- without the bits of this process's umask, as a new results file gets them. */
    private static Set<PosixFilePermission> withUmask() throws IOException
    {
        int umask = 022;
        for (final String line : Files.readAllLines(Path.of("/proc/self/status")))
        {
            if (line.startsWith("Umask:"))
            {
                umask = Integer.parseInt(line.substring(6).trim(), 8);
            }
        }
        final Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
        final PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        final int wanted = 0666 & ~umask;
        for (int i = 0; i < bits.length; i++)
        {
            if (0 != (wanted & (1 << i)))
            {
                mode.add(bits[i]);
            }
        }
        return mode;
    }
}
