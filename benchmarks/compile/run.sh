#!/usr/bin/env bash
# Compile benchmark: javac on generated models of N entities, without a processor, with a processor
# that does nothing (javac's own cost of annotation processing: its rounds enter every class again),
# with Retort's processor, and with Hibernate's (hibernate-processor, formerly jpamodelgen), each
# compile in a fresh JVM measured by /usr/bin/time (user+system CPU seconds, peak resident memory).
# Modes run interleaved, so that a change in the machine's load touches them alike.
#
# Retort is measured in the build people run most: entities unchanged, snapshot and migrations
# committed (the processor reads the model, diffs it, and writes only the index). The first compile,
# which also writes the initial migration, is reported separately.
#
# Usage: benchmarks/compile/run.sh [sizes...]   (default: 100 500 2000; needs `mvn install` first)
# Environment: RUNS (compiles per mode and size, default 3), JAVA_HOME (the JDK whose javac is
# measured, default the javac on the PATH).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100 500 2000); fi
runs="${RUNS:-3}"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
echo "javac: $("$javac" -version 2>&1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for p in app retort hibernate; do
  mvn -B -q -f "$here/pom.xml" -P"$p" dependency:build-classpath -Dmdep.outputFile="$work/cp-$p.txt" >/dev/null
done
# private copies, so that an install into the local repository during the run cannot swap a jar
copy() { mkdir -p "$work/$1"; tr ':' '\n' < "$work/cp-$1.txt" | while read -r jar || [ -n "$jar" ]; do cp "$jar" "$work/$1/"; done; ls "$work/$1"/*.jar | paste -sd: -; }
app_cp="$(copy app)"
retort_pp="$(copy retort)"
hibernate_pp="$(copy hibernate)"
mkdir -p "$work/noop"
cp -r "$here/noop/META-INF" "$work/noop/"
javac -d "$work/noop" "$here/noop/NoopProcessor.java"
noop_pp="$work/noop"

# one compile; prints "cpu_seconds peak_kb"
measure() {
  local out="$1"; shift
  rm -rf "$out"; mkdir -p "$out"
  /usr/bin/time -f "%U %S %M" -o "$work/time.txt" "$javac" -J-XX:+UseSerialGC -d "$out" "$@" >"$work/javac.log" 2>&1 \
    || { cat "$work/javac.log" >&2; exit 1; }
  awk '{ printf "%.2f %d\n", $1 + $2, $3 }' "$work/time.txt"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# cpu_x, mem_x: against plain javac; over_cpu, over_mem: against javac running a processor that does nothing
printf "%-9s %-22s %10s %10s %8s %8s %8s %8s\n" entities mode cpu_s peak_mb cpu_x mem_x over_cpu over_mem
for n in "${sizes[@]}"; do
  model="$work/model-$n"
  rm -rf "$model"; mkdir -p "$model/src" "$model/res"
  java "$here/GenerateModel.java" "$n" "$model/src"
  # the first compile writes the initial migration and the snapshot into the model's sources
  first=$(measure "$model/out" -cp "$app_cp" -processorpath "$retort_pp" \
    -Aretort.sourceDir="$model/src" -Aretort.snapshot="$model/res/snapshot.json" -Aretort.mode=write \
    -Aretort.created=2026-01-01T00:00:00Z $(find "$model/src" -name '*.java'))
  sources=$(find "$model/src" -name '*.java')
  modes=(plain any-processor retort hibernate)
  declare -A cpus mems cpu mem
  mkdir -p "$model/gen"
  for _ in $(seq 1 "$runs"); do
    for mode in "${modes[@]}"; do
      case "$mode" in
        plain) r=$(measure "$model/out" -proc:none -cp "$app_cp" $sources) ;;
        any-processor) r=$(measure "$model/out" -cp "$app_cp" -processorpath "$noop_pp" $sources) ;;
        retort) r=$(measure "$model/out" -cp "$app_cp" -processorpath "$retort_pp" \
          -Aretort.sourceDir="$model/src" -Aretort.snapshot="$model/res/snapshot.json" -Aretort.mode=write $sources) ;;
        hibernate) r=$(measure "$model/out" -cp "$app_cp" -processorpath "$hibernate_pp" -s "$model/gen" $sources) ;;
      esac
      cpus[$mode]+="${r% *} "; mems[$mode]+="${r#* } "
    done
  done
  for mode in "${modes[@]}"; do
    cpu[$mode]=$(printf "%s\n" ${cpus[$mode]} | median)
    mem[$mode]=$(printf "%s\n" ${mems[$mode]} | median)
  done
  for mode in "${modes[@]}"; do
    awk -v n="$n" -v m="$mode" -v c="${cpu[$mode]}" -v k="${mem[$mode]}" -v pc="${cpu[plain]}" -v pk="${mem[plain]}" \
      -v fc="${cpu[any-processor]}" -v fk="${mem[any-processor]}" \
      'BEGIN { printf "%-9s %-22s %10s %10d %8.2f %8.2f %8.2f %8.2f\n", n, m, c, k / 1024, c / pc, k / pk, c / fc, k / fk }'
  done
  unset cpus mems cpu mem
  printf "%-9s %-22s %10s %10d\n" "$n" "retort (first compile)" "${first% *}" $(( ${first#* } / 1024 ))
done
