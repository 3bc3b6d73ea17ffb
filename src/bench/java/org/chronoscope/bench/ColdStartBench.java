package org.chronoscope.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
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
 * no flags, as an installed app starts. Each row also gives the process's CPU time at the first paint (user +
 * system, all its threads: the figure a busy machine disturbs least). {@code -Dbench.baseline=OTHER.jar} adds
 * that jar (an older build) as two more rows, without and with its own archive, interleaved with the rest.
 * Needs a display (Xvfb); Linux (the CPU time is read from /proc).
 * Run after {@code mvn -B -q package -DskipTests}:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ColdStartBench}
 */
public final class ColdStartBench {
    private static final int RUNS = Integer.getInteger("bench.runs", 11);
    private static final Path APP_IMAGE = Path.of("target/app/Chronoscope/bin/Chronoscope");
    /** Linux's USER_HZ, the unit of the CPU times in /proc/PID/stat. */
    private static final double TICK_MS = 10;

    private ColdStartBench() {
    }

    /** One way of starting, timed RUNS times: wall ms to the first paint, and CPU ms spent by then. */
    private record Row(String name, List<String> command, double[] wall, double[] cpu) {
        Row(String name, List<String> command) {
            this(name, command, new double[RUNS], new double[RUNS]);
        }
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
        List<String> bare = List.of("-cp", benchCp, "org.chronoscope.bench.BareWindow$Main");
        Path bareJsa = Path.of("target/bare-cds.jsa");
        Path appJsa = Path.of("target/app-cds.jsa");
        train(javaBin, bare, bareJsa);
        train(javaBin, app(jar), appJsa);
        List<Row> rows = new ArrayList<>(List.of(
                new Row("bare window", java(javaBin, List.of(), bare)),
                new Row("java -jar (no flags)", java(javaBin, List.of(), app(jar))),
                new Row("bare window + CDS", java(javaBin, List.of("-XX:SharedArchiveFile=" + bareJsa), bare)),
                new Row("java -jar + CDS", java(javaBin, List.of("-XX:SharedArchiveFile=" + appJsa), app(jar)))));
        if (Files.isExecutable(APP_IMAGE)) {
            rows.add(new Row("app image (no flags)", List.of(APP_IMAGE.toString(), "--corpus", "seeds")));
        } else {
            System.out.println("no app image at " + APP_IMAGE + " (mvn -B -Papp package -DskipTests): its row is left out");
        }
        String baseline = System.getProperty("bench.baseline");
        if (baseline != null) {
            Path baseJar = Path.of(baseline);
            Path baseJsa = Path.of("target/baseline-cds.jsa");
            train(javaBin, app(baseJar), baseJsa);
            rows.add(new Row("baseline java -jar", java(javaBin, List.of(), app(baseJar))));
            rows.add(new Row("baseline java -jar + CDS",
                    java(javaBin, List.of("-XX:SharedArchiveFile=" + baseJsa), app(baseJar))));
        }
        System.out.printf("load average at the start: %.1f%n", loadAverage());
        for (int i = 0; i < RUNS; i++) {
            for (Row r : rows) {
                double[] t = time(r.command());
                r.wall()[i] = t[0];
                r.cpu()[i] = t[1];
            }
        }
        System.out.printf("load average at the end: %.1f (2 cores: above 2, wall times stretch; CPU times much less)%n",
                loadAverage());
        for (Row r : rows) {
            System.out.printf("%-26s median %6.0f ms   min %6.0f ms   CPU median %6.0f ms%n", r.name(),
                    median(r.wall()), Arrays.stream(r.wall()).min().orElse(0), median(r.cpu()));
        }
        double bareWall = median(rows.get(0).wall());
        double bareCpu = median(rows.get(0).cpu());
        for (Row r : rows.subList(1, rows.size())) {
            System.out.printf("%-26s vs bare window: %.2f× (CPU %.2f×)%s%n", r.name(), median(r.wall()) / bareWall,
                    median(r.cpu()) / bareCpu, r.name().startsWith("app image") || r.name().equals("java -jar + CDS")
                            ? "  (the goal: at most 1.3×)" : "");
        }
        System.out.printf("java -jar + CDS vs bare window + CDS: %.2f×%n",
                median(rows.get(3).wall()) / median(rows.get(2).wall()));
    }

    private static List<String> app(Path jar) {
        return List.of("-Dchronoscope.startupProbe=true", "-jar", jar.toString(), "--corpus", "seeds");
    }

    private static List<String> java(String javaBin, List<String> vmArgs, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        cmd.addAll(vmArgs);
        cmd.addAll(args);
        return cmd;
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
        Files.deleteIfExists(jsa);
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-XX:ArchiveClassesAtExit=" + jsa));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
    }

    /**
     * From launching the command to its first-paint line (the probe is on by property or by variable): wall ms,
     * and the CPU ms the process had used when it printed the line.
     */
    private static double[] time(List<String> cmd) throws Exception {
        long start = System.currentTimeMillis();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CHRONOSCOPE_STARTUP_PROBE", "1");
        Process p = pb.start();
        long painted = -1;
        double cpu = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("first-paint ")) {
                    cpu = cpuMs(p.pid());
                    painted = Long.parseLong(line.substring("first-paint ".length()).trim());
                }
            }
        }
        p.waitFor();
        if (painted < 0) {
            throw new IllegalStateException("no first-paint line from " + cmd);
        }
        return new double[]{painted - start, cpu};
    }

    /** User + system CPU time of a process so far (all its threads, those ended too), from /proc. */
    private static double cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
