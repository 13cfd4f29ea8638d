#!/usr/bin/env bash
# The whole-build cost of the generator: `dotnet build` of the sample with the generator, against the same project
# with the generated files checked in as plain source. Each variant is built once to warm up (restore, build server),
# then RUNS times after touching Program.cs, so that the compiler runs every time. A last build with
# /p:ReportAnalyzer=true gives the generator's own time as the compiler measured it.
#
#   bash docs/perf/build-time.sh          # RUNS=7 by default
#
# It clones the committed repository into a temporary folder, so uncommitted changes are not measured.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/generator"
git clone -q "$root" "$work/checked-in"

# The checked-in variant: build once with the generator to get its output, then drop the generator and compile that
# output as ordinary source files.
sample="$work/checked-in/samples/ErrorCodes.Sample"
dotnet build "$sample" -c Release -v:q -nologo >/dev/null
mkdir -p "$sample/Generated"
cp "$sample"/obj/Release/net10.0/generated/ErrorCodes.Generator/ErrorCodes.Generator.ErrorCodesGenerator/*.cs "$sample/Generated/"
rm -rf "$sample/obj" "$sample/bin"
sed -i -e '/<ErrorCodeSpec Include=/d' -e '/ErrorCodes.Generator.csproj/d' "$sample/ErrorCodes.Sample.csproj"
sed -i -e 's#</Project>#  <ItemGroup><Compile Include="Generated/*.cs" /></ItemGroup>\n</Project>#' "$sample/ErrorCodes.Sample.csproj"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for variant in generator checked-in; do
  project="$work/$variant/samples/ErrorCodes.Sample"
  dotnet build "$project" -c Release -v:q -nologo >/dev/null
  times=()
  for _ in $(seq "$runs"); do
    touch "$project/Program.cs"
    start=$(date +%s.%N)
    dotnet build "$project" -c Release --no-restore -v:q -nologo >/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  m=$(printf '%s\n' "${times[@]}" | median)
  echo "$variant: median ${m} s over $runs builds (${times[*]})"
  eval "median_${variant//-/_}=$m"
done

touch "$work/generator/samples/ErrorCodes.Sample/Program.cs"
report=$(dotnet build "$work/generator/samples/ErrorCodes.Sample" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true)
echo "ReportAnalyzer, generator variant:"
echo "$report" | grep -E 'Total (analyzer|generator) execution time|ErrorCodes.Generator.ErrorCodesGenerator' | sed 's/^ */  /' | sort -u
echo "difference: $(echo "scale=1; ($median_generator - $median_checked_in) * 100 / $median_checked_in" | bc) % of the checked-in build"
