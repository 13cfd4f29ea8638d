using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace ErrorCodes.Tool
{
    /// <summary>
    /// Writes a names file, the record of a project's API, so that it is never damaged: one writer at a time (a second
    /// waits for the first), and each write goes to a temporary file beside it that then replaces it in one rename, so
    /// that a run killed while it writes leaves the old file or the new one, never a part of either.
    /// </summary>
    internal static class NamesFileWriter
    {
        // How long a second writer waits for the first, which takes well under a second for any document.
        private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(60);

        /// <summary>Runs <paramref name="update"/> while no other errorcodes process updates <paramref name="path"/>.</summary>
        public static T Exclusively<T>(string path, Func<T> update)
        {
            using var held = Lock(path);
            return update();
        }

        /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> in one rename, after the text is on disk.</summary>
        public static void Write(string path, string text)
        {
            var full = Path.GetFullPath(path);
            var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    var bytes = new UTF8Encoding(false).GetBytes(text);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, full, overwrite: true);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }

        // A lock file under the system's temp folder, named after the names file's full path: the repository gets no
        // file of ours, and the lock file is never deleted, since deleting it would let two writers lock two files.
        private static FileStream Lock(string path)
        {
            var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path)))).Substring(0, 32);
            var folder = Path.Combine(Path.GetTempPath(), "errorcodes-locks");
            Directory.CreateDirectory(folder);
            var lockPath = Path.Combine(folder, name + ".lock");
            var waited = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (waited.Elapsed < s_patience)
                {
                    Thread.Sleep(50);
                }
                catch (IOException)
                {
                    throw new InputException(path + ": another errorcodes has been writing this names file for a minute; try again when it is done");
                }
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
        }
    }
}
