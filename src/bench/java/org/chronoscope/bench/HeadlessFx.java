package org.chronoscope.bench;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Starts the toolkit headless (Monocle, software pipeline), runs a benchmark on the FX thread, prints its report. */
final class HeadlessFx {
    private HeadlessFx() {
    }

    static void start() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
    }

    /** Runs {@code bench} on the FX thread, prints what it returns, and ends the JVM. */
    static void printAndExit(Callable<String> bench) throws Exception {
        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                report.complete(bench.call());
            } catch (Throwable t) {
                report.completeExceptionally(t);
            }
        });
        System.out.print(report.get());
        Platform.exit();
        System.exit(0);
    }
}
