package io.hyperjet.shm.run;

/**
 * Whether a run's coordinator is still running.
 */
public enum RunStatus
{
    /**
     * The coordinator is alive (or cannot be proven dead): its files must not be touched.
     */
    LIVE,

    /**
     * The coordinator is dead or its pid was reused: the run's files are garbage.
     */
    STALE
}
