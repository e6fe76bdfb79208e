package org.iom.common;

import java.time.Duration;

/**
 * A bean's own background loop on a thread of its own (the access log's group commit, the change feed's listener):
 * started with the service, told to end when it stops. The loop goes on while {@link #running()}. Its thread is a
 * daemon, so it never holds the JVM up.
 */
public final class DaemonThread {

    private final String name;
    private final Runnable loop;
    private volatile boolean running;
    private Thread thread;

    /** A loop called {@code name} (its thread's name) that runs {@code loop} once started. */
    public DaemonThread(String name, Runnable loop) {
        this.name = name;
        this.loop = loop;
    }

    /** A daemon thread called {@code name} running {@code body}, not started (also for an executor's threads). */
    public static Thread newDaemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    public void start() {
        running = true;
        thread = newDaemon(name, loop);
        thread.start();
    }

    /** True from {@link #start} until the loop is told to end. */
    public boolean running() {
        return running;
    }

    /** Tells the loop to end and interrupts what it is waiting on. */
    public void interrupt() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Tells the loop to end and waits up to {@code timeout} for it to finish what it is doing (not interrupted). */
    public void finish(Duration timeout) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(timeout.toMillis());
        }
    }
}
