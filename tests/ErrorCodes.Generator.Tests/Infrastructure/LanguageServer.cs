using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>
    /// A language server driven over LSP as an editor drives it: JSON-RPC messages framed by Content-Length on its
    /// standard streams. Requests wait for their response; notifications are kept for the test to look for; the
    /// server's own requests (workspace/configuration) are answered with the settings an editor would send.
    /// </summary>
    internal sealed class LanguageServer : IDisposable
    {
        private readonly Process _process;
        private readonly JsonObject _settings;
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
        private readonly BlockingCollection<JsonObject> _notifications = new();
        private readonly StringBuilder _log = new();
        private readonly object _writeLock = new();
        private int _nextId;

        public LanguageServer(string fileName, string arguments, string workingDirectory, JsonObject settings)
        {
            _settings = settings;
            var start = ProcessRunner.StartInfo(fileName, arguments, workingDirectory);
            start.RedirectStandardInput = true;
            start.StandardOutputEncoding = null;
            _process = Process.Start(start)!;
            _process.ErrorDataReceived += (_, e) => Log(e.Data);
            _process.BeginErrorReadLine();
            new Thread(Read) { IsBackground = true, Name = "LSP reader" }.Start();
        }

        /// <summary>What the server logged (window/logMessage and standard error), for a failing test's message.</summary>
        public string Transcript
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public async Task<JsonNode?> RequestAsync(string method, object parameters, TimeSpan timeout)
        {
            var id = Interlocked.Increment(ref _nextId);
            var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = response;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });
            var finished = await Task.WhenAny(response.Task, Task.Delay(timeout)).ConfigureAwait(false);
            if (finished != response.Task)
            {
                throw new TimeoutException($"No answer to {method} in {timeout.TotalSeconds} s. The server's log:\n{Transcript}");
            }

            return await response.Task.ConfigureAwait(false);
        }

        public void Notify(string method, object parameters) =>
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });

        /// <summary>The first notification of <paramref name="method"/> that <paramref name="match"/> accepts, from those received and to come.</summary>
        public JsonObject WaitForNotification(string method, Func<JsonNode?, bool> match, TimeSpan timeout)
        {
            var seen = new List<JsonObject>();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                foreach (var notification in _notifications.GetConsumingEnumerable(cancel.Token))
                {
                    seen.Add(notification);
                    if ((string?)notification["method"] == method && match(notification["params"]))
                    {
                        return notification;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }

            throw new TimeoutException($"No {method} as expected in {timeout.TotalSeconds} s; received:\n{string.Join("\n", seen.ConvertAll(n => n.ToJsonString()))}\nThe server's log:\n{Transcript}");
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }
            }
            finally
            {
                _process.Dispose();
            }
        }

        private void Send(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            lock (_writeLock)
            {
                var input = _process.StandardInput.BaseStream;
                input.Write(header);
                input.Write(body);
                input.Flush();
            }
        }

        private void Read()
        {
            var output = _process.StandardOutput.BaseStream;
            try
            {
                while (ReadMessage(output) is JsonObject message)
                {
                    Dispatch(message);
                }
            }
            catch (IOException)
            {
                // The server was stopped.
            }
            finally
            {
                _notifications.CompleteAdding();
                foreach (var pending in _pending.Values)
                {
                    pending.TrySetException(new IOException("The language server exited. Its log:\n" + Transcript));
                }
            }
        }

        private void Dispatch(JsonObject message)
        {
            var method = (string?)message["method"];
            var id = message["id"];
            if (method == null && id != null)
            {
                if (_pending.TryRemove(id.GetValue<int>(), out var response))
                {
                    if (message["error"] is JsonNode error)
                    {
                        response.TrySetException(new InvalidOperationException("The server answered with an error: " + error.ToJsonString()));
                    }
                    else
                    {
                        response.TrySetResult(message["result"]);
                    }
                }
            }
            else if (method != null && id != null)
            {
                // A request of the server's: the settings it asks for, and an empty answer to anything else.
                JsonNode? result = method == "workspace/configuration" ? new JsonArray(_settings.DeepClone()) : null;
                Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
            }
            else if (method == "window/logMessage")
            {
                Log((string?)message["params"]?["message"]);
            }
            else if (method != null)
            {
                _notifications.Add(message);
            }
        }

        private static JsonObject? ReadMessage(Stream stream)
        {
            var length = -1;
            while (true)
            {
                var line = ReadHeaderLine(stream);
                if (line == null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    break;
                }

                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[length];
            stream.ReadExactly(body);
            return JsonNode.Parse(body) as JsonObject;
        }

        private static string? ReadHeaderLine(Stream stream)
        {
            var line = new StringBuilder();
            while (true)
            {
                var b = stream.ReadByte();
                if (b < 0)
                {
                    return null;
                }

                if (b == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                line.Append((char)b);
            }
        }

        private void Log(string? line)
        {
            if (line != null)
            {
                lock (_log)
                {
                    _log.Append(line).Append('\n');
                }
            }
        }
    }
}
