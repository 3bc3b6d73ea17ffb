package org.chronoscope.app.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The one way the app runs work off the FX thread: every load, promotion, export and save. A task's result and
 * failure come back on the FX thread; while a task the user started runs, the status bar shows it (its message
 * and progress); a failure shows an error dialog with a header saying what could not be done. A task run as
 * cancellable (a corpus load) can be stopped by the user ({@link #cancelAction}); the work sees
 * {@link Task#isCancelled()} and stops, and its result is never delivered. The threads are daemons from one pool,
 * so a task never keeps the app from quitting.
 */
public final class TaskRunner {
    /** Where the status bar's busy indicator is set (null: nothing runs). */
    private final Consumer<Task<?>> busy;
    private final ErrorReporter errors;
    private final List<Task<?>> running = new ArrayList<>();
    private final Set<Task<?>> cancellable = new HashSet<>();

    /** How a failure is shown: a dialog with a header ("Could not load news") and the message. */
    @FunctionalInterface
    public interface ErrorReporter {
        void failed(String header, String message);
    }

    public TaskRunner(Consumer<Task<?>> busy, ErrorReporter errors) {
        this.busy = busy;
        this.errors = errors;
    }

    /** The pool's executor, for work that starts before the toolkit does (the corpus preload). */
    public static Executor background() {
        return Pool.EXECUTOR;
    }

    /**
     * Runs {@code work} in the background, shown in the status bar with {@code message}; {@code onSuccess} gets
     * its result on the FX thread, a failure is reported under {@code failureHeader}. Call on the FX thread.
     */
    public <T> Task<T> run(String message, Callable<T> work, Consumer<T> onSuccess, String failureHeader) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                return work.call();
            }
        };
        return run(task, onSuccess, failureHeader);
    }

    /** Runs a task that reports its own message and progress; as {@link #run(String, Callable, Consumer, String)}. */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess, String failureHeader) {
        return run(task, onSuccess, e -> errors.failed(failureHeader, message(e)));
    }

    /**
     * Runs a task the user may stop (the status bar offers it, through {@link #cancelAction}); as
     * {@link #run(Task, Consumer, String)}, and {@code onCancelled} runs on the FX thread once it is stopped. The
     * task's work should look at {@link Task#isCancelled()} often and stop soon after it turns true.
     */
    public <T> Task<T> runCancellable(Task<T> task, Consumer<T> onSuccess, String failureHeader,
                                      Runnable onCancelled) {
        cancellable.add(task);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> onCancelled.run());
        return run(task, onSuccess, failureHeader);
    }

    /** What stops a running task the user may stop, or null for a task that cannot be stopped (or for null). */
    public Runnable cancelAction(Task<?> task) {
        return task != null && cancellable.contains(task) ? () -> task.cancel(true) : null;
    }

    /** Runs a task shown in the status bar, with its own handling of a failure (on the FX thread). */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.add(task);
        busy.accept(task);
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        Pool.EXECUTOR.execute(task);
        return task;
    }

    /**
     * Runs work the user did not start and need not watch (an autosave): not in the status bar, and no dialog;
     * {@code onSuccess} or {@code onFailure} gets the outcome on the FX thread.
     */
    public <T> Task<T> quietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        Pool.EXECUTOR.execute(task);
        return task;
    }

    /** A failure in words for the user: its message, else its kind. */
    public static String message(Throwable e) {
        if (e == null) {
            return "Unknown error";
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.toString();
    }

    private void finished(Task<?> task) {
        running.remove(task);
        cancellable.remove(task);
        busy.accept(running.isEmpty() ? null : running.get(running.size() - 1));
    }

    /** One pool of daemon threads, made on first use. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(new ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "chronoscope-task-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
    }
}
