using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ErrorCodes.Model;

namespace ErrorCodes.Tool.Site
{
    /// <summary>
    /// <c>errorcodes site</c>: the documents as a static error index, one page a code at <c>DIR/&lt;document&gt;/&lt;code&gt;.html</c>,
    /// which works from any static host and from <c>file://</c>, with no request to another host.
    /// </summary>
    internal static class SiteCommand
    {
        // The files an earlier run wrote, so that a code a document dropped loses its page and nothing else is touched.
        private const string ManifestName = ".errorcodes-site";

        public static int Run(IReadOnlyList<string> paths, string outputDirectory, string title, string? notice, TextWriter output, TextWriter error, IReadOnlyList<string>? twinMappings = null, string? baseUrl = null, string? project = null)
        {
            baseUrl = BaseUrl(baseUrl);
            var documents = Documents.Expand(paths);
            var twins = Documents.TwinMappings(twinMappings);
            var listed = new Dictionary<string, CatalogOptions>(StringComparer.Ordinal);

            // A project's specs, with their twins and Properties metadata (kit, edition, upstream source), as its build reads them.
            foreach (var spec in project != null ? ProjectSpecs.Read(project) : new List<ProjectSpec>())
            {
                documents.Add(spec.Path);
                if (spec.Twin != null)
                {
                    twins[spec.Path] = spec.Twin;
                    documents.Add(spec.Twin);
                }

                listed[spec.Path] = spec.Options;
            }

            if (documents.Count == 0)
            {
                throw new InputException("no documents: name them, or a project that lists them with --project");
            }

            var modules = Load(documents.Distinct(StringComparer.Ordinal).ToList(), twins, listed, error);
            if (modules.Count == 0)
            {
                throw new InputException("no document with codes among " + string.Join(", ", project != null ? paths.Append(project) : paths) + ": the site would be empty");
            }

            var site = new SiteModel(modules, title, notice ?? string.Empty, baseUrl);
            var files = new SitePages(site).All();
            Write(outputDirectory, files);
            var pages = site.Modules.Sum(module => module.Codes.Count);
            output.WriteLine($"{outputDirectory}: {site.Modules.Count} {(site.Modules.Count == 1 ? "module" : "modules")}, {pages} code {(pages == 1 ? "page" : "pages")}, search index {(Encoding.UTF8.GetByteCount(files[SitePages.SearchIndexFile]) + 1023) / 1024} KB");
            return ExitCodes.Success;
        }

        /// <summary>
        /// The documents as modules, each with its twin (zh-cn/…/x.md with en/…/x.md, or as --twin pairs them): a twin
        /// listed too is read with its document, not again on its own. Two documents of one file name would share a folder, and so the addresses of
        /// their pages: bad input, since the addresses are what users link to.
        /// </summary>
        private static List<SiteModule> Load(List<string> files, Dictionary<string, string> mapped, Dictionary<string, CatalogOptions> listed, TextWriter error)
        {
            var full = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
            var twins = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (Documents.TwinOf(file, mapped) is { } twin && full.Contains(Path.GetFullPath(twin)))
                {
                    twins.Add(Path.GetFullPath(twin));
                }
            }

            var modules = new List<SiteModule>();
            var bySlug = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files.Where(file => !twins.Contains(Path.GetFullPath(file))))
            {
                listed.TryGetValue(Path.GetFullPath(file), out var options);
                var document = Documents.Load(file, withTwin: true, twins: mapped, options: options);
                if (document.Result.Catalog is not { } catalog || catalog.Entries.Count == 0)
                {
                    error.WriteLine("errorcodes: " + file + ": skipped: " + (document.Result.Catalog == null ? Documents.WhyNoCatalog(document) : "it defines no code"));
                    continue;
                }

                var slug = Path.GetFileNameWithoutExtension(file);
                if (bySlug.TryGetValue(slug, out var first))
                {
                    throw new InputException($"{first} and {file} would both be at {slug}/ on the site: give the site one of them (their pages' addresses are <file name>/<code>.html)");
                }

                bySlug.Add(slug, file);
                var documentFiles = new List<string> { Path.GetFullPath(file) };
                if (document.Twin != null && catalog.Languages.Count > 1)
                {
                    documentFiles.Add(Path.GetFullPath(document.Twin.Document.FilePath));
                }

                modules.Add(new SiteModule(slug, documentFiles, catalog, namespaceKnown: options?.Namespace != null));
            }

            return modules;
        }

        // Where the site will be served, with its final '/': the pages' canonical addresses and the sitemap's.
        private static string? BaseUrl(string? url)
        {
            if (url == null)
            {
                return null;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps) || address.Query.Length != 0 || address.Fragment.Length != 0)
            {
                throw new InputException($"--base-url {url}: give the address the site is served at, such as https://errors.example.org/ or https://example.org/errors/");
            }

            return url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";
        }

        // Each file written whole; the files of an earlier run this one does not write are deleted, and no other file.
        private static void Write(string directory, SortedDictionary<string, string> files)
        {
            Directory.CreateDirectory(directory);
            var manifest = Path.Combine(directory, ManifestName);
            var earlier = File.Exists(manifest) ? File.ReadAllLines(manifest) : Array.Empty<string>();
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var (name, content) in files)
            {
                var path = Path.Combine(directory, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content, utf8);
            }

            foreach (var name in earlier.Where(name => name.Length != 0 && !files.ContainsKey(name) && IsInside(name)))
            {
                var path = Path.Combine(directory, name);
                File.Delete(path);
                var folder = Path.GetDirectoryName(path)!;
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any() && Path.GetFullPath(folder) != Path.GetFullPath(directory))
                {
                    Directory.Delete(folder);
                }
            }

            File.WriteAllText(manifest, string.Join("\n", files.Keys) + "\n", utf8);
        }

        // A manifest line names a file the site wrote: never one outside the folder, whatever the file says.
        private static bool IsInside(string name) =>
            !Path.IsPathRooted(name) && !name.Split('/', '\\').Any(part => part == ".." || part.Length == 0);
    }

    /// <summary>One document (with its twin) on the site: its folder's name, the document's path, and its catalog.</summary>
    internal sealed class SiteModule
    {
        public SiteModule(string slug, List<string> files, CatalogModel catalog, bool namespaceKnown = false)
        {
            Slug = slug;
            Files = files;
            NamespaceKnown = namespaceKnown;
            Catalog = catalog;

            // A code a document defines twice is one page with both entries.
            Codes = catalog.Entries.GroupBy(entry => entry.Code).Select(group => group.ToList()).ToList();
        }

        /// <summary>The folder of the module's pages: the document's file name without <c>.md</c>, such as <c>errorcode-net-socket</c>.</summary>
        public string Slug { get; }

        /// <summary>The full path of the document of each of the catalog's languages.</summary>
        public List<string> Files { get; }

        /// <summary>A project gives the catalog's <c>Namespace</c>, which code compiles against; else it is the reader's project's own.</summary>
        public bool NamespaceKnown { get; }

        public CatalogModel Catalog { get; }

        /// <summary>The entries of each code, in document order.</summary>
        public List<List<CodeEntry>> Codes { get; }

        public string Kit => Property("Kit");

        public string Edition => Property("Edition");

        public string Property(string key) =>
            Catalog.Properties.FirstOrDefault(property => string.Equals(property.Key, key, StringComparison.OrdinalIgnoreCase))?.Value ?? string.Empty;
    }

    /// <summary>Every module of the site, and which modules define each code.</summary>
    internal sealed class SiteModel
    {
        public SiteModel(List<SiteModule> modules, string title, string notice, string? baseUrl = null)
        {
            BaseUrl = baseUrl;
            Modules = modules.OrderBy(module => module.Slug, StringComparer.Ordinal).ToList();
            Title = title;
            Notice = notice;
            Root = CommonFolder(Modules.SelectMany(module => module.Files));
            Languages = Modules.SelectMany(module => module.Catalog.Languages.Select(language => language.Language)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var module in Modules)
            {
                foreach (var code in module.Codes)
                {
                    if (!Definers.TryGetValue(code[0].Code, out var definers))
                    {
                        Definers.Add(code[0].Code, definers = new List<SiteModule>());
                    }

                    definers.Add(module);
                }
            }
        }

        public List<SiteModule> Modules { get; }

        /// <summary>The folder that holds every document: pages name a document by its path under it (zh-cn/errorcode-net-socket.md).</summary>
        public string Root { get; }

        public string Title { get; }

        public string Notice { get; }

        /// <summary>The address the site is served at, ending in '/'; null when not given (no canonical links, no sitemap).</summary>
        public string? BaseUrl { get; }

        /// <summary>The documents' languages, the first document's first: the switch offers each.</summary>
        public List<string> Languages { get; }

        /// <summary>The modules that define each code, in the order of <see cref="Modules"/>.</summary>
        public Dictionary<int, List<SiteModule>> Definers { get; } = new();

        /// <summary>A document's path as the pages show it: under <see cref="Root"/>, with '/', the same on every machine.</summary>
        public string Shown(SiteModule module, int language) => Path.GetRelativePath(Root, module.Files[language]).Replace('\\', '/');

        private static string CommonFolder(IEnumerable<string> files)
        {
            string[]? common = null;
            foreach (var file in files)
            {
                var parts = Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar);
                common = common == null ? parts : common.Zip(parts).TakeWhile(pair => pair.First == pair.Second).Select(pair => pair.First).ToArray();
            }

            var joined = string.Join(Path.DirectorySeparatorChar, common ?? Array.Empty<string>());
            return joined.Length == 0 ? Path.GetPathRoot(Directory.GetCurrentDirectory())! : joined;
        }
    }
}
