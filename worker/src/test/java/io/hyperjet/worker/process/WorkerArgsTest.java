package io.hyperjet.worker.process;

import java.io.File;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkerArgsTest
{
    @Test
    void shouldRoundTripTheContract()
    {
        final WorkerArgs args = new WorkerArgs(new File("/r/spec.json"), 3, 2, new File("/r"), new File("/j"), 42);
        assertEquals(args, WorkerArgs.parse(args.toArgs()));
    }

    @Test
    void shouldGiveSlotsConsecutiveIdsAndRings()
    {
        final WorkerArgs args = new WorkerArgs(new File("/r/spec.json"), 3, 2, new File("/r"), new File("/j"), 42);
        assertEquals(3, args.workerId(0));
        assertEquals(4, args.workerId(1));
        assertEquals(new File("/r/tasks-4.ring"), WorkerArgs.taskRing(args.tasksDir(), args.workerId(1)));
    }

    @Test
    void shouldRefuseNoSlots()
    {
        final String[] args = new WorkerArgs(new File("/s"), 1, 1, new File("/r"), new File("/j"), 42).toArgs();
        args[5] = "0";
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> WorkerArgs.parse(args));
        assertEquals("missing argument in " + String.join(" ", args), ex.getMessage());
    }

    @Test
    void shouldRefuseTheOldContract()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> WorkerArgs.parse(
            new String[] {"--run-spec", "/s", "--worker-id", "1", "--tasks", "/t", "--journal", "/j",
                "--coordinator-pid", "42"}));
        assertEquals("expected 12 arguments, got 10", ex.getMessage());
    }
}
