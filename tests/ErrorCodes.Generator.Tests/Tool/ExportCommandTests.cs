using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ErrorCodes.Generator.Tests.Consumption;
using ErrorCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Generator.Tests.Tool
{
    /// <summary><c>errorcodes export</c>: the catalogs as data, for decoders written in other languages.</summary>
    public sealed class ExportCommandTests
    {
        [Fact]
        public void JsonHasEveryFieldTheCompiledCatalogHas()
        {
            var result = Errorcodes.Run("export", Paths.SeedSpec);
            using var json = JsonDocument.Parse(result.Output);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(1, json.RootElement.GetProperty("formatVersion").GetInt32());
            var catalog = json.RootElement.GetProperty("catalogs").EnumerateArray().Single();
            Assert.Equal("NetSocket", catalog.GetProperty("name").GetString());
            Assert.Equal("zh-CN", catalog.GetProperty("language").GetString());
            Assert.Equal(2301000, catalog.GetProperty("errnoRules").EnumerateArray().Single().GetProperty("base").GetInt32());
            var codes = catalog.GetProperty("codes").EnumerateArray().ToList();
            Assert.Equal(NetSocketErrorCodes.All.Count, codes.Count);
            foreach (var (code, info) in codes.Zip(NetSocketErrorCodes.All))
            {
                Assert.Equal(info.Code, code.GetProperty("code").GetInt32());
                Assert.Equal(info.Name, code.GetProperty("name").GetString());
                Assert.Equal(info.Title, code.GetProperty("title").GetString());
                Assert.Equal(info.Message, code.GetProperty("message").GetString());
                Assert.Equal(info.Description, code.GetProperty("description").GetString());
                Assert.Equal(info.Causes, code.GetProperty("causes").EnumerateArray().Select(item => item.GetString()));
                Assert.Equal(info.Remediation, code.GetProperty("remediation").EnumerateArray().Select(item => item.GetString()));
                Assert.Equal(info.Line, code.GetProperty("line").GetInt32());
                Assert.Equal(info.IsDeprecated, code.GetProperty("deprecated").GetBoolean());
            }
        }

        [Fact]
        public void CsvQuotesFieldsWithCommasQuotesAndLineBreaksSoThatTheyReadBackExactly()
        {
            var path = Path.Combine(Fixtures.HostileDirectory, "escaping-nasties.md");
            var csv = Errorcodes.Run("export", path, "--format", "csv");
            var json = Errorcodes.Run("export", path);
            using var document = JsonDocument.Parse(json.Output);
            var codes = document.RootElement.GetProperty("catalogs").EnumerateArray().Single().GetProperty("codes").EnumerateArray().ToList();

            var records = ReadCsv(csv.Output);

            Assert.True(csv.ExitCode == 0, csv.ToString());
            Assert.Equal(new[] { "catalog", "file", "language", "code", "name", "title", "message", "description", "causes", "remediation", "line", "deprecated", "inDelRegion" }, records[0]);
            Assert.Equal(codes.Count, records.Count - 1);
            Assert.Contains(records, record => record.Any(field => field.Contains('"') || field.Contains(',') || field.Contains('\n')));
            for (var i = 0; i < codes.Count; i++)
            {
                Assert.Equal(codes[i].GetProperty("message").GetString(), records[i + 1][6]);
                Assert.Equal(codes[i].GetProperty("description").GetString(), records[i + 1][7]);
                Assert.Equal(string.Join("\n", codes[i].GetProperty("causes").EnumerateArray().Select(item => item.GetString())), records[i + 1][8]);
            }
        }

        [Fact]
        public void MessagesWithPlaceholdersListThem()
        {
            var result = Errorcodes.Run("export", Path.Combine(Fixtures.CorpusDirectory, "en", "cj-errorcode-huks.md"));
            using var json = JsonDocument.Parse(result.Output);
            var codes = json.RootElement.GetProperty("catalogs").EnumerateArray().Single().GetProperty("codes").EnumerateArray().ToList();

            Assert.True(result.ExitCode == 0, result.ToString());
            var unsupported = codes.Single(code => code.GetProperty("message").GetString() == "The ${messageInfo} is not supported.");
            Assert.Equal(new[] { "messageInfo" }, unsupported.GetProperty("placeholders").EnumerateArray().Select(item => item.GetString()));
            Assert.Contains(codes, code => code.GetProperty("placeholders").GetArrayLength() == 0);
        }

        [Fact]
        public void EveryCorpusDocumentIsExportedWithItsLanguage()
        {
            var result = Errorcodes.Run("export", Fixtures.CorpusDirectory);
            using var json = JsonDocument.Parse(result.Output);
            var catalogs = json.RootElement.GetProperty("catalogs").EnumerateArray().ToList();

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(Fixtures.CorpusNames().Count(), catalogs.Count);
            Assert.Equal(
                Fixtures.CorpusNames().Select(name => name.StartsWith("en/", System.StringComparison.Ordinal) ? "en" : "zh-CN").OrderBy(name => name, System.StringComparer.Ordinal),
                catalogs.Select(catalog => catalog.GetProperty("language").GetString()).OrderBy(name => name, System.StringComparer.Ordinal));
            Assert.True(catalogs.Sum(catalog => catalog.GetProperty("codes").GetArrayLength()) > 500);
        }

        // RFC 4180, as a decoder in another language reads it.
        private static List<string[]> ReadCsv(string text)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(fields.ToArray());
                    fields.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            return records;
        }
    }
}
