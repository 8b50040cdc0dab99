#!/usr/bin/env bash
# klar against kcat on one broker, side by side: see bench/README.md.
#
# Needs bash, kcat, and /usr/bin/time (Debian's `time` package; the shell
# keyword cannot report peak memory). Builds klar in release mode unless
# KLAR names a binary.
#
#   bench/compare.sh            1,000,000 messages, 5 counted runs per tool
#   bench/compare.sh --quick    100,000 messages, 3 runs: a smoke check
#   bench/compare.sh --runs 9 --messages 2000000 --cases 1,3,4
#   bench/compare.sh --broker tansu   the same cases on a tansu broker
#
# Environment: KLAR (klar binary), KCAT (kcat binary, default kcat),
# BROKERS (use that cluster instead of starting one; it must have the
# topics bench and bench-read with 32 partitions each), TANSU (tansu
# binary, default tansu), KCAT_LIBRDKAFKA (a directory holding a
# librdkafka.so.1 for kcat to run with, on any broker; on tansu it is
# taken from PyPI's confluent-kafka wheel with pip when not given).
set -euo pipefail

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

messages=1000000
runs=5
cases="1,2,3,4,5,6,7"
quick=false
broker=mock
messages_given=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true; messages=100000; runs=3 ;;
    --runs) runs=$2; shift ;;
    --messages) messages=$2; messages_given=true; shift ;;
    --broker) broker=$2; shift ;;
    --cases) cases=$2; shift ;;
    -h|--help) usage 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; usage 2 >&2 ;;
  esac
  shift
done

here=$(cd "$(dirname "$0")/.." && pwd)
KCAT=${KCAT:-kcat}
if [ -z "${KLAR:-}" ]; then
  (cd "$here" && cargo build --release --quiet)
  KLAR=$here/target/release/klar
fi
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
command -v "$KCAT" >/dev/null || { echo "compare.sh: $KCAT is missing (apt-get install kcat)" >&2; exit 2; }

case "$broker" in
  mock) ;;
  tansu)
    # tansu stores every record in sqlite: a tenth of the data keeps a
    # run short, and is still thousands of batches.
    $messages_given || $quick || messages=100000
    TANSU=${TANSU:-tansu}
    command -v "$TANSU" >/dev/null || { echo "compare.sh: $TANSU is missing (cargo install tansu --version 0.6.0 --locked --features libsql)" >&2; exit 2; } ;;
  *) echo "compare.sh: --broker is mock or tansu, not $broker" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
mock_pid=""
cleanup() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

KCAT_RUN=("$KCAT")
KCAT_LIB=""
if [ "$broker" = tansu ] || [ -n "${KCAT_LIBRDKAFKA:-}" ]; then
  # Debian's kcat links librdkafka 2.0, which cannot talk to tansu 0.6;
  # the same kcat runs with a newer librdkafka from the confluent-kafka
  # wheel (a manylinux build with no dependencies of its own).
  if [ -z "${KCAT_LIBRDKAFKA:-}" ]; then
    KCAT_LIBRDKAFKA=$tmp/librdkafka
    mkdir -p "$KCAT_LIBRDKAFKA"
    python3 -m pip download --quiet --no-deps --only-binary :all: -d "$tmp/wheel" confluent-kafka >&2 \
      || { echo "compare.sh: pip could not fetch confluent-kafka; set KCAT_LIBRDKAFKA" >&2; exit 2; }
    python3 - "$tmp/wheel" "$KCAT_LIBRDKAFKA" <<'PY'
import glob, os, sys, zipfile
wheel = glob.glob(os.path.join(sys.argv[1], "*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if "/librdkafka" in n and ".so" in n)
    with open(os.path.join(sys.argv[2], "librdkafka.so.1"), "wb") as out:
        out.write(z.read(name))
PY
  fi
  KCAT_LIB=$KCAT_LIBRDKAFKA
fi

# with_lib TOOL CMD...: runs CMD, with kcat's librdkafka when TOOL is kcat.
# A variable on the command line, not `env`: an extra exec in kcat's runs
# was a tenth of the metadata case.
with_lib() {
  local tool=$1
  shift
  if [ "$tool" = kcat ] && [ -n "$KCAT_LIB" ]; then
    LD_LIBRARY_PATH=$KCAT_LIB "$@"
  else
    "$@"
  fi
}

# One broker. The mock keeps about 5 MB per partition: 32 partitions hold
# the whole data set, so consumers read everything that was produced.
if [ -z "${BROKERS:-}" ] && [ "$broker" = mock ]; then
  "$KLAR" -q mock --brokers 1 --topic bench:32 --topic bench-read:32 --until-signal \
    >"$tmp/mock.out" 2>"$tmp/mock.err" &
  mock_pid=$!
  for _ in $(seq 100); do
    [ -s "$tmp/mock.out" ] && break
    sleep 0.1
  done
  BROKERS=$(head -n1 "$tmp/mock.out")
  [ -n "$BROKERS" ] || { echo "compare.sh: the mock did not start:" >&2; cat "$tmp/mock.err" >&2; exit 1; }
elif [ -z "${BROKERS:-}" ]; then
  # sqlite storage in the scratch directory: tansu's memory:// storage
  # needs a build with its dynostore feature, which CI's tansu lacks.
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$tmp" && exec "$TANSU" broker --listener-url "tcp://127.0.0.1:$port" \
    --advertised-listener-url "tcp://127.0.0.1:$port" --storage-engine sqlite://tansu.db) \
    >"$tmp/tansu.log" 2>&1 &
  mock_pid=$!
  BROKERS=127.0.0.1:$port
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  "$KLAR" -q admin topic create bench bench-read -p 32 -r 1 -b "$BROKERS" >/dev/null \
    || { echo "compare.sh: tansu did not start:" >&2; tail -n 5 "$tmp/tansu.log" >&2; exit 1; }
fi

# The same librdkafka settings for both tools, so that neither wins by a
# default the other lacks (klar links librdkafka 2.12, Debian's kcat 2.0).
# Nagle is off by default from librdkafka 2.2 on, on in kcat's 2.0.
common_props=(socket.nagle.disable=true)
producer_props=(
  "${common_props[@]}" acks=all enable.idempotence=false compression.codec=none
  linger.ms=5 batch.num.messages=10000 batch.size=1000000
  queue.buffering.max.messages=100000 queue.buffering.max.kbytes=1048576
  sticky.partitioning.linger.ms=10 message.max.bytes=1000000
)
consumer_props=(
  "${common_props[@]}" fetch.wait.max.ms=500 fetch.min.bytes=1 fetch.max.bytes=52428800
  max.partition.fetch.bytes=1048576 queued.min.messages=100000
  queued.max.messages.kbytes=65536 check.crcs=false
)
xflags() { local p; for p in "$@"; do printf -- '-X\n%s\n' "$p"; done; }
mapfile -t PX < <(xflags "${producer_props[@]}")
mapfile -t CX < <(xflags "${consumer_props[@]}")

# Identical generated data: 100-byte lines (99 bytes and a newline); the
# keyed form starts with a 10-byte key and a colon.
awk -v n="$messages" 'BEGIN {
  pad = sprintf("%90s", ""); gsub(/ /, "x", pad)
  for (i = 0; i < n; i++) printf "%08d %s\n", i, pad
}' >"$tmp/plain.txt"
awk -v n="$messages" 'BEGIN {
  pad = sprintf("%88s", ""); gsub(/ /, "x", pad)
  for (i = 0; i < n; i++) printf "key%07d:%s\n", i, pad
}' >"$tmp/keyed.txt"

rdkafka_sys=$(grep -A1 '^name = "rdkafka-sys"' "$here/Cargo.lock" | sed -n 's/^version = ".*+\(.*\)"/\1/p')
echo "klar:    $KLAR ($("$KLAR" --version | head -n1), librdkafka ${rdkafka_sys:-?} per Cargo.lock)"
echo "kcat:    ${KCAT_LIB:+LD_LIBRARY_PATH=$KCAT_LIB }${KCAT_RUN[*]} ($(with_lib kcat "${KCAT_RUN[@]}" -V 2>&1 | sed -n 's/^Version \([^ ]*\) .*librdkafka \([^ ]*\) .*/kcat \1, librdkafka \2/p'))"
echo "broker:  $BROKERS ($broker, 1 broker, topics bench and bench-read, 32 partitions)"
echo "data:    $messages lines of 100 bytes; $runs counted runs per tool after 1 warm-up, A B A B"
echo "producer settings (both): ${producer_props[*]}"
echo "consumer settings (both): ${consumer_props[*]}"
echo "cpu: $(nproc) core(s); $(uname -sr)"
echo

# The bench-read topic is loaded once with the keyed data, for every
# consume case; produce cases write to bench.
"$KLAR" -q produce -b "$BROKERS" -t bench-read --report none -K : "${PX[@]}" <"$tmp/keyed.txt"

# cmd CASE TOOL: sets CMD (argv) and IN (stdin file) for one run.
cmd() {
  IN=/dev/null
  case "$1:$2" in
    1:klar) IN=$tmp/plain.txt; CMD=("$KLAR" produce -b "$BROKERS" -t bench "${PX[@]}") ;;
    1:kcat) IN=$tmp/plain.txt; CMD=("${KCAT_RUN[@]}" -P -b "$BROKERS" -t bench "${PX[@]}") ;;
    2:klar) IN=$tmp/keyed.txt; CMD=("$KLAR" produce -b "$BROKERS" -t bench -K : "${PX[@]}") ;;
    2:kcat) IN=$tmp/keyed.txt; CMD=("${KCAT_RUN[@]}" -P -b "$BROKERS" -t bench -K : "${PX[@]}") ;;
    3:klar) CMD=("$KLAR" consume -b "$BROKERS" -t bench-read -o beginning -e "${CX[@]}") ;;
    3:kcat) CMD=("${KCAT_RUN[@]}" -C -q -b "$BROKERS" -t bench-read -o beginning -e "${CX[@]}") ;;
    4:klar) CMD=("$KLAR" consume -b "$BROKERS" -t bench-read -o beginning -e -J "${CX[@]}") ;;
    4:kcat) CMD=("${KCAT_RUN[@]}" -C -q -b "$BROKERS" -t bench-read -o beginning -e -J "${CX[@]}") ;;
    5:klar) CMD=("$KLAR" consume -b "$BROKERS" -t bench-read -o beginning -e -f '%k %p %o %T\n' "${CX[@]}") ;;
    5:kcat) CMD=("${KCAT_RUN[@]}" -C -q -b "$BROKERS" -t bench-read -o beginning -e -f '%k %p %o %T\n' "${CX[@]}") ;;
    6:klar) CMD=("$KLAR" admin metadata -b "$BROKERS") ;;
    6:kcat) CMD=("${KCAT_RUN[@]}" -L -b "$BROKERS") ;;
    7:klar) CMD=("$KLAR" config-explain) ;;
    *) return 1 ;;
  esac
}

title() {
  case "$1" in
    1) echo "1 produce $messages x 100 B, acks=all" ;;
    2) echo "2 produce with keys (-K :)" ;;
    3) echo "3 consume -o beginning -e, plain values" ;;
    4) echo "4 consume -J" ;;
    5) echo "5 consume -f '%k %p %o %T\\n'" ;;
    6) echo "6 metadata (kcat -L, klar admin metadata)" ;;
    7) echo "7 klar config-explain (no kcat peer)" ;;
  esac
}

# timed CASE TOOL: one run; appends "wall cpu rss_kb" to $tmp/CASE.TOOL.
# Wall time is bash's clock (microseconds; time's %e has 10 ms steps, too
# coarse for metadata); CPU and peak RSS are time's (wait4 rusage).
timed() {
  cmd "$1" "$2"
  local t0=$EPOCHREALTIME t1
  if ! with_lib "$2" /usr/bin/time -f '%U %S %M' -o "$tmp/t" "${CMD[@]}" <"$IN" >/dev/null 2>"$tmp/err"; then
    echo "compare.sh: case $1, $2 failed: ${CMD[*]}" >&2
    tail -n 5 "$tmp/err" >&2
    exit 1
  fi
  t1=$EPOCHREALTIME
  # /usr/bin/time writes a note first when the command had a signal.
  tail -n1 "$tmp/t" | awk -v a="${t0/,/.}" -v b="${t1/,/.}" \
    '{ printf "%.4f %.3f %d\n", b - a, $1 + $2, $3 }' >>"$tmp/$1.$2"
}

# warmup CASE TOOL: one run not counted, whose output is counted instead.
warmup() {
  cmd "$1" "$2"
  local lines
  lines=$(with_lib "$2" "${CMD[@]}" <"$IN" 2>"$tmp/err" | wc -l) || true
  case "$1" in
    3|4|5)
      if [ "$lines" -ne "$messages" ]; then
        echo "compare.sh: case $1: $2 printed $lines lines, expected $messages" >&2
        tail -n 5 "$tmp/err" >&2
        exit 1
      fi ;;
  esac
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v c="$2" '{ print $c }' "$1"; }
# Pairs where kcat's figure is 0 (CPU under time's 10 ms step) have no ratio.
ratios() { paste -d' ' <(column_of "$1" "$3") <(column_of "$2" "$3") | awk '$2 > 0 { printf "%.3f\n", $1 / $2 }'; }
ratio_median() {
  local r
  r=$(ratios "$@" | median)
  if [ -n "$r" ]; then printf '%9.2f' "$r"; else printf '%9s' -; fi
}

printf '%-44s %-5s %9s %9s %9s\n' case tool wall_s cpu_s rss_MB
for c in ${cases//,/ }; do
  title "$c" >/dev/null || continue
  rm -f "$tmp/$c.klar" "$tmp/$c.kcat"
  peer=true
  cmd "$c" kcat 2>/dev/null || peer=false
  warmup "$c" klar
  $peer && warmup "$c" kcat
  for _ in $(seq "$runs"); do
    timed "$c" klar
    $peer && timed "$c" kcat
  done
  label=$(title "$c")
  for tool in klar kcat; do
    [ -f "$tmp/$c.$tool" ] || continue
    printf '%-44s %-5s %9.4f %9.3f %9.1f\n' "$label" "$tool" \
      "$(column_of "$tmp/$c.$tool" 1 | median)" \
      "$(column_of "$tmp/$c.$tool" 2 | median)" \
      "$(column_of "$tmp/$c.$tool" 3 | median | awk '{ print $1 / 1024 }')"
    label=""
  done
  if $peer; then
    printf '%-44s %-5s %s %s %s\n' "" ratio \
      "$(ratio_median "$tmp/$c.klar" "$tmp/$c.kcat" 1)" \
      "$(ratio_median "$tmp/$c.klar" "$tmp/$c.kcat" 2)" \
      "$(ratio_median "$tmp/$c.klar" "$tmp/$c.kcat" 3)"
  fi
  if [ "$c" = 6 ]; then
    # librdkafka 2.10 and later can lose a Metadata request to the closing
    # bootstrap connection and wait reconnect.backoff.ms/2 (50 ms) to send
    # it again (bench/README.md, eighth round): counted apart, since it
    # moves the median once it hits half the runs.
    for tool in klar kcat; do
      [ -f "$tmp/$c.$tool" ] || continue
      printf '%-44s %-5s %s of %s runs over 30 ms\n' "" "$tool" \
        "$(awk '$1 > 0.030' "$tmp/$c.$tool" | wc -l)" "$runs"
    done
  fi
done
echo
echo "Medians over the counted runs; ratio = the median of the klar/kcat ratios of each A B pair."
echo "Targets: produce and consume wall <= 1.0 and cpu <= 0.8; rss <= 1.2; metadata wall <= 1.0;"
echo "config-explain under 0.050 s wall."
$quick && echo "(--quick: a smoke check, not a measurement)"
exit 0
