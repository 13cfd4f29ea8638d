using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using ErrorCodes.Generator;
using ErrorCodes.Model.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Benchmarks
{
    /// <summary>
    /// What a generator costs the first time it runs in a fresh process, as every build through the compiler server pays
    /// it once the server has been recycled and every command-line compile pays it always, beside its warm re-runs; and the
    /// same for Microsoft.CodeAnalysis.ResxSourceGenerator on the same texts as .resx strings. BenchmarkDotNet measures
    /// warm code only, so each process measures one first run: docs/perf/first-run.sh starts the processes and takes the
    /// medians.
    /// </summary>
    internal static class FirstRun
    {
        private const int WarmRuns = 15;

        /// <summary>
        /// Writes the texts of <paramref name="which"/> as one .resx a document: every title, message, description, cause
        /// and step of every code as a string, named after its code and field.
        /// </summary>
        public static int WriteResx(string which, string directory)
        {
            Directory.CreateDirectory(directory);
            var strings = 0;
            foreach (var (path, text) in GeneratorRun.Specs(which))
            {
                var document = SpecParser.Parse(path, text, CancellationToken.None);
                var root = new XElement("root");
                foreach (var code in document.Codes)
                {
                    var name = code.Code.ToString(CultureInfo.InvariantCulture) + "_" + code.Line.ToString(CultureInfo.InvariantCulture);
                    var fields = new List<(string Field, string Text)> { ("Title", code.Title), ("Message", code.Message), ("Description", code.Description) };
                    fields.AddRange(code.Causes.Select((cause, i) => ("Cause" + (i + 1).ToString(CultureInfo.InvariantCulture), cause)));
                    fields.AddRange(code.Remediation.Select((step, i) => ("Step" + (i + 1).ToString(CultureInfo.InvariantCulture), step)));
                    foreach (var (field, value) in fields.Where(field => field.Text.Length > 0))
                    {
                        root.Add(new XElement("data", new XAttribute("name", "E" + name + "_" + field), new XAttribute(XNamespace.Xml + "space", "preserve"), new XElement("value", value)));
                        strings++;
                    }
                }

                var file = Path.Combine(directory, Path.GetFileNameWithoutExtension(path).Replace('-', '_').Replace('.', '_') + ".resx");
                File.WriteAllText(file, new XDocument(root).ToString(), new UTF8Encoding(false));
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "texts={0} strings={1} directory={2}", which, strings, directory));
            return 0;
        }

        /// <summary>
        /// One first run of <paramref name="generator"/> ("errorcodes" or "resx") in this process, then its warm re-runs
        /// after an unrelated edit, printed as one line. With <paramref name="bound"/>, the compilation's references are bound
        /// before the first run: work the compiler does in every build whichever generator asks for a type first.
        /// </summary>
        public static int Measure(string generator, string which, string? resxDirectory, bool bound)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var compilation = GeneratorRun.Compilation(parseOptions);
            var tree = compilation.SyntaxTrees.Single();

            var files = new Dictionary<string, AnalyzerConfigOptions>();
            var texts = new List<AdditionalText>();
            ISourceGenerator source;
            if (generator == "errorcodes")
            {
                var index = 0;
                foreach (var (path, text) in GeneratorRun.Specs(which))
                {
                    texts.Add(new GeneratorRun.Text(path, SourceText.From(text, Encoding.UTF8)));
                    files[path] = new GeneratorRun.Values(new Dictionary<string, string>
                    {
                        ["build_metadata.AdditionalFiles.ErrorCodesSpec"] = "true",
                        ["build_metadata.AdditionalFiles.Namespace"] = "Bench.Spec" + index++,
                    });
                }

                source = new ErrorCodesGenerator().AsSourceGenerator();
            }
            else if (generator == "resx")
            {
                foreach (var path in Directory.GetFiles(resxDirectory ?? throw new ArgumentException("resx needs the folder --write-resx wrote"), "*.resx").OrderBy(path => path, StringComparer.Ordinal))
                {
                    texts.Add(new GeneratorRun.Text(path, SourceText.From(File.ReadAllText(path), Encoding.UTF8)));
                    files[path] = new GeneratorRun.Values(new Dictionary<string, string>
                    {
                        ["build_metadata.AdditionalFiles.GenerateSource"] = "true",
                        ["build_metadata.AdditionalFiles.RelativeDir"] = string.Empty,
                        ["build_metadata.AdditionalFiles.EmitFormatMethods"] = "true",
                    });
                }

                source = LoadResxGenerator();
            }
            else if (generator == "none")
            {
                // The floor: a generator that only reads the files' paths, on the seed's specs.
                foreach (var (path, text) in GeneratorRun.Specs(which))
                {
                    texts.Add(new GeneratorRun.Text(path, SourceText.From(text, Encoding.UTF8)));
                }

                source = new GeneratorBenchmarks.NoOpGenerator().AsSourceGenerator();
            }
            else
            {
                throw new ArgumentException("Unknown generator " + generator);
            }

            var options = new Options(files);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { source }, texts, parseOptions, options, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            if (bound)
            {
                _ = compilation.GetTypeByMetadataName("System.Object");
            }

            var wall = Stopwatch.StartNew();
            using var listener = Environment.GetEnvironmentVariable("FIRSTRUN_JIT") == "1" ? new JitListener() : null;
            var jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
            var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            var jitBytes = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true);
            var cpu = ThreadCpu();
            driver = driver.RunGenerators(compilation);
            var firstCpu = ThreadCpu() - cpu;
            jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jit;
            jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethods;
            jitBytes = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true) - jitBytes;
            var firstWall = wall.Elapsed;
            // What the compiler reports with -p:ReportAnalyzer=true: the generator's own steps, not the driver around them.
            var firstReported = driver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime;
            var result = driver.GetRunResult();
            var generatedChars = result.GeneratedTrees.Sum(generated => generated.Length);
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + result.Results.Count(r => r.Exception != null);
            foreach (var failure in result.Results.Where(r => r.Exception != null))
            {
                Console.Error.WriteLine(failure.Exception);
            }

            var warm = new List<double>();
            for (var edit = 0; edit < WarmRuns; edit++)
            {
                var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Bench { internal static class Edited { public static int X => " + edit + "; } }")));
                cpu = ThreadCpu();
                driver = driver.RunGenerators(edited);
                warm.Add((ThreadCpu() - cpu).TotalMilliseconds);
            }

            listener?.Report();
            warm.Sort();
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "generator={0} texts={1} bound={2} first_cpu_ms={3:F1} first_wall_ms={4:F1} first_reported_ms={8:F1} first_jit_ms={9:F1} jit_methods={10} jit_il_bytes={11} warm_cpu_ms={5:F2} generated_chars={6} errors={7}",
                generator,
                which,
                bound ? "yes" : "no",
                firstCpu.TotalMilliseconds,
                firstWall.TotalMilliseconds,
                warm[warm.Count / 2],
                generatedChars,
                errors,
                firstReported.TotalMilliseconds,
                jit.TotalMilliseconds,
                jitMethods,
                jitBytes));
            return errors == 0 && (generatedChars > 0 || generator == "none") ? 0 : 1;
        }

        private static ISourceGenerator LoadResxGenerator()
        {
            var folder = typeof(FirstRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ResxSourceGenerator").Value!;
            Assembly.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.ResxSourceGenerator.dll"));
            var assembly = Assembly.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll"));
            var type = assembly.GetTypes().Single(t => t.GetCustomAttributes<GeneratorAttribute>().Any() && !t.IsAbstract);
            var instance = Activator.CreateInstance(type)!;
            return instance as ISourceGenerator ?? ((IIncrementalGenerator)instance).AsSourceGenerator();
        }

        // The CPU time of this thread: the first run's JIT happens on it; background tiering does not count, for either generator.
        private static TimeSpan ThreadCpu()
        {
            if (clock_gettime(ClockThreadCpuTime, out var spec) != 0)
            {
                throw new InvalidOperationException("clock_gettime failed");
            }

            return TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
        }

        private const int ClockThreadCpuTime = 3;

        [DllImport("libc", SetLastError = true)]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        // With FIRSTRUN_JIT=1: the methods the first run compiles, by type's namespace, to see whose code the JIT spends on.
        private sealed class JitListener : System.Diagnostics.Tracing.EventListener
        {
            private readonly Dictionary<ulong, (string Type, string Method, uint IlSize, DateTime Start)> _started = new();
            private readonly List<(string Type, string Method, uint IlSize, double Ms)> _methods = new();
            private bool _on = true;

            protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
            {
                if (source.Name == "Microsoft-Windows-DotNETRuntime")
                {
                    EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
                }
            }

            protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs data)
            {
                if (!_on || data.Payload == null)
                {
                    return;
                }

                lock (_methods)
                {
                    if (data.EventName == "MethodJittingStarted_V1")
                    {
                        _started[(ulong)data.Payload[0]!] = ((string)data.Payload[4]!, (string)data.Payload[5]!, (uint)data.Payload[3]!, data.TimeStamp);
                    }
                    else if (data.EventName != null && data.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) && _started.Remove((ulong)data.Payload[0]!, out var start))
                    {
                        _methods.Add((start.Type, start.Method, start.IlSize, (data.TimeStamp - start.Start).TotalMilliseconds));
                    }
                }
            }

            public void Report()
            {
                _on = false;
                lock (_methods)
                {
                    foreach (var group in _methods.GroupBy(m => Area(m.Type)).OrderByDescending(g => g.Sum(m => m.Ms)).Take(25))
                    {
                        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,8:F1} ms {1,6} methods {2,8} IL bytes  {3}", group.Sum(m => m.Ms), group.Count(), group.Sum(m => m.IlSize), group.Key));
                    }

                    var path = Environment.GetEnvironmentVariable("FIRSTRUN_JIT_FILE");
                    if (path != null)
                    {
                        File.WriteAllLines(path, _methods.OrderByDescending(m => m.Ms).Select(m => m.Ms.ToString("F2", CultureInfo.InvariantCulture) + "\t" + m.IlSize + "\t" + m.Type + "::" + m.Method));
                    }
                }
            }

            private static string Area(string type)
            {
                var generic = type.IndexOf('[');
                var name = generic < 0 ? type : type.Substring(0, generic);
                var parts = name.Split('.');
                return string.Join(".", parts.Take(Math.Min(3, parts.Length - 1))) + (generic < 0 ? string.Empty : " (generic)");
            }
        }

        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<string, AnalyzerConfigOptions> _files;

            public Options(Dictionary<string, AnalyzerConfigOptions> files) => _files = files;

            public override AnalyzerConfigOptions GlobalOptions { get; } = new GeneratorRun.Values(new Dictionary<string, string>
            {
                ["build_property.ErrorCodesProjectDirectory"] = "/bench",
                ["build_property.RootNamespace"] = "Bench",
            });

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GeneratorRun.Values.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _files.TryGetValue(textFile.Path, out var options) ? options : GeneratorRun.Values.Empty;
        }
    }
}
