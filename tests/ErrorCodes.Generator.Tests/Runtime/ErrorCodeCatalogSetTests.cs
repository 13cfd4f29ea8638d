using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Runtime
{
    /// <summary>
    /// ErrorCodeCatalogSet, what FromAssembly returns: the same answers as asking each catalog in turn, from an index,
    /// with no allocation. The whole Chinese corpus in one project, with the socket and kernel twins.
    /// </summary>
    public sealed class ErrorCodeCatalogSetTests
    {
        private static readonly Lazy<Assembly> s_corpus = new(() =>
        {
            var specs = Fixtures.CorpusNames().Where(name => name.StartsWith("zh-cn/", StringComparison.Ordinal))
                .Select(name => name is "zh-cn/errorcode-net-socket.md" or "zh-cn/errorcode-kernel.md"
                    ? Fixtures.Corpus(name, new Dictionary<string, string> { ["Twin"] = "../../docs/en/" + name.Substring("zh-cn/".Length) })
                    : Fixtures.Corpus(name))
                .Append(Fixtures.Corpus("en/errorcode-net-socket.md", new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }))
                .Append(Fixtures.Corpus("en/errorcode-kernel.md", new Dictionary<string, string> { ["ErrorCodesSpec"] = "twin" }));
            var (_, output) = new GeneratorRunner(specs).Run();
            return InMemoryAssembly.Load(output);
        });

        public static IEnumerable<object?[]> Cultures() => new[] { new object?[] { null }, new object?[] { "en-US" }, new object?[] { "zh-CN" }, new object?[] { "fr-FR" } };

        [Theory]
        [MemberData(nameof(Cultures))]
        public void AnswersAsAskingEachCatalogInTurnDoes(string? cultureName)
        {
            var set = ErrorCodeCatalogSet.FromAssembly(s_corpus.Value);
            var list = set.ToList(); // a plain list: the extension methods ask each catalog in turn
            var culture = cultureName == null ? null : CultureInfo.GetCultureInfo(cultureName);
            var codes = set.SelectMany(catalog => catalog.All.Select(info => info.Code))
                .Concat(new[] { 2301111, 2301013, 2303999, 201, 401, 0, -1, int.MinValue, int.MaxValue, 12345 })
                .Distinct()
                .ToList();

            Assert.True(set.Count > 30);
            Assert.Equal(list.SelectMany(catalog => catalog.All.Select(info => info.Code)).Distinct().OrderBy(code => code), set.Codes);
            foreach (var code in codes)
            {
                var expected = list.TryGetInfo(code, culture, out var naive) ? naive : null;
                var actual = set.TryGetInfo(code, culture, out var indexed) ? indexed : null;
                Assert.True(ReferenceEquals(expected, actual) || (expected != null && actual != null && expected.Code == actual.Code && expected.Name == actual.Name && expected.Title == actual.Title && expected.Language == actual.Language), $"code {code}");
                Assert.Equal(list.FindAll(code, culture).Select(info => (info.Code, info.SpecFile, info.Language)), set.FindAll(code, culture).Select(info => (info.Code, info.SpecFile, info.Language)));
                Assert.Equal(list.Any(catalog => catalog.IsDefined(code)), set.IsDefined(code));
            }
        }

        [Fact]
        public void WithoutACultureTheUICultureChoosesAndChangingItChangesTheAnswer()
        {
            var set = ErrorCodeCatalogSet.FromAssembly(s_corpus.Value);
            var before = CultureInfo.CurrentUICulture;
            try
            {
                var titles = new List<string>();
                foreach (var name in new[] { "en-US", "zh-CN", "en-GB", "fr-FR" })
                {
                    CultureInfo.CurrentUICulture = new CultureInfo(name); // a new instance each time, as some programs make them
                    titles.Add(set.TryGetInfo(2301001, out var info) ? info.Title : "missing");
                }

                Assert.Equal(new[] { "Operation Not Allowed", "操作不允许", "Operation Not Allowed", "操作不允许" }, titles);
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }

        // Before: a catalog allocated 32 bytes whenever the culture differed from the last lookup's, and the set kept eight
        // tables by culture name, so that nine cultures in turn made a table of every code on every lookup (8.5 KB and
        // 34 µs a lookup). Now switching allocates nothing, for a catalog or the set, whatever the number of cultures;
        // cultures that choose the same languages share one set of entries, made once.
        [Fact]
        public void SwitchingBetweenMoreCulturesThanTheSetKeepsAllocatesNothingAndAnswersRight()
        {
            var set = ErrorCodeCatalogSet.FromAssembly(s_corpus.Value);
            var socket = set.Single(catalog => catalog.Name == "NetSocket");
            var cultures = new[] { "en-US", "zh-CN", "fr-FR", "de-DE", "ja-JP", "en-GB", "zh-TW", "ko-KR", "es-ES", "it-IT", "ru-RU", "pt-BR" }.Select(CultureInfo.GetCultureInfo).ToArray();
            string Title(IErrorCodeCatalog catalog, CultureInfo culture) => catalog.TryGetInfo(2301001, culture, out var info) ? info.Title : "missing";
            string SetTitle(CultureInfo culture) => set.TryGetInfo(2301001, culture, out var info) ? info.Title : "missing";
            var titles = cultures.Select(culture => Title(socket, culture) + "|" + SetTitle(culture)).ToList();

            var start = GC.GetAllocatedBytesForCurrentThread();
            var length = 0;
            for (var round = 0; round < 50; round++)
            {
                foreach (var culture in cultures)
                {
                    length += Title(socket, culture).Length + SetTitle(culture).Length;
                }
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - start;

            Assert.Equal(0, allocated);
            Assert.True(length > 0);
            var english = "Operation Not Allowed|Operation Not Allowed";
            var chinese = "操作不允许|操作不允许";
            Assert.Equal(new[] { english, chinese, chinese, chinese, chinese, english, chinese, chinese, chinese, chinese, chinese, chinese }, titles);
        }

        [Fact]
        public void LookupsAllocateNothingAndFindAllOnlyItsResult()
        {
            var set = ErrorCodeCatalogSet.FromAssembly(s_corpus.Value);
            var codes = set.SelectMany(catalog => catalog.All.Select(info => info.Code)).Distinct().ToArray();
            var shared = codes.First(code => set.FindAll(code).Count > 1);
            var english = CultureInfo.GetCultureInfo("en");
            Touch(set, codes, english);

            var start = GC.GetAllocatedBytesForCurrentThread();
            var found = Touch(set, codes, english);
            var lookups = GC.GetAllocatedBytesForCurrentThread() - start;

            start = GC.GetAllocatedBytesForCurrentThread();
            var none = set.FindAll(12345);
            var missing = GC.GetAllocatedBytesForCurrentThread() - start;

            start = GC.GetAllocatedBytesForCurrentThread();
            var all = set.FindAll(shared);
            var result = GC.GetAllocatedBytesForCurrentThread() - start;

            Assert.Equal(codes.Length * 2, found);
            Assert.Equal(0, lookups);
            Assert.Empty(none);
            Assert.Equal(0, missing);
            Assert.True(all.Count > 1);
            Assert.True(result <= 24 + (8 * (all.Count + 1)), $"FindAll of a shared code allocated {result} bytes for {all.Count} entries");
        }

        [Fact]
        public void FromAssemblyReturnsOneSetAnAssemblyAndAHandMadeSetAnswersTheSame()
        {
            var set = ErrorCodeCatalogSet.FromAssembly(s_corpus.Value);
            var made = new ErrorCodeCatalogSet(set.Reverse());

            Assert.Same(set, ErrorCodeCatalogSet.FromAssembly(s_corpus.Value));
            Assert.Same(set, ErrorCodeCatalogs.FromAssembly(s_corpus.Value));
            Assert.Equal(set.Select(catalog => catalog.Name).Reverse(), made.Select(catalog => catalog.Name));
            Assert.True(made.TryGetInfo(2303210, out var timeout));
            Assert.Equal(2303210, timeout.Code);
            Assert.Throws<ArgumentNullException>(() => new ErrorCodeCatalogSet(null!));
            Assert.Throws<ArgumentException>(() => new ErrorCodeCatalogSet(new IErrorCodeCatalog[] { null! }));
        }

        [Fact]
        public void AnEmptySetFindsNothing()
        {
            var empty = new ErrorCodeCatalogSet(Array.Empty<IErrorCodeCatalog>());

            Assert.False(empty.TryGetInfo(1, out _));
            Assert.False(empty.IsDefined(int.MinValue));
            Assert.Empty(empty.FindAll(1));
            Assert.Empty(empty.Codes);
        }

        // Runs of codes under module prefixes, as documents number them, are placed by one multiplier; random codes
        // (LookupTableTests checks that no multiplier gives them each a slot of their own, in a table up to eight times
        // their number) by ProbedHash, in a table twice their number, so that some are found a few slots past their own,
        // and their neighbours' walks pass them and end on a slot of another code. In one language or two,
        // the set answers as asking each catalog in turn, for every code, for neighbours and for numbers no catalog
        // defines, in every culture, given or taken from the UI culture, one after another as a program switches.
        [Theory]
        [InlineData("runs", false)]
        [InlineData("random", false)]
        [InlineData("runs", true)]
        [InlineData("random", true)]
        public void HandMadeCatalogsAnswerAsAskingEachInTurnWhicheverHashPlacesTheirCodes(string shape, bool twoLanguages)
        {
            var codes = HandMadeCodes(shape);
            var catalogs = new[]
            {
                new ListCatalog("First", codes.Take(codes.Length / 2), twoLanguages),
                new ListCatalog("Second", codes.Skip((codes.Length / 2) - 10), twoLanguages), // ten codes both define: the first wins
                new ListCatalog("Rule", Array.Empty<int>(), twoLanguages, ruleFirst: 2301001, ruleLast: 2301200),
            };
            var set = new ErrorCodeCatalogSet(catalogs);
            var random = new Random(7);
            var probes = codes.SelectMany(code => new[] { code, code - 1, code + 1 })
                .Concat(Enumerable.Range(0, 2000).Select(_ => random.Next(int.MinValue, int.MaxValue)))
                .Concat(new[] { 0, -1, int.MinValue, int.MaxValue, 2301001, 2301200, 2301201 })
                .Distinct()
                .ToArray();
            var before = CultureInfo.CurrentUICulture;
            try
            {
                foreach (var uiCulture in new[] { "zh-CN", "en-US", "fr-FR", "en-US" })
                {
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
                    foreach (var code in probes)
                    {
                        foreach (var culture in new[] { null, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-CN") })
                        {
                            var expected = catalogs.Select(catalog => catalog.TryGetInfo(code, culture, out var info) ? info : null).FirstOrDefault(info => info != null);
                            Assert.Same(expected, set.TryGetInfo(code, culture, out var found) ? found : null);
                            if (culture == null)
                            {
                                Assert.Same(expected, set.TryGetInfo(code, out found) ? found : null);
                            }
                        }

                        Assert.Equal(catalogs.Any(catalog => catalog.IsDefined(code)), set.IsDefined(code));
                        Assert.Equal(catalogs.Where(catalog => catalog.IsDefined(code)).Select(catalog => catalog.Name), set.FindAll(code).Select(info => info.Name.Split('.')[0]));
                    }
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }

        // The set's fast fields are written without a lock by whichever lookup takes the slow path, and read without one:
        // threads in different UI cultures, each on sets none has asked yet, race to build the index, make the tables and
        // switch the last culture's table under each other's lookups. Every answer must still be the culture's own,
        // never another culture's entry or another code's.
        [Theory]
        [InlineData("runs")]
        [InlineData("random")]
        public void ThreadsInDifferentCulturesRacingOnANewSetEachGetTheirOwnAnswers(string shape)
        {
            var codes = HandMadeCodes(shape);
            var catalogs = new[]
            {
                new ListCatalog("First", codes.Take(codes.Length / 2), true),
                new ListCatalog("Second", codes.Skip((codes.Length / 2) - 10), true),
            };
            var probes = codes.Concat(codes.Select(code => code + 1)).Distinct().ToArray();
            var cultures = new[] { "zh-CN", "en-US", "fr-FR", "en-GB" }.Select(CultureInfo.GetCultureInfo).ToArray();
            var expected = cultures.Select(culture => probes.Select(code => catalogs.Select(catalog => catalog.TryGetInfo(code, culture, out var info) ? info : null).FirstOrDefault(info => info != null)).ToArray()).ToArray();
            var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
            for (var round = 0; round < 20; round++)
            {
                var set = new ErrorCodeCatalogSet(catalogs);
                using var start = new System.Threading.Barrier(cultures.Length);
                var threads = Enumerable.Range(0, cultures.Length).Select(t => new System.Threading.Thread(() =>
                {
                    CultureInfo.CurrentUICulture = cultures[t];
                    var random = new Random(round * 31 + t);
                    start.SignalAndWait();
                    for (var i = 0; i < 20_000; i++)
                    {
                        // Half the lookups in the thread's UI culture, half in a culture given: another thread's.
                        var k = random.Next(probes.Length);
                        var c = i % 2 == 0 ? t : (t + 1) % cultures.Length;
                        var found = i % 2 == 0
                            ? (set.TryGetInfo(probes[k], out var info) ? info : null)
                            : (set.TryGetInfo(probes[k], cultures[c], out info) ? info : null);
                        if (!ReferenceEquals(found, expected[c][k]))
                        {
                            failures.Enqueue($"round {round}, {cultures[c].Name}, code {probes[k]}: {found?.Name} ({found?.Language}) for {expected[c][k]?.Name} ({expected[c][k]?.Language})");
                        }
                    }
                })).ToList();
                threads.ForEach(thread => thread.Start());
                threads.ForEach(thread => thread.Join());
            }

            Assert.Empty(failures.Take(10));
        }

        // A catalog written by hand may list a code it then gives no entry for (generated ones never do): the set asks
        // the catalogs in turn for it, as for a code none defines, whether some codes are answered or none at all.
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void CodesACatalogListsButDoesNotAnswerForAreAskedOfEachCatalogInTurn(bool noneAnswered)
        {
            var codes = HandMadeCodes("runs");
            var quiet = new ListCatalog("Quiet", codes, false, answers: code => !noneAnswered && code % 2 == 0);
            var catalogs = noneAnswered
                ? new IErrorCodeCatalog[] { quiet }
                : new IErrorCodeCatalog[] { quiet, new ListCatalog("Loud", codes.Where(code => code % 3 == 0), false) };
            var set = new ErrorCodeCatalogSet(catalogs);
            var answered = 0;
            foreach (var code in codes.Concat(new[] { 0, 1, int.MaxValue }))
            {
                var expected = catalogs.Select(catalog => catalog.TryGetInfo(code, out var info) ? info : null).FirstOrDefault(info => info != null);
                Assert.Same(expected, set.TryGetInfo(code, out var found) ? found : null);
                Assert.Same(expected, set.TryGetInfo(code, CultureInfo.InvariantCulture, out found) ? found : null);
                answered += expected != null ? 1 : 0;
            }

            Assert.True(set.IsDefined(codes[1]));
            Assert.Equal(noneAnswered ? 0 : codes.Count(code => code % 2 == 0 || code % 3 == 0), answered);
        }

        // A generated catalog gives its codes to its base class and makes its entries (the initialisers that are most of
        // its code) on first use: a set indexes the codes without them, and a lookup asks only the catalogs that define
        // its code, so a program that looks up one code of 192 documents compiles one document's entries, not all.
        [Fact]
        public void ALookupAsksOnlyTheCatalogsThatDefineItsCodeAndMakesNoOtherEntries()
        {
            var catalogs = new[]
            {
                new LazyCatalog("First", 2100001, 2100002, 401),
                new LazyCatalog("Second", 2301001, 2301002),
                new LazyCatalog("Third", 12000001, 401),
            };
            var set = new ErrorCodeCatalogSet(catalogs);

            Assert.True(set.IsDefined(2301002));
            Assert.Equal(new[] { "First", "Third" }, set.CatalogsDefining(401).Select(catalog => catalog.Name));
            Assert.Empty(set.CatalogsDefining(7));
            Assert.Equal(new[] { 401, 2100001, 2100002, 2301001, 2301002, 12000001 }, set.Codes);
            Assert.All(catalogs, catalog => Assert.Equal(0, catalog.Asked));

            Assert.True(set.TryGetInfo(2301002, out var info));
            Assert.Equal("Second.2301002", info.Name);
            Assert.Equal(new[] { 0, 1, 0 }, catalogs.Select(catalog => catalog.Asked));

            Assert.True(set.TryGetInfo(2301001, CultureInfo.InvariantCulture, out info));
            Assert.Equal("Second.2301001", info.Name);
            Assert.Equal(new[] { "First.401", "Third.401" }, set.FindAll(401).Select(entry => entry.Name));
            Assert.Equal(new[] { 1, 2, 1 }, catalogs.Select(catalog => catalog.Asked));
            Assert.All(catalogs, catalog => Assert.Equal(0, catalog.Made));

            // Asked again, from the table: no catalog is asked.
            Assert.True(set.TryGetInfo(2301002, out info));
            Assert.Equal(new[] { 1, 2, 1 }, catalogs.Select(catalog => catalog.Asked));

            Assert.Equal(new[] { 2100001, 2100002, 401 }, catalogs[0].All.Select(entry => entry.Code));
            Assert.Equal(new[] { 1, 0, 0 }, catalogs.Select(catalog => catalog.Made));
        }

        // A code no catalog defines is asked only of the catalogs that may answer for it (a generated one says which: its
        // errno rules' range, its links), so a miss makes no other catalog's entries; a catalog that says nothing is asked.
        [Fact]
        public void ACodeNoCatalogDefinesIsAskedOnlyOfTheCatalogsThatMayAnswerForIt()
        {
            var socket = new LazyCatalog("Socket", 2301001, 2301002) { Rule = code => code > 2301000 && code < 2301134 };
            var silent = new LazyCatalog("Silent", 12000001) { Rule = _ => false };
            var unsaid = new LazyCatalog("Unsaid", 401);
            var set = new ErrorCodeCatalogSet(new[] { silent, socket, unsaid });

            Assert.True(set.TryGetInfo(2301111, out var mapped));
            Assert.Equal("Socket.Rule2301111", mapped.Name);
            Assert.Equal(new[] { 0, 1, 0 }, new[] { silent, socket, unsaid }.Select(catalog => catalog.Asked));

            Assert.False(set.TryGetInfo(99, out _));
            Assert.Equal(new[] { 0, 1, 1 }, new[] { silent, socket, unsaid }.Select(catalog => catalog.Asked));

            Assert.Equal(new[] { "Socket" }, set.CatalogsAnswering(2301111).Select(catalog => catalog.Name));
            Assert.Empty(set.CatalogsAnswering(2301001));
            Assert.Empty(set.CatalogsAnswering(99));
            Assert.All(new[] { silent, socket, unsaid }, catalog => Assert.Equal(0, catalog.Made));
        }

        internal static int[] HandMadeCodes(string shape)
        {
            if (shape == "runs")
            {
                // Three modules' runs, 1,200 codes.
                return Enumerable.Range(0, 400).Select(i => 2100001 + i)
                    .Concat(Enumerable.Range(0, 400).Select(i => 2303100 + (i * 3)))
                    .Concat(Enumerable.Range(0, 400).Select(i => 12000001 + i))
                    .ToArray();
            }

            var random = new Random(1200);
            return Enumerable.Range(0, 1200).Select(_ => random.Next(int.MinValue, int.MaxValue)).Distinct().ToArray();
        }

        private static int Touch(ErrorCodeCatalogSet set, int[] codes, CultureInfo culture)
        {
            var found = 0;
            foreach (var code in codes)
            {
                found += set.TryGetInfo(code, out _) ? 1 : 0;
                found += set.TryGetInfo(code, culture, out _) ? 1 : 0;
            }

            return found;
        }

        // A catalog as a generated one is made: its codes given to the base class, its entries made on first use.
        // Counts the lookups asked of it (Find) and the times its entries are made (CreateAll).
        private sealed class LazyCatalog : ErrorCodeCatalog
        {
            private readonly int[] _codes;

            public LazyCatalog(string name, params int[] codes)
                : base(new ErrorCodeCatalogFields { Name = name, Codes = codes })
            {
                _codes = codes;
            }

            public int Asked { get; private set; }

            public int Made { get; private set; }

            /// <summary>Codes it answers for without defining them, as an errno rule does; null: it says nothing of them.</summary>
            public Func<int, bool>? Rule { get; init; }

            public override bool IsDefined(int code) => Array.IndexOf(_codes, code) >= 0;

            protected override bool MayAnswerFor(int code) => Rule == null || Rule(code);

            protected override IReadOnlyList<ErrorCodeInfo> CreateAll()
            {
                Made++;
                return _codes.Select(code => new ErrorCodeInfo(code, Name + "." + code)).ToArray();
            }

            protected override ErrorCodeInfo? Find(int code, CultureInfo? culture)
            {
                Asked++;
                return IsDefined(code) ? new ErrorCodeInfo(code, Name + "." + code)
                    : Rule != null && Rule(code) ? new ErrorCodeInfo(code, Name + ".Rule" + code)
                    : null;
            }
        }

        // A catalog of the given codes in Chinese, and optionally in English too (for a culture whose language is "en"),
        // and optionally a rule that answers for a range it does not define, as an errno rule does.
        private sealed class ListCatalog : IErrorCodeCatalog
        {
            private readonly Dictionary<int, ErrorCodeInfo>[] _byCode = { new(), new() };
            private readonly Dictionary<int, ErrorCodeInfo>[] _byRule = { new(), new() };
            private readonly Func<int, bool>? _answers;

            public ListCatalog(string name, IEnumerable<int> codes, bool twoLanguages, int ruleFirst = 0, int ruleLast = -1, Func<int, bool>? answers = null)
            {
                Name = name;
                _answers = answers;
                Languages = twoLanguages ? new[] { "zh-CN", "en" } : new[] { "zh-CN" };
                for (var language = 0; language < Languages.Count; language++)
                {
                    foreach (var code in codes)
                    {
                        _byCode[language].Add(code, new ErrorCodeInfo(code, name + ".Code" + code, language: Languages[language]));
                    }

                    for (var code = ruleFirst; code <= ruleLast; code++)
                    {
                        _byRule[language].Add(code, new ErrorCodeInfo(code, name + ".Rule" + code, language: Languages[language]));
                    }
                }

                All = _byCode[0].Values.ToArray();
            }

            public string Name { get; }

            public string Title => string.Empty;

            public IReadOnlyList<string> Notes => Array.Empty<string>();

            public IReadOnlyList<ErrorCodeInfo> All { get; }

            public IReadOnlyList<string> Languages { get; }

            public IReadOnlyDictionary<string, string> Properties => new Dictionary<string, string>();

            public IReadOnlyList<string> Links => Array.Empty<string>();

            public bool IsDefined(int code) => _byCode[0].ContainsKey(code);

            public bool TryGetInfo(int code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ErrorCodeInfo? info) => TryGetInfo(code, null, out info);

            public bool TryGetInfo(int code, CultureInfo? culture, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ErrorCodeInfo? info)
            {
                var language = Languages.Count > 1 && (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en" ? 1 : 0;
                if (_answers != null && !_answers(code))
                {
                    info = null;
                    return false;
                }

                return _byCode[language].TryGetValue(code, out info) || _byRule[language].TryGetValue(code, out info);
            }
        }
    }
}
