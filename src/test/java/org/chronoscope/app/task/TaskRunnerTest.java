package org.chronoscope.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class TaskRunnerTest {
    private final List<Task<?>> busy = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final TaskRunner runner = new TaskRunner(busy::add, (h, m) -> errors.add(h + ": " + m));

    @Test
    void the_result_comes_back_on_the_fx_thread_off_which_the_work_ran() throws Exception {
        boolean[] workOnFx = new boolean[1];
        boolean[] resultOnFx = new boolean[1];
        String[] result = new String[1];
        WaitForAsyncUtils.asyncFx(() -> runner.run("Loading…", () -> {
            workOnFx[0] = Platform.isFxApplicationThread();
            return "done";
        }, r -> {
            resultOnFx[0] = Platform.isFxApplicationThread();
            result[0] = r;
        }, "Could not load"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result[0] != null);
        assertEquals("done", result[0]);
        assertTrue(resultOnFx[0]);
        assertTrue(!workOnFx[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(busy.get(busy.size() - 1), "nothing runs any more");
    }

    @Test
    void a_failure_is_reported_with_its_header_and_message() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runner.run("Saving…", () -> {
            throw new IOException("disk full");
        }, r -> errors.add("succeeded?"), "Could not save"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals(List.of("Could not save: disk full"), errors);
    }

    @Test
    void the_busy_indicator_shows_a_task_still_running_when_another_ends() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Task<?>[] slow = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> {
            slow[0] = runner.run("Exporting…", () -> release.await(10, TimeUnit.SECONDS), r -> { }, "x");
            runner.run("Loading…", () -> "quick", r -> { }, "y");
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> busy.size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(slow[0], busy.get(2), "the quick task ended: the slow one is shown");
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> busy.size() >= 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(busy.get(3));
    }

    @Test
    void a_cancellable_task_stops_when_cancelled_and_delivers_no_result() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        boolean[] sawCancel = new boolean[1];
        boolean[] cancelledRan = new boolean[1];
        List<String> results = new ArrayList<>();
        Task<String> work = new Task<>() {
            @Override
            protected String call() throws Exception {
                started.countDown();
                while (!isCancelled()) {
                    Thread.onSpinWait();
                }
                sawCancel[0] = true;
                return "too late";
            }
        };
        Runnable[] cancel = new Runnable[2];
        WaitForAsyncUtils.asyncFx(() -> {
            runner.runCancellable(work, results::add, "Could not load", () -> cancelledRan[0] = true);
            cancel[0] = runner.cancelAction(work);
            Task<String> plain = runner.run("Saving…", () -> "saved", r -> { }, "Could not save");
            cancel[1] = runner.cancelAction(plain);
        }).get(5, TimeUnit.SECONDS);
        assertTrue(cancel[0] != null, "the load can be cancelled");
        assertNull(cancel[1], "a save cannot");
        assertTrue(started.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(cancel[0]).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cancelledRan[0] && sawCancel[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), results);
        assertEquals(List.of(), errors);
        assertNull(busy.get(busy.size() - 1), "nothing runs any more");
        assertNull(runner.cancelAction(work), "a finished task offers no cancel");
    }
}
