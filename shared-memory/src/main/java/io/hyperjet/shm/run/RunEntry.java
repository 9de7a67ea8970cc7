package io.hyperjet.shm.run;

import java.nio.file.Path;

/**
 * A run directory found under a shared-memory root, with its owner's status.
 *
 * @param runId       the run id (the directory name).
 * @param directory   the run directory.
 * @param coordinator the owning coordinator as far as known (start time 0 when unknown).
 * @param status      live or stale.
 * @param reason      why the run is stale, or "coordinator alive".
 * @param bytes       total size of the files in the directory.
 */
public record RunEntry(
    String runId, Path directory, ProcessIdentity coordinator, RunStatus status, String reason, long bytes)
{
}
