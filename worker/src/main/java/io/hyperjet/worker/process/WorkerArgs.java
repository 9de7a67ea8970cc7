package io.hyperjet.worker.process;

import java.io.File;

/**
 * The strict argument contract between the coordinator and a worker JVM:
 * {@code --run-spec FILE --worker-id N --slots K --tasks-dir DIR --journal DIR --coordinator-pid PID}.
 * <p>
 * One JVM hosts {@code K} worker slots with the consecutive ids {@code N .. N+K-1}; each slot is one evaluator
 * thread reading its own task ring, {@link #taskRing(File, int)} in the tasks directory, so the coordinator's
 * protocol per worker id is the same whether the ids share a JVM or not.
 *
 * @param runSpec        the run's spec file (JSON) written by the coordinator.
 * @param workerId       the first slot's worker id, unique within the run.
 * @param slots          how many slots (evaluator threads) this JVM runs, at least 1.
 * @param tasksDir       the directory of the task rings the coordinator created for the slots.
 * @param journal        the results journal directory.
 * @param coordinatorPid the coordinator's pid; the worker exits when that process is gone.
 */
public record WorkerArgs(File runSpec, int workerId, int slots, File tasksDir, File journal, long coordinatorPid)
{
    /**
     * The task ring file of a worker id: the one naming rule both sides use.
     *
     * @param tasksDir the run's task ring directory.
     * @param workerId the worker (slot) id.
     * @return the ring file.
     */
    public static File taskRing(final File tasksDir, final int workerId)
    {
        return new File(tasksDir, "tasks-" + workerId + ".ring");
    }

    /**
     * The worker id of a slot.
     *
     * @param slot the slot index, 0 to {@code slots - 1}.
     * @return its worker id.
     */
    public int workerId(final int slot)
    {
        return workerId + slot;
    }

    /**
     * The arguments as a command line.
     *
     * @return the arguments in contract order.
     */
    public String[] toArgs()
    {
        return new String[] {
            "--run-spec", runSpec.getPath(),
            "--worker-id", Integer.toString(workerId),
            "--slots", Integer.toString(slots),
            "--tasks-dir", tasksDir.getPath(),
            "--journal", journal.getPath(),
            "--coordinator-pid", Long.toString(coordinatorPid)};
    }

    /**
     * Parses the contract; anything else is an error naming the argument.
     *
     * @param args the command line.
     * @return the arguments.
     */
    public static WorkerArgs parse(final String[] args)
    {
        if (args.length != 12)
        {
            throw new IllegalArgumentException("expected 12 arguments, got " + args.length);
        }
        File runSpec = null;
        File tasksDir = null;
        File journal = null;
        int workerId = -1;
        int slots = -1;
        long pid = -1;
        for (int i = 0; i < args.length; i += 2)
        {
            final String value = args[i + 1];
            switch (args[i])
            {
                case "--run-spec" -> runSpec = new File(value);
                case "--worker-id" -> workerId = Integer.parseInt(value);
                case "--slots" -> slots = Integer.parseInt(value);
                case "--tasks-dir" -> tasksDir = new File(value);
                case "--journal" -> journal = new File(value);
                case "--coordinator-pid" -> pid = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (null == runSpec || null == tasksDir || null == journal || workerId < 0 || slots < 1 || pid <= 0)
        {
            throw new IllegalArgumentException("missing argument in " + String.join(" ", args));
        }
        return new WorkerArgs(runSpec, workerId, slots, tasksDir, journal, pid);
    }
}
