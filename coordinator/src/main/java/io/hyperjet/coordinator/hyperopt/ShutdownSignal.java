package io.hyperjet.coordinator.hyperopt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C and SIGTERM into a flag the coordinator's loop polls, so the loop itself stops the workers, keeps
 * every finished epoch, exports the best and removes shared memory. The hook then waits until the main thread says
 * it has cleaned up (it must not join the main thread, which may be inside System.exit waiting for hooks).
 */
public final class ShutdownSignal implements AutoCloseable
{
    private static final long CLEANUP_WAIT_MS = 20_000;

    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "hyperjet-shutdown");
    private volatile boolean requested;

    /**
     * Registers the hook.
     *
     * @return the signal.
     */
    public static ShutdownSignal install()
    {
        final ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    public boolean requested()
    {
        return requested;
    }

    /** Asks the loop to stop, as a signal would; for tests and for fatal conditions. */
    public void request()
    {
        requested = true;
    }

    /** Tells a waiting hook that cleanup is done, and removes the hook when no shutdown is in progress. */
    @Override
    public void close()
    {
        cleanedUp.countDown();
        try
        {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (final IllegalStateException ex)
        {
            // Shutdown in progress: the hook is running and has just been released.
        }
    }

    private void onSignal()
    {
        requested = true;
        try
        {
            cleanedUp.await(CLEANUP_WAIT_MS, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
