package org.chronoscope.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start: time from launching {@code java -jar target/chronoscope.jar --corpus seeds} to the first painted
 * timeline, against a bare JavaFX window started the same way, alternating, in the same run. Also with an
 * application class-data-sharing archive for each (made by a first training run). The goal compares Chronoscope
 * with its archive against the bare window as it comes; the bare window with its own archive is printed too.
 * With the app image built ({@code mvn -B -Papp package -DskipTests}), its launcher is timed in the same run, with
 * no flags, as an installed app starts. Needs a display (Xvfb).
 * Run after {@code mvn -B -q package -DskipTests}:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ColdStartBench}
 */
public final class ColdStartBench {
    private static final int RUNS = 11;
    private static final Path APP_IMAGE = Path.of("target/app/Chronoscope/bin/Chronoscope");

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/chronoscope.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -B -q package -DskipTests");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the bare window from a jar too: with a folder on the class path, CDS would not archive its classes
        Path bareJar = bareWindowJar(Path.of("target/bare-window.jar"));
        String benchCp = jar + java.io.File.pathSeparator + bareJar;
        List<String> app = List.of("-Dchronoscope.startupProbe=true", "-jar", jar.toString(), "--corpus", "seeds");
        List<String> bare = List.of("-cp", benchCp, "org.chronoscope.bench.BareWindow$Main");
        Path appJsa = Path.of("target/app-cds.jsa");
        Path bareJsa = Path.of("target/bare-cds.jsa");
        train(javaBin, app, appJsa);
        train(javaBin, bare, bareJsa);
        boolean image = Files.isExecutable(APP_IMAGE);
        if (!image) {
            System.out.println("no app image at " + APP_IMAGE + " (mvn -B -Papp package -DskipTests): its row is left out");
        }
        double[][] t = new double[image ? 5 : 4][RUNS];
        for (int i = 0; i < RUNS; i++) {
            t[0][i] = time(javaBin, List.of(), bare);
            t[1][i] = time(javaBin, List.of(), app);
            t[2][i] = time(javaBin, List.of("-XX:SharedArchiveFile=" + bareJsa), bare);
            t[3][i] = time(javaBin, List.of("-XX:SharedArchiveFile=" + appJsa), app);
            if (image) {
                t[4][i] = time(List.of(APP_IMAGE.toString(), "--corpus", "seeds"));
            }
        }
        String[] names = {"bare window", "java -jar (no flags)", "bare window + CDS", "java -jar + CDS",
                "app image (no flags)"};
        for (int k = 0; k < t.length; k++) {
            System.out.printf("%-22s median %6.0f ms   min %6.0f ms%n", names[k], median(t[k]),
                    Arrays.stream(t[k]).min().orElse(0));
        }
        System.out.printf("chronoscope + CDS vs bare window:       %.2f×  (the goal: at most 1.3×)%n",
                median(t[3]) / median(t[0]));
        System.out.printf("chronoscope + CDS vs bare window + CDS: %.2f×%n", median(t[3]) / median(t[2]));
        System.out.printf("chronoscope vs bare window, no CDS:     %.2f×%n", median(t[1]) / median(t[0]));
        if (image) {
            System.out.printf("app image vs bare window:               %.2f×  (the goal: at most 1.3×)%n",
                    median(t[4]) / median(t[0]));
        }
    }

    private static Path bareWindowJar(Path out) throws java.io.IOException {
        Path classes = Path.of("target/test-classes");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(out));
             var files = Files.walk(classes.resolve("org/chronoscope/bench"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("BareWindow")).toList()) {
                jar.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jar);
                jar.closeEntry();
            }
        }
        return out;
    }

    private static void train(String javaBin, List<String> args, Path jsa) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-XX:ArchiveClassesAtExit=" + jsa));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
    }

    private static double time(String javaBin, List<String> vmArgs, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        cmd.addAll(vmArgs);
        cmd.addAll(args);
        return time(cmd);
    }

    /** From launching the command to its first-paint line (the probe is on by property or by variable). */
    private static double time(List<String> cmd) throws Exception {
        long start = System.currentTimeMillis();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CHRONOSCOPE_STARTUP_PROBE", "1");
        Process p = pb.start();
        long painted = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("first-paint ")) {
                    painted = Long.parseLong(line.substring("first-paint ".length()).trim());
                }
            }
        }
        p.waitFor();
        if (painted < 0) {
            throw new IllegalStateException("no first-paint line from " + cmd);
        }
        return painted - start;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
