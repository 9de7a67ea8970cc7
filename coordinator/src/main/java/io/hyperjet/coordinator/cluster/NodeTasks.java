package io.hyperjet.coordinator.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * The tasks a coordinator (or {@code cluster-status}) runs on a node through Hazelcast's executor. Each is a small
 * serializable command; the node's state lives in {@link ClusterNode}, never in Hazelcast's data structures.
 */
final class NodeTasks
{
    private NodeTasks()
    {
    }

    /** One chunk of a shipped file; the first chunk of a run creates the run on the node. */
    record Receive(String key, UUID coordinator, String name, long offset, byte[] bytes)
        implements Callable<Boolean>, Serializable
    {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean call()
        {
            ClusterNode.current().runFor(key, coordinator).receive(name, offset, bytes);
            return Boolean.TRUE;
        }
    }

    /** Checks the shipped files and starts the node's workers; answers the number of workers. */
    record Open(String key, UUID coordinator, HashMap<String, Long> checksums, String specJson)
        implements Callable<Integer>, Serializable
    {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer call()
        {
            final ClusterNode node = ClusterNode.current();
            final Map<String, Long> files = checksums;
            try
            {
                return node.runFor(key, coordinator).open(files, specJson, node.workers(),
                    node.cluster().workerHeapMb());
            }
            catch (final RuntimeException ex)
            {
                node.end(key, "could not open: " + ex.getMessage());
                throw ex;
            }
        }
    }

    /** A batch of epochs; answers the encoded results once all are done. */
    record RunBatch(String key, byte[] tasks) implements Callable<byte[]>, Serializable
    {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] call() throws InterruptedException, ExecutionException
        {
            return ClusterNode.current().run(key).submit(BatchCodec.decodeTasks(tasks)).get();
        }
    }

    /** Ends a run on the node. */
    record Close(String key) implements Callable<Boolean>, Serializable
    {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean call()
        {
            ClusterNode.current().end(key, "the coordinator finished");
            return Boolean.TRUE;
        }
    }

    /** The node's status as JSON. */
    record Status() implements Callable<String>, Serializable
    {
        private static final long serialVersionUID = 1L;

        @Override
        public String call()
        {
            return ClusterNode.current().status();
        }
    }
}
