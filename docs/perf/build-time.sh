#!/usr/bin/env bash
# The whole-build cost of the generator: `dotnet build` of the sample with the generator loaded as an analyzer (as the
# package loads it), against the same project with the generated files checked in as plain source. Each variant is
# built once to warm up (restore, build server), then RUNS times after touching Program.cs, so that the compiler runs
# every time. A last build with -p:ReportAnalyzer=true gives the generator's own time as the compiler measured it.
#
#   bash docs/perf/build-time.sh          # RUNS=9 by default
#
# It clones the committed repository into a temporary folder, so uncommitted changes are not measured.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

git clone -q "$root" "$work/repo"
repo="$work/repo"
generator="$repo/generator/ErrorCodes.Generator"
dotnet build "$generator" -c Release -v:q -nologo >/dev/null
analyzers="$generator/bin/Release/netstandard2.0/ErrorCodes.Generator.dll;$(dotnet msbuild "$generator" -getProperty:PKGMarkdig)/lib/netstandard2.0/Markdig.dll"

# The sample's generated files, from one ordinary build.
sample="$repo/samples/ErrorCodes.Sample"
dotnet build "$sample" -c Release -v:q -nologo >/dev/null
generated="$sample/obj/Release/net10.0/generated/ErrorCodes.Generator/ErrorCodes.Generator.ErrorCodesGenerator"

# Two copies beside the sample, so that its relative paths (../../spec, ../../generator) still hold.
for variant in generator checked-in; do
  mkdir "$repo/samples/$variant"
  cp "$sample/Program.cs" "$sample/ErrorCodes.Sample.csproj" "$repo/samples/$variant/"
done

# With the generator: the analyzer assemblies themselves, as a PackageReference gives them to the compiler.
sed -i -e "s#<ProjectReference Include=\"[^\"]*ErrorCodes.Generator.csproj\"[^>]*/>#<Analyzer Include=\"$analyzers\" />#" \
  "$repo/samples/generator/ErrorCodes.Sample.csproj"
# Checked in: no specs and no generator, the generated files compiled as ordinary sources.
mkdir "$repo/samples/checked-in/Generated"
cp "$generated"/*.cs "$repo/samples/checked-in/Generated/"
# (the SDK's default items compile Generated/*.cs like any other source file)
sed -i -e '/<ErrorCodeSpec Include=/d' -e '/ErrorCodes.Generator.csproj/d' "$repo/samples/checked-in/ErrorCodes.Sample.csproj"
grep -q '<Analyzer Include=' "$repo/samples/generator/ErrorCodes.Sample.csproj"
if grep -q 'ErrorCodeSpec Include=\|ErrorCodes.Generator.csproj' "$repo/samples/checked-in/ErrorCodes.Sample.csproj"; then
  echo "the checked-in variant still uses the generator" >&2
  exit 1
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }
# Writing the generated files to obj is an option the sample turns on; a project's build does not do it by default.
build() { dotnet build "$1" -c Release --no-restore -v:q -nologo -p:EmitCompilerGeneratedFiles=false "${@:2}"; }

for variant in generator checked-in; do
  project="$repo/samples/$variant"
  dotnet build "$project" -c Release -v:q -nologo -p:EmitCompilerGeneratedFiles=false >/dev/null || { dotnet build "$project" -c Release -v:q -nologo -p:EmitCompilerGeneratedFiles=false | tail -20; exit 1; }
done

# The variants take turns, so that a machine that slows down or speeds up during the run favours neither.
times_generator=()
times_checked_in=()
for _ in $(seq "$runs"); do
  for variant in generator checked-in; do
    project="$repo/samples/$variant"
    touch "$project/Program.cs"
    start=$(now)
    build "$project" >/dev/null
    end=$(now)
    elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
    if [ "$variant" = generator ]; then times_generator+=("$elapsed"); else times_checked_in+=("$elapsed"); fi
  done
done
median_generator=$(printf '%s\n' "${times_generator[@]}" | median)
median_checked_in=$(printf '%s\n' "${times_checked_in[@]}" | median)
echo "generator: median ${median_generator} s over $runs builds (${times_generator[*]})"
echo "checked-in: median ${median_checked_in} s over $runs builds (${times_checked_in[*]})"

for variant in generator checked-in; do
  touch "$repo/samples/$variant/Program.cs"
  echo "ReportAnalyzer, $variant (ErrorCodes lines: seconds, share of the generators' total, name):"
  build "$repo/samples/$variant" -v:d -p:ReportAnalyzer=true |
    grep -E 'Total (analyzer|generator) execution time|^ +[0-9.]+ +[0-9<]+ +ErrorCodes' | sed 's/^ */  /' | awk '!seen[$0]++'
done
awk -v g="$median_generator" -v c="$median_checked_in" \
  'BEGIN { printf "difference: %+.3f s, %+.1f %% of the checked-in build\n", g - c, (g - c) * 100 / c }'
