#!/usr/bin/env bash
# Builds the Linux app image target/app/Chronoscope from target/chronoscope.jar (run by `mvn -Papp package`):
#   1. jlink: a runtime of the JDK modules the app uses, with the JDK's own class-data-sharing archive;
#   2. jpackage --type app-image: the launcher bin/Chronoscope, the icon, the jar, the runtime; the launcher's
#      options: the archive, and the optimising compiler (C2) taking a method ten times later than by default,
#      so a start is not spent compiling code that runs only while the window opens (C2 still takes over what
#      stays hot: drawing, loading); see docs/decisions/0033;
#   3. bin/Chronoscope replaced by src/app/launcher, a script that starts the image's runtime with the options
#      jpackage wrote (its native launcher took about half a second more before main(); decision 0035);
#   4. a desktop entry and bin/install-desktop-entry (jpackage writes entries only for .deb/.rpm installers);
#   5. an AppCDS archive (lib/app/chronoscope.jsa) from a training run of the image's own runtime on the seeds
#      (bin/make-cds-archive: under the display if there is one, else headless on Monocle), which the launcher
#      uses with no flags.
# Usage: app-image.sh JAVA_HOME TARGET_DIR
set -euo pipefail
java_home=$1
target=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
modules=java.base,java.desktop,java.logging,java.net.http,java.prefs,java.sql,java.xml,java.naming,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs
rm -rf "$target/app" "$target/app-input" "$target/app-runtime"
mkdir -p "$target/app-input"
cp "$target/chronoscope.jar" "$target/app-input/"

"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en --strip-debug --no-header-files \
    --no-man-pages --generate-cds-archive --output "$target/app-runtime"

"$java_home/bin/jpackage" --type app-image --name Chronoscope --app-version 0.1.0 \
    --vendor Chronoscope --description "A timeline explorer for news" \
    --dest "$target/app" --input "$target/app-input" --main-jar chronoscope.jar \
    --main-class org.chronoscope.app.Launcher --runtime-image "$target/app-runtime" \
    --icon "$here/chronoscope.png" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/chronoscope.jsa' --java-options '-Xshare:auto' \
    --java-options '-XX:Tier4InvocationThreshold=50000' --java-options '-XX:Tier4MinInvocationThreshold=6000' \
    --java-options '-XX:Tier4CompileThreshold=150000' --java-options '-XX:Tier4BackEdgeThreshold=400000'

app="$target/app/Chronoscope"
cp "$here/launcher" "$app/bin/Chronoscope"
chmod +x "$app/bin/Chronoscope"
cp "$here/chronoscope.desktop" "$app/lib/chronoscope.desktop"
cp "$here/install-desktop-entry" "$app/bin/install-desktop-entry"
chmod +x "$app/bin/install-desktop-entry"

cp "$here/make-cds-archive" "$app/bin/make-cds-archive"
chmod +x "$app/bin/make-cds-archive"
"$app/bin/make-cds-archive" "$root/seeds" \
    || echo "app-image: no CDS archive (see above); the image starts without it" >&2
echo "app-image: $app ($(du -sh "$app" | cut -f1)), CDS archive $(du -h "$app/lib/app/chronoscope.jsa" 2>/dev/null | cut -f1)"
