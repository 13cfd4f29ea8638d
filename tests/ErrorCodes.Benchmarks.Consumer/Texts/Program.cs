using System;
using System.Diagnostics;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using ErrorCodes;

namespace Bench.Texts
{
    /// <summary>
    /// One measurement in a fresh process: the first lookup in the catalog named by the argument ("data" or
    /// "literals"), which builds every entry of it, with the bytes it allocated; and the sizes of the assembly's
    /// string-literal heap and of the assembly. docs/perf/text-storage.sh runs it several times.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var asData = args.Length == 1 && args[0] == "data";
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
            var ilBytes = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true);
            var clock = Stopwatch.StartNew();
            ErrorCodeInfo? info;
            var found = asData ? TextsDataErrorCodes.TryGetInfo(10_000_000, out info) : TextsLiteralsErrorCodes.TryGetInfo(10_000_000, out info);
            var elapsed = clock.Elapsed;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jit;
            ilBytes = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true) - ilBytes;
            var codes = asData ? TextsDataErrorCodes.All.Count : TextsLiteralsErrorCodes.All.Count;

            var path = typeof(Program).Assembly.Location;
            using var pe = new PEReader(File.OpenRead(path));
            var metadata = pe.GetMetadataReader();
            Console.WriteLine(
                "storage={0} codes={1} found={2} first_lookup_ms={3:F1} of_which_jit_ms={7:F1} jit_il_mb={8:F1} allocated_mb={4:F1} user_strings_mb={5:F2} assembly_mb={6:F1}",
                asData ? "data" : "literals",
                codes,
                found && info!.Description.Length > 0,
                elapsed.TotalMilliseconds,
                allocated / 1048576.0,
                metadata.GetHeapSize(HeapIndex.UserString) / 1048576.0,
                new FileInfo(path).Length / 1048576.0,
                jit.TotalMilliseconds,
                ilBytes / 1048576.0);
            return found ? 0 : 1;
        }
    }
}
