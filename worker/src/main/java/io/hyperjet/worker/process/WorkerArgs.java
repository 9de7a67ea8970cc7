package io.hyperjet.worker.process;

import java.io.File;

/**
 * The strict argument contract between the coordinator and a worker JVM:
 * {@code --run-spec FILE --worker-id N --tasks FILE --journal DIR --coordinator-pid PID}.
 *
 * @param runSpec        the run's spec file (JSON) written by the coordinator.
 * @param workerId       this worker's id, unique within the run.
 * @param tasks          the task ring file the coordinator created for this worker.
 * @param journal        the results journal directory.
 * @param coordinatorPid the coordinator's pid; the worker exits when that process is gone.
 */
public record WorkerArgs(File runSpec, int workerId, File tasks, File journal, long coordinatorPid)
{
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
            "--tasks", tasks.getPath(),
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
        if (args.length != 10)
        {
            throw new IllegalArgumentException("expected 10 arguments, got " + args.length);
        }
        File runSpec = null;
        File tasks = null;
        File journal = null;
        int workerId = -1;
        long pid = -1;
        for (int i = 0; i < args.length; i += 2)
        {
            final String value = args[i + 1];
            switch (args[i])
            {
                case "--run-spec" -> runSpec = new File(value);
                case "--worker-id" -> workerId = Integer.parseInt(value);
                case "--tasks" -> tasks = new File(value);
                case "--journal" -> journal = new File(value);
                case "--coordinator-pid" -> pid = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (null == runSpec || null == tasks || null == journal || workerId < 0 || pid <= 0)
        {
            throw new IllegalArgumentException("missing argument in " + String.join(" ", args));
        }
        return new WorkerArgs(runSpec, workerId, tasks, journal, pid);
    }
}
