package io.hyperjet.coordinator.cluster;

import com.hazelcast.cluster.Member;

/**
 * The coordinator's view of one node during a run: its member, its state, and its id in the scheduler (like a
 * worker id, never reused within a run, so a late result from a node that was given up on is told apart).
 */
final class NodeLink
{
    enum State
    {
        /** Data is being shipped. */
        SHIPPING,
        /** Gets batches. */
        READY,
        /** Left, died, or failed; gets nothing more in this run. */
        GONE
    }

    final Member member;
    final String name;
    State state = State.SHIPPING;
    int schedulerId = -1;
    int workers;
    int batchesInFlight;
    int epochsInFlight;
    /** When the coordinator started waiting for the node's next answer (see {@link NodeDeadline}). */
    long quietSinceNs;
    long epochsDone;

    NodeLink(final Member member)
    {
        this(member, ClusterMember.name(member));
    }

    NodeLink(final Member member, final String name)
    {
        this.member = member;
        this.name = name;
    }
}
