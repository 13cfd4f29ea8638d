using System;
using System.IO;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>A folder of its own under the system's temp folder, deleted when the test is done with it.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory(string prefix)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the system cleans its temp folder later.
            }
        }
    }
}
