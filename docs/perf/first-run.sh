#!/usr/bin/env bash
# The generator's first run in a fresh compiler process, beside Microsoft.CodeAnalysis.ResxSourceGenerator on the same
# texts (every title, message, description, cause and step of each document as a .resx string). Two ways:
#
#   in process: tests/ErrorCodes.Benchmarks --first-run, one first run a process through CSharpGeneratorDriver, then
#     warm re-runs; with the SDK's own compiler assemblies in place of the NuGet package's, since those are ReadyToRun
#     (the package's are IL only, and the JIT would compile Roslyn's own code too, which no compiler does);
#   the compiler: `dotnet build` of a small project with -p:UseSharedCompilation=false, so that every build starts the
#     SDK's compiler (ReadyToRun) afresh, and -p:ReportAnalyzer=true for each generator's time as the compiler reports it.
#
#   bash docs/perf/first-run.sh            # RUNS=5 by default
#
# It measures the working tree as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-5}
work=$(mktemp -d)
echo "work: $work" >&2
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$root"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

dotnet build tests/ErrorCodes.Benchmarks -c Release -v:q -nologo >/dev/null
cp -r tests/ErrorCodes.Benchmarks/bin/Release/net10.0 "$work/bench"
roslyn="$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore"
[ -d "$roslyn" ] || roslyn="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore"
cp "$roslyn/Microsoft.CodeAnalysis.dll" "$roslyn/Microsoft.CodeAnalysis.CSharp.dll" "$work/bench/"
bench="$work/bench/ErrorCodes.Benchmarks"
for texts in seed corpus; do
  "$bench" --write-resx "$texts" "$work/resx-$texts" >&2
done

echo "## In process (thread CPU of the first run, ms; warm re-run after an unrelated edit, ms; medians of $runs processes)"
printf '%-10s %-7s %-9s %12s %12s %10s\n' generator texts bound first first_jit warm
for texts in seed corpus; do
  for generator in none resx errorcodes; do
    for bound in no bound; do
      lines=$(for run in $(seq "$runs"); do "$bench" --first-run "$generator" "$texts" "$work/resx-$texts" $([ "$bound" = bound ] && echo bound); done)
      field() { echo "$lines" | sed -n "s/.* $1=\([0-9.]*\).*/\1/p" | median; }
      printf '%-10s %-7s %-9s %12s %12s %10s\n' "$generator" "$texts" "$bound" "$(field first_cpu_ms)" "$(field first_jit_ms)" "$(field warm_cpu_ms)"
    done
  done
done

# The compiler: one project a generator, the same texts.
generator="$root/generator/ErrorCodes.Generator"
dotnet build "$generator" -c Release -v:q -nologo >/dev/null
output="$generator/bin/Release/netstandard2.0"
markdig="$(dotnet msbuild "$generator" -getProperty:PKGMarkdig)/lib/netstandard2.0/Markdig.dll"
resx_version=$(sed -n 's/.*"Microsoft.CodeAnalysis.ResxSourceGenerator" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
for texts in seed corpus; do
  mkdir -p "$work/errorcodes-$texts" "$work/resx-project-$texts"
  specs=$( [ "$texts" = seed ] && echo "$root/spec/errorcode-net-socket.md" || find "$root/tests/ErrorCodes.Generator.Tests/Fixtures/Corpus" -name '*.md' ! -name README.md | sort)
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo "  <Import Project=\"$generator/buildTransitive/ErrorCodes.Generator.props\" />"
    echo '  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><ImportDirectoryBuildProps>false</ImportDirectoryBuildProps><ErrorCodesMaxDiagnostics>0</ErrorCodesMaxDiagnostics><NoWarn>$(NoWarn);ECG0001;ECG0003;ECG0004;ECG0010;ECG0017;ECG0021;ECG0023;ECG0024;ECG0029;ECG0037;CS1591</NoWarn></PropertyGroup>'
    echo "  <ItemGroup><Analyzer Include=\"$output/ErrorCodes.Generator.dll;$output/ErrorCodes.Model.dll;$markdig\" /><Reference Include=\"$output/ErrorCodes.Runtime.dll\" /></ItemGroup>"
    echo '  <ItemGroup>'
    index=0
    for spec in $specs; do
      echo "    <ErrorCodeSpec Include=\"$spec\" Namespace=\"Bench.Spec$index\" />"
      index=$((index + 1))
    done
    echo '  </ItemGroup>'
    echo "  <Import Project=\"$generator/buildTransitive/ErrorCodes.Generator.targets\" />"
    echo '</Project>'
  } > "$work/errorcodes-$texts/Bench.csproj"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><ImportDirectoryBuildProps>false</ImportDirectoryBuildProps></PropertyGroup>'
    echo "  <ItemGroup><PackageReference Include=\"Microsoft.CodeAnalysis.ResxSourceGenerator\" Version=\"$resx_version\" PrivateAssets=\"all\" /></ItemGroup>"
    echo '  <ItemGroup><EmbeddedResource Update="*.resx" GenerateSource="true" EmitFormatMethods="true" /></ItemGroup>'
    echo '</Project>'
  } > "$work/resx-project-$texts/Bench.csproj"
  cp "$work/resx-$texts"/*.resx "$work/resx-project-$texts/"
  echo 'namespace Bench { internal static class Program { private static void Main() { } } }' | tee "$work/errorcodes-$texts/Program.cs" > "$work/resx-project-$texts/Program.cs"
done

echo
echo "## The compiler (fresh csc each build: the generator's time as -p:ReportAnalyzer=true reports it, and the Csc task's wall time, s; medians of $runs builds)"
printf '%-10s %-7s %10s %10s\n' generator texts reported csc
for texts in seed corpus; do
  for generator in resx errorcodes; do
    project="$work/$([ "$generator" = resx ] && echo resx-project || echo errorcodes)-$texts"
    dotnet build "$project" -c Release -v:q -nologo >/dev/null || { dotnet build "$project" -c Release -v:q -nologo | tail -20; exit 1; }
    reported=()
    csc=()
    for run in $(seq "$runs"); do
      touch "$project/Program.cs"
      log=$(dotnet build "$project" -c Release --no-restore -v:d -nologo -p:UseSharedCompilation=false -p:ReportAnalyzer=true -p:EmitCompilerGeneratedFiles=false -clp:PerformanceSummary)
      name=$([ "$generator" = resx ] && echo 'Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.CSharpResxGenerator' || echo 'ErrorCodes.Generator.ErrorCodesGenerator')
      reported+=("$(echo "$log" | grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+$name\s*$" | awk '{ print ($1 == "<0.001") ? 0 : $1 }' | head -1)")
      csc+=("$(echo "$log" | sed -n 's/^ *\([0-9]*\) ms  Csc  .*/\1/p' | head -1)")
    done
    printf '%-10s %-7s %10s %10s\n' "$generator" "$texts" "$(printf '%s\n' "${reported[@]}" | median)" "$(printf '%s\n' "${csc[@]}" | median | awk '{ printf "%.3f", $1 / 1000 }')"
  done
done
