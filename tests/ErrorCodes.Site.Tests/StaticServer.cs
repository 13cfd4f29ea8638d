using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace ErrorCodes.Site.Tests
{
    /// <summary>A folder served over HTTP on the loopback, as any static host serves it: files by path, nothing else.</summary>
    internal sealed class StaticServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _root;

        public StaticServer(string root)
        {
            _root = Path.GetFullPath(root);
            var port = FreePort();
            Address = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public string Address { get; }

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var path = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'))));
                if (Directory.Exists(path))
                {
                    path = Path.Combine(path, "index.html");
                }

                using var response = context.Response;
                if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
                {
                    // As GitHub Pages, Netlify and others do: the site's 404.html, at the address asked for.
                    response.StatusCode = 404;
                    path = Path.Combine(_root, "404.html");
                    if (!File.Exists(path))
                    {
                        continue;
                    }
                }

                response.ContentType = Path.GetExtension(path) switch
                {
                    ".html" => "text/html; charset=utf-8",
                    ".css" => "text/css; charset=utf-8",
                    ".js" => "text/javascript; charset=utf-8",
                    _ => "application/octet-stream",
                };
                var bytes = await File.ReadAllBytesAsync(path);
                await response.OutputStream.WriteAsync(bytes);
            }
        }
    }
}
