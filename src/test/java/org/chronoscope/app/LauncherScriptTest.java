package org.chronoscope.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The app image's bin/Chronoscope (src/app/launcher) starts the image's java with what the .cfg says. */
class LauncherScriptTest {
    @TempDir
    Path image;

    @Test
    void startsTheRuntimeWithTheCfgOptionsAndTheArgumentsUnchanged() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "needs bash");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path runtimeBin = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(Path.of("src/app/launcher"), bin.resolve("Chronoscope"));
        executable(bin.resolve("Chronoscope"));
        Files.writeString(app.resolve("Chronoscope.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/chronoscope.jar",
                "app.mainclass=org.chronoscope.app.Launcher",
                "",
                "[JavaOptions]",
                "java-options=-XX:SharedArchiveFile=$APPDIR/chronoscope.jsa",
                "java-options=-Xshare:auto"));
        // a stand-in for the runtime's java: one argument a line
        Files.writeString(runtimeBin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        executable(runtimeBin.resolve("java"));

        Process p = new ProcessBuilder(bin.resolve("Chronoscope").toString(), "--corpus", "my articles")
                .redirectErrorStream(true).start();
        List<String> args = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", args));

        String appDir = app.toRealPath().toString();
        assertEquals(List.of("-XX:SharedArchiveFile=" + appDir + "/chronoscope.jsa", "-Xshare:auto",
                "-Djpackage.app-path=" + bin.toRealPath() + "/Chronoscope",
                "-cp", appDir + "/chronoscope.jar", "org.chronoscope.app.Launcher", "--corpus", "my articles"), args);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
