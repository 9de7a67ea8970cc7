package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.launch.JvmFlags;
import io.hyperjet.coordinator.cli.Main;
import io.hyperjet.coordinator.python.PythonWorkspace;
import io.hyperjet.shm.run.RunCleaner;
import io.hyperjet.shm.run.RunEntry;
import io.hyperjet.shm.run.RunStatus;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 end to end: node JVMs ({@code hyperjet node}) on 127.0.0.1 with distinct free ports, and a coordinator
 * ({@code hyperopt --cluster}) in this JVM. The .fthypt equals a single-machine run with the same seed and lag, also
 * when one node is killed with SIGKILL mid-run and another joins mid-run, and when the coordinator is killed and the
 * run resumed (the node ends the dead coordinator's run and removes its shared memory at once); afterwards no process
 * and no shared memory is left (the killed node's run is stale, removable by {@code hyperjet cleanup}, and nothing
 * else).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ClusterIT
{
    private static final String SECRET = "cluster-it-secret-0123456789";

    @TempDir
    Path dir;

    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void noLeftovers()
    {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void shouldGiveTheSameEpochsAsOneMachineEvenWhenANodeIsKilledAndAnotherJoins() throws Exception
    {
        final int epochs = 150;
        final HyperoptFixture local = new HyperoptFixture(dir.resolve("local"), 2, 15);
        assertEquals(0, local.run(local.options(epochs, 2, null), new StringWriter()));

        final int[] ports = {freePort(), freePort(), freePort(), freePort()};
        final Path clusterFile = dir.resolve("cluster.json");
        Files.writeString(clusterFile, """
            {"cluster_name": "it", "secret": "%s", "node_workers": 1, "batch_target_ms": 50,
             "members": ["127.0.0.1:%d", "127.0.0.1:%d", "127.0.0.1:%d", "127.0.0.1:%d"],
             "coordinator_port": %d}
            """.formatted(SECRET, ports[0], ports[1], ports[2], ports[3], ports[3]));

        // three nodes: the plain run on all three
        for (int i = 0; i < 3; i++)
        {
            nodes.add(Node.start(dir.resolve("node" + i), clusterFile, ports[i]));
        }
        for (final Node n : nodes)
        {
            n.awaitReady();
        }
        final HyperoptFixture clustered = new HyperoptFixture(dir.resolve("clustered"), 2, 15);
        final StringWriter err = new StringWriter();
        assertEquals(0, run(clustered, epochs, clusterFile, err), err.toString());
        HyperoptFixture.assertSameEpochs(local.fthyptFiles().get(0), clustered.fthyptFiles().get(0));
        for (final Node n : nodes)
        {
            assertTrue(err.toString().contains("node 127.0.0.1:" + n.port + " ready"), err.toString());
        }

        // nodes 0 and 2 stop; the next run starts on node 1 alone, which is killed mid-run: the coordinator waits,
        // a new node joins mid-run, gets the data and the handed-back epochs, and the run ends with the same file
        nodes.get(0).stop();
        nodes.get(2).stop();
        final HyperoptFixture hit = new HyperoptFixture(dir.resolve("hit"), 2, 15);
        final StringWriter hitErr = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread coordinator = new Thread(() -> exit.set(run(hit, epochs, clusterFile, hitErr)));
        coordinator.start();
        awaitLines(hit, 10, coordinator);
        nodes.get(1).process.destroyForcibly();
        awaitText(hitErr, "waiting for a node to join", coordinator);
        final Node joined = Node.start(dir.resolve("node3"), clusterFile, ports[2]);
        nodes.add(joined);
        coordinator.join(TimeUnit.SECONDS.toMillis(200));
        assertEquals(0, exit.get(), hitErr.toString());
        HyperoptFixture.assertSameEpochs(local.fthyptFiles().get(0), hit.fthyptFiles().get(0));
        assertTrue(hitErr.toString().contains("node 127.0.0.1:" + ports[1] + " left the cluster"), hitErr.toString());
        assertTrue(hitErr.toString().contains("node 127.0.0.1:" + ports[2] + " ready"), hitErr.toString());

        // the coordinator dies (SIGKILL): the node ends the run, removes its shared memory and waits; --resume with
        // the cluster finishes the run with the same file
        final HyperoptFixture dead = new HyperoptFixture(dir.resolve("dead"), 2, 15);
        final Process killed = coordinatorJvm(dead, epochs, clusterFile);
        awaitLines(dead, 10, null);
        killed.destroyForcibly().waitFor();
        awaitFile(joined.err(), "left the cluster): ");
        assertTrue(RunCleaner.list(dir.resolve("node3").resolve("shm")).isEmpty(), joined.log());
        final StringWriter resumeErr = new StringWriter();
        assertEquals(0, run(dead, epochs, clusterFile, resumeErr, ""), resumeErr.toString());
        HyperoptFixture.assertSameEpochs(local.fthyptFiles().get(0), dead.fthyptFiles().get(0));
        assertTrue(dead.shmRootEmpty(), "the dead coordinator's shared memory was not cleaned by the resume");

        assertTrue(joined.stop() > 0, "the node that joined mid-run did no epoch");
        assertNothingLeft();
    }

    /**
     * A Freqtrade {@code .py} strategy through a node: the strategy file and the Python wrapper come with the run's
     * config and strategy path, the node's workers start their own bridges, and the .fthypt equals one machine's.
     */
    @Test
    void shouldRunAPythonStrategyOnANodeAsOnOneMachine() throws Exception
    {
        final int epochs = 40;
        final HyperoptFixture local = pythonFixture(dir.resolve("local"));
        assertEquals(0, local.run(local.options(epochs, 1, null), new StringWriter()));

        final int[] ports = {freePort(), freePort()};
        final Path clusterFile = dir.resolve("cluster.json");
        Files.writeString(clusterFile, """
            {"cluster_name": "it-py", "secret": "%s", "node_workers": 1, "batch_target_ms": 50,
             "members": ["127.0.0.1:%d", "127.0.0.1:%d"], "coordinator_port": %d}
            """.formatted(SECRET, ports[0], ports[1], ports[1]));
        final Node node = Node.start(dir.resolve("node0"), clusterFile, ports[0]);
        nodes.add(node);
        node.awaitReady();
        final HyperoptFixture clustered = pythonFixture(dir.resolve("clustered"));
        final StringWriter err = new StringWriter();
        assertEquals(0, run(clustered, epochs, clusterFile, err), err.toString());
        assertTrue(err.toString().contains("node 127.0.0.1:" + ports[0] + " ready"), err.toString());
        assertTrue(clustered.fthyptFiles().get(0).getFileName().toString().startsWith("strategy_PyMomentum_"),
            clustered.fthyptFiles().toString());
        HyperoptFixture.assertSameEpochs(local.fthyptFiles().get(0), clustered.fthyptFiles().get(0));
        assertEquals(epochs, node.stop(), "the node did not run every epoch");
        assertNothingLeft();
    }

    /** A fixture whose config names the Python strategy PyMomentum, from its own copy of the test strategies. */
    private static HyperoptFixture pythonFixture(final Path dir) throws IOException
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 15, "PyMomentum");
        new PythonWorkspace(dir).configure(fx.config);
        return fx;
    }

    private void assertNothingLeft() throws Exception
    {
        // the killed node's workers notice their parent is gone and exit by themselves
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (HyperoptFixture.childJvms() > 0 && System.nanoTime() < deadlineNs)
        {
            Thread.sleep(200);
        }
        assertEquals(0, HyperoptFixture.childJvms(), "processes left behind");
        for (int i = 0; i < 4; i++)
        {
            final Path root = dir.resolve("node" + i).resolve("shm");
            for (final RunEntry run : RunCleaner.list(root))
            {
                // only a SIGKILLed node can leave its run; its owner is dead so it is stale, never live
                assertEquals(1, i, "node " + i + " left " + run.directory());
                assertEquals(RunStatus.STALE, run.status());
                assertTrue(RunCleaner.removeIfStale(run));
            }
        }
    }

    private static int run(final HyperoptFixture fx, final int epochs, final Path clusterFile, final StringWriter err)
    {
        return run(fx, epochs, clusterFile, err, null);
    }

    private static int run(
        final HyperoptFixture fx, final int epochs, final Path clusterFile, final StringWriter err, final String resume)
    {
        final HyperoptOptions base = fx.options(epochs, 2, null);
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(base.run().configFiles()), epochs, 2,
            null, null, null, base.randomState(), null, 0, resume, false, false, false, false, false, clusterFile);
        return new HyperoptRun(options, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), false)
            .run();
    }

    private static void awaitLines(final HyperoptFixture fx, final int lines, final Thread coordinator)
        throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadlineNs && (null == coordinator || coordinator.isAlive()))
        {
            if (Files.isDirectory(fx.resultsDir()) && !fx.fthyptFiles().isEmpty() &&
                Files.readAllLines(fx.fthyptFiles().get(0), StandardCharsets.UTF_8).size() >= lines)
            {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run did not reach " + lines + " epochs");
    }

    /** The CLI's hyperopt in a child JVM, as a user runs it. */
    private static Process coordinatorJvm(final HyperoptFixture fx, final int epochs, final Path clusterFile)
        throws IOException
    {
        final List<String> command = javaCommand();
        command.addAll(List.of("hyperopt", "-c", fx.config.toString(), "-e", Integer.toString(epochs), "-j", "2",
            "--random-state", Long.toString(fx.options(epochs, 2, null).randomState()), "--cluster",
            clusterFile.toString()));
        return new ProcessBuilder(command).directory(fx.dir.toFile())
            .redirectOutput(fx.dir.resolve("coordinator.out").toFile())
            .redirectError(fx.dir.resolve("coordinator.err").toFile()).start();
    }

    private static List<String> javaCommand()
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JvmFlags.flags());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        return command;
    }

    private static void awaitFile(final Path file, final String wanted) throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadlineNs)
        {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(wanted))
            {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + wanted + "' in " + file);
    }

    private static void awaitText(final StringWriter text, final String wanted, final Thread coordinator)
        throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadlineNs && coordinator.isAlive())
        {
            if (text.toString().contains(wanted))
            {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + wanted + "' while the run went on:\n" + text);
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return socket.getLocalPort();
        }
    }

    /** A {@code hyperjet node} JVM. */
    private static final class Node
    {
        final Process process;
        final int port;
        final File out;

        private Node(final Process process, final int port, final File out)
        {
            this.process = process;
            this.port = port;
            this.out = out;
        }

        static Node start(final Path dir, final Path clusterFile, final int port) throws IOException
        {
            Files.createDirectories(dir);
            final Path shm = dir.resolve("shm");
            final List<String> command = javaCommand();
            command.addAll(List.of("node", "-c", clusterFile.toString(), "--port", Integer.toString(port),
                "--shared-memory-dir", shm.toString()));
            final File out = dir.resolve("node-" + port + ".out").toFile();
            final Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("node-" + port + ".err").toFile()))
                .start();
            return new Node(process, port, out);
        }

        void awaitReady() throws Exception
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadlineNs)
            {
                if (Files.readString(out.toPath(), StandardCharsets.UTF_8).contains("Ctrl-C to stop"))
                {
                    return;
                }
                if (!process.isAlive())
                {
                    throw new AssertionError("node on port " + port + " exited " + process.exitValue() + ": " +
                        Files.readString(out.toPath().resolveSibling("node-" + port + ".err")));
                }
                Thread.sleep(100);
            }
            throw new AssertionError("node on port " + port + " did not start");
        }

        Path err()
        {
            return out.toPath().resolveSibling("node-" + port + ".err");
        }

        String log() throws IOException
        {
            return Files.readString(out.toPath(), StandardCharsets.UTF_8) +
                Files.readString(out.toPath().resolveSibling("node-" + port + ".err"), StandardCharsets.UTF_8);
        }

        /** SIGTERM, as a user's Ctrl-C; answers the epochs the node reports having done. */
        long stop() throws Exception
        {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "node on port " + port + " did not stop");
            final String text = Files.readString(out.toPath(), StandardCharsets.UTF_8);
            final int at = text.lastIndexOf("stopping: ");
            assertTrue(at >= 0, text);
            return Long.parseLong(text.substring(at + "stopping: ".length()).split(" ")[0]);
        }
    }
}
