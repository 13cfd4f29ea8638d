using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ErrorCodes.Tool
{
    /// <summary>The commands and their options; every failure is one line on the error output and an exit code, never a stack trace.</summary>
    internal static class Cli
    {
        public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
        {
            var root = Build(output, error, input ?? Console.In);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count != 0)
            {
                foreach (var problem in parsed.Errors)
                {
                    error.WriteLine("errorcodes: " + problem.Message);
                }

                error.WriteLine("Run 'errorcodes --help' for the commands, or 'errorcodes <command> --help' for one.");
                return ExitCodes.BadInput;
            }

            try
            {
                return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (InputException exception)
            {
                error.WriteLine("errorcodes: " + exception.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The file system's answer, about the user's files: nothing to report.
                error.WriteLine("errorcodes: " + exception.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                error.WriteLine("errorcodes: failed: " + exception.GetType().Name + ": " + exception.Message + ". Please report this with the document.");
                return ExitCodes.BadInput;
            }
        }

        // A command of its own name rather than RootCommand, which takes the name of the process: help reads
        // 'errorcodes lint' however the tool is started (dotnet errorcodes.dll, the tool's shim, a test).
        private static Command Build(TextWriter output, TextWriter error, TextReader input)
        {
            var root = new Command("errorcodes", "Reads OpenHarmony-style error-code markdown exactly as the ErrorCodes generator does: lint it, compare editions, keep member names, export the catalogs; and answers for OpenHarmony's own codes, offline: explain a code, search codes by their words, annotate a log.")
            {
                new HelpOption(),
                new VersionOption(),
            };
            root.Subcommands.Add(Lint(output));
            root.Subcommands.Add(Diff(output, error));
            root.Subcommands.Add(Names(output));
            root.Subcommands.Add(Explain(output, error));
            root.Subcommands.Add(Search(output));
            root.Subcommands.Add(Annotate(input, output, error));
            root.Subcommands.Add(Export(output, error));
            root.Subcommands.Add(Site(output, error));
            return root;
        }

        private static Command Lint(TextWriter output)
        {
            var paths = Paths("Documents to check: files, folders (every *.md but README.md) or globs such as 'docs/**/errorcode-*.md'.");
            var format = Format("text", "text", "json", "sarif", "summary");
            var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Count warnings as errors: exit code 1 when there is one." };
            var infos = new Option<bool>("--infos") { Description = "Print infos too, as the IDE shows them (text only; json and sarif always have them)." };
            var profile = new Option<string>("--profile")
            {
                Description = "Which rules: template (the default: the build's, the upstream template's, twins, numbering and links across the documents) or generator (the build's alone).",
                DefaultValueFactory = _ => "template",
            };
            profile.AcceptOnlyFromAmong("template", "generator");
            var language = Language();
            var registry = new Option<string>("--registry")
            {
                Description = "A registry of numbers (template profile): each document's file name and its ranges, one a line, such as 'errorcode-net-socket.md 2300000-2399999'. Codes are checked against it, and it is checked too.",
            };
            var twin = new Option<string[]>("--twin")
            {
                Description = "Pair a document with its twin where the zh-cn/ and en/ layout does not: --twin docs/errorcode-x.md=docs/en/errorcode-x.md (repeat for more).",
                AllowMultipleArgumentsPerToken = false,
            };
            var command = new Command("lint", "Report the diagnostics the build reports, with the same ids, messages, severities and lines, and the upstream template's rules for the writers. Exit code 1 when there is an error.")
            {
                paths, format, warningsAsErrors, infos, profile, language, registry, twin,
            };
            command.SetAction(result => LintCommand.Run(
                result.GetValue(paths)!,
                result.GetValue(format)!,
                result.GetValue(warningsAsErrors),
                result.GetValue(infos),
                output,
                result.GetValue(profile) == "template",
                Platform.CultureOf(result.GetValue(language) ?? Platform.DefaultLanguage()),
                result.GetValue(registry),
                result.GetValue(twin)));
            return command;
        }

        private static Command Diff(TextWriter output, TextWriter error)
        {
            var old = new Argument<string>("old") { Description = "The old edition: a document, or a folder of documents." };
            var @new = new Argument<string>("new") { Description = "The new edition: a document, or a folder whose documents pair with the old folder's by path." };
            var format = Format("text", "text", "json", "markdown");
            var command = new Command("diff", "List what happens to code built against the old edition when the new one replaces it, read with the names file as it will be (the new edition's own, else the old one's): breaking changes (a member, method or errno answer gone or changed) and changes of meaning (a number or name that stands for another error) first, then removed codes kept obsolete, added codes and changed texts. Exit code 2 when a change is breaking or changes meaning.")
            {
                old, @new, format,
            };
            command.SetAction(result => DiffCommand.Run(result.GetValue(old)!, result.GetValue(@new)!, result.GetValue(format)!, output, error));
            return command;
        }

        private static Command Names(TextWriter output)
        {
            var specs = Paths("Specs whose names files to write or update (beside each, as errorcode-x.names).");
            var rename = new Option<string[]>("--rename")
            {
                Description = "Record another name for a code: --rename 2303111 ResourceUnavailable.",
                Arity = new ArgumentArity(2, 2),
                AllowMultipleArgumentsPerToken = true,
            };
            var from = new Option<string>("--from")
            {
                Description = "An assembly built before (bin/Release/net8.0/MyApp.dll): the codes the file does not record yet take the names its enum shipped, so that a first names file keeps what users compile against.",
            };
            var enumName = new Option<string>("--enum")
            {
                Description = "The enum to read with --from, when the spec's EnumName metadata names another than the file name gives (NetSocketErrorCode).",
            };
            var move = new Option<string[]>("--move")
            {
                Description = "Move a names file with its document when the document is renamed: --move docs/errorcode_linkEnhance.md docs/errorcode-link-enhance.md moves errorcode_linkEnhance.names beside the new name.",
                Arity = new ArgumentArity(2, 2),
                AllowMultipleArgumentsPerToken = true,
            };
            specs.Arity = ArgumentArity.ZeroOrMore;
            var command = new Command("names", "Write or update the names file beside each spec: new codes are appended with the names the build gives them; a recorded name never changes but through --rename. --move moves one with its renamed document.")
            {
                specs, rename, from, enumName, move,
            };
            command.SetAction(result => result.GetValue(move) is { Length: > 0 } moved
                ? NamesCommand.Move(moved, result.GetValue(specs)!, output)
                : NamesCommand.Run(result.GetValue(specs)!, result.GetValue(rename), result.GetValue(from), result.GetValue(enumName), output));
            return command;
        }

        private static Command Explain(TextWriter output, TextWriter error)
        {
            var code = new Argument<string>("code") { Description = "The code as pasted: 2303210, -1, 0x2324EA, or text that holds one, such as 'BusinessError 401' or 'errCode=0x2324EA'." };
            var specs = new Option<string[]>("--spec")
            {
                Description = "Documents or folders to search instead of OpenHarmony's documents, which the tool bundles.",
                AllowMultipleArgumentsPerToken = true,
            };
            var language = Language();
            var format = Format("text", "text", "json");
            var command = new Command("explain", "Show everything the documents say about a code: by default OpenHarmony's every module that defines it, offline. Exit code 1 when none has it.")
            {
                code, specs, language, format,
            };
            command.SetAction(result =>
            {
                var text = result.GetValue(code)!;
                if (result.GetValue(specs) is not { Length: > 0 } documents)
                {
                    return ExplainCommand.RunBundled(text, result.GetValue(language) ?? Platform.DefaultLanguage(), result.GetValue(format)!, output);
                }

                if (result.GetValue(format) != "text")
                {
                    throw new InputException("--format json answers from OpenHarmony's documents; with --spec, use 'errorcodes export' for the data");
                }

                return ExplainCommand.Run(ExplainCommand.CodesIn(text, _ => false)[0], documents, output, error);
            });
            return command;
        }

        private static Command Search(TextWriter output)
        {
            var words = new Argument<string[]>("words") { Description = "Words to find, in Chinese or English; a quoted phrase is one word ('permission denied').", Arity = ArgumentArity.OneOrMore };
            var language = Language();
            var format = Format("text", "text", "json");
            var limit = new Option<int>("--limit") { Description = "How many codes to list at most.", DefaultValueFactory = _ => 20 };
            var command = new Command("search", "Find OpenHarmony's codes by their words (title, message, description) in either language, best first, offline. Exit code 1 when none matches.")
            {
                words, language, format, limit,
            };
            command.SetAction(result => SearchCommand.Run(result.GetValue(words)!, result.GetValue(language) ?? Platform.DefaultLanguage(), result.GetValue(format)!, result.GetValue(limit), output));
            return command;
        }

        private static Command Annotate(TextReader input, TextWriter output, TextWriter error)
        {
            var files = new Argument<string[]>("files") { Description = "Logs to read; standard input when none is given.", Arity = ArgumentArity.ZeroOrMore };
            var language = Language();
            var format = Format("text", "text", "json");
            var command = new Command("annotate", "Write a log back with each OpenHarmony error code annotated in place (code, module, title); a number is a code where the text says so (code=, errCode:, BusinessError, 错误码 …), as the analyzers decide.")
            {
                files, language, format,
            };
            command.SetAction(result => AnnotateCommand.Run(result.GetValue(files)!, result.GetValue(language) ?? Platform.DefaultLanguage(), result.GetValue(format)!, input, output, error));
            return command;
        }

        private static Option<string?> Language()
        {
            var option = new Option<string?>("--lang") { Description = "The language shown first: zh or en; by default the locale's (LANG)." };
            option.AcceptOnlyFromAmong("zh", "en");
            return option;
        }

        private static Command Export(TextWriter output, TextWriter error)
        {
            var paths = Paths("Documents to export: files, folders or globs.");
            var format = Format("json", "json", "csv");
            var command = new Command("export", "Write the catalogs as data: every field of every code, with its file and line. The JSON shape is in the README.")
            {
                paths, format,
            };
            command.SetAction(result => ExportCommand.Run(result.GetValue(paths)!, result.GetValue(format)!, output, error));
            return command;
        }

        private static Command Site(TextWriter output, TextWriter error)
        {
            var paths = Paths("Documents to publish: files, folders or globs; a zh-cn/…/x.md and its en/…/x.md twin are one module in both languages.");
            paths.Arity = ArgumentArity.ZeroOrMore;
            var project = new Option<string>("--project") { Description = "An MSBuild file whose ErrorCodeSpec items to publish, with their twins and Properties (Kit, Edition, Source), as written: runtime/ErrorCodes.OpenHarmony/Specs.props." };
            var outputDirectory = new Option<string>("--output", "-o") { Description = "The site's folder; its files from an earlier run that this one does not write are deleted, no other.", Required = true };
            var title = new Option<string>("--title") { Description = "The site's name, on every page.", DefaultValueFactory = _ => "Error codes" };
            var notice = new Option<string>("--notice") { Description = "A line at the foot of every page, such as the documents' licence and credit." };
            var twin = new Option<string[]>("--twin")
            {
                Description = "Pair a document with its twin where the zh-cn/ and en/ layout does not: --twin docs/errorcode-x.md=docs/en/errorcode-x.md (repeat for more).",
                AllowMultipleArgumentsPerToken = false,
            };
            var baseUrl = new Option<string>("--base-url") { Description = "The address the site will be served at (https://errors.example.org/): each page's canonical link, and a sitemap.xml for search engines." };
            var command = new Command("site", "Write the documents as a static error index: a page a module, a page a code at <document>/<code>.html, both languages with a switch, and search by number or words in the browser. It works from any static host and from file://, with no request to another host.")
            {
                paths, outputDirectory, title, notice, twin, baseUrl, project,
            };
            command.SetAction(result => ErrorCodes.Tool.Site.SiteCommand.Run(result.GetValue(paths)!, result.GetValue(outputDirectory)!, result.GetValue(title)!, result.GetValue(notice), output, error, result.GetValue(twin), result.GetValue(baseUrl), result.GetValue(project)));
            return command;
        }

        private static Argument<string[]> Paths(string description) =>
            new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.OneOrMore };

        private static Option<string> Format(string defaultFormat, params string[] formats)
        {
            var option = new Option<string>("--format")
            {
                Description = "The output format: " + string.Join(", ", formats) + ".",
                DefaultValueFactory = _ => defaultFormat,
            };
            option.AcceptOnlyFromAmong(formats);
            return option;
        }
    }
}
