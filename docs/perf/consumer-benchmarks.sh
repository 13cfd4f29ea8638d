#!/usr/bin/env bash
# The consumer benchmarks (tests/ErrorCodes.Benchmarks.Consumer): packs the runtime and the generator into a local
# feed under a version of their own, writes the synthetic specs, then builds the consumer projects through the
# packages, as a user's project builds, and runs BenchmarkDotNet on them. Arguments go to BenchmarkDotNet, such as
#   bash docs/perf/consumer-benchmarks.sh --filter '*CrossCatalog*' --launchCount 1 --warmupCount 5 --iterationCount 15
set -euo pipefail
cd "$(dirname "$0")/../.."

version="0.0.0-bench.$(date +%s)"
rm -rf artifacts/bench-feed artifacts/bench-specs
for project in runtime/ErrorCodes.Runtime/ErrorCodes.Runtime.csproj generator/ErrorCodes.Generator/ErrorCodes.Generator.csproj runtime/ErrorCodes.OpenHarmony/ErrorCodes.OpenHarmony.csproj; do
  # A version of its own, below the last release: no package validation, which would refuse it (a benchmark is no release).
  dotnet pack "$project" -c Release -o artifacts/bench-feed --artifacts-path artifacts/bench-build -p:Version="$version" -p:EnablePackageValidation=false >/dev/null
done
printf '<Project><PropertyGroup><ErrorCodesVersion>%s</ErrorCodesVersion></PropertyGroup></Project>\n' "$version" > artifacts/bench-version.props

mkdir -p artifacts/bench-specs/project3000 artifacts/bench-specs/large artifacts/bench-specs/texts
write() { dotnet run -c Release --project tests/ErrorCodes.Benchmarks --no-launch-profile -- --write-synthetic "$@"; }
for part in 0 1 2 3 4 5 6 7 8 9; do
  write 300 "artifacts/bench-specs/project3000/errorcode-part$part.md" $((20000000 + part * 100000))
done
write 1000 artifacts/bench-specs/large/errorcode-synthetic1000.md
write 10000 artifacts/bench-specs/large/errorcode-synthetic10000.md
write 100000 artifacts/bench-specs/large/errorcode-synthetic100000.md

if [ "${1:-}" = "--texts" ]; then
  # About 700 characters of text a code: 24,000 codes are past what string literals can hold, 2,000 are within budget.
  write 24000 artifacts/bench-specs/texts/errorcode-texts-data.md 10000000 560
  write 2000 artifacts/bench-specs/texts/errorcode-texts-literals.md 10000000 560
  dotnet build -c Release tests/ErrorCodes.Benchmarks.Consumer/Texts -v q -nologo
  for run in $(seq "${2:-5}"); do
    for storage in data literals; do
      dotnet tests/ErrorCodes.Benchmarks.Consumer/Texts/bin/Release/net10.0/ErrorCodes.Benchmarks.Texts.dll "$storage"
    done
  done
  exit 0
fi

dotnet run -c Release --project tests/ErrorCodes.Benchmarks.Consumer/Bench -- "$@"
