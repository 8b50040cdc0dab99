#!/usr/bin/env bash
# Fuzz every target in turn for SECONDS each (default 600). New inputs go to
# a scratch corpus, so fuzz/corpus/ keeps only the small committed seeds;
# crashes land in fuzz/artifacts/TARGET/. cargo-fuzz needs nightly features:
# on a stable toolchain RUSTC_BOOTSTRAP=1 unlocks them.
#   cargo install cargo-fuzz --locked
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(properties offsets format json_input)
scratch="${FUZZ_SCRATCH:-${TMPDIR:-/tmp}/klar-fuzz-corpus}"
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t"
  echo "fuzz/run.sh: $t for ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "$scratch/$t" "corpus/$t" -- \
    -max_total_time="$seconds" -max_len=4096 -print_final_stats=1
done
