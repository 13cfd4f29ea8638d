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
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            var root = Build(output, error);
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
        private static Command Build(TextWriter output, TextWriter error)
        {
            var root = new Command("errorcodes", "Reads OpenHarmony-style error-code markdown exactly as the ErrorCodes generator does: lint it, compare editions, keep member names, explain a code, export the catalogs.")
            {
                new HelpOption(),
                new VersionOption(),
            };
            root.Subcommands.Add(Lint(output));
            root.Subcommands.Add(Diff(output));
            root.Subcommands.Add(Names(output));
            root.Subcommands.Add(Explain(output, error));
            root.Subcommands.Add(Export(output, error));
            return root;
        }

        private static Command Lint(TextWriter output)
        {
            var paths = Paths("Documents to check: files, folders (every *.md but README.md) or globs such as 'docs/**/errorcode-*.md'.");
            var format = Format("text", "text", "json", "sarif");
            var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Count warnings as errors: exit code 1 when there is one." };
            var infos = new Option<bool>("--infos") { Description = "Print infos too, as the IDE shows them (text only; json and sarif always have them)." };
            var command = new Command("lint", "Report the diagnostics the build reports, with the same ids, messages, severities and lines. Exit code 1 when there is an error.")
            {
                paths, format, warningsAsErrors, infos,
            };
            command.SetAction(result => LintCommand.Run(result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(warningsAsErrors), result.GetValue(infos), output));
            return command;
        }

        private static Command Diff(TextWriter output)
        {
            var old = new Argument<string>("old") { Description = "The old edition: a document, or a folder of documents." };
            var @new = new Argument<string>("new") { Description = "The new edition: a document, or a folder whose documents pair with the old folder's by path." };
            var format = Format("text", "text", "json", "markdown");
            var command = new Command("diff", "List what changed between two editions: breaking changes (a code removed, renamed or renumbered) first, then added codes and changed texts. Exit code 2 when a change is breaking.")
            {
                old, @new, format,
            };
            command.SetAction(result => DiffCommand.Run(result.GetValue(old)!, result.GetValue(@new)!, result.GetValue(format)!, output));
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
            var command = new Command("names", "Write or update the names file beside each spec: new codes are appended with the names the build gives them; a recorded name never changes but through --rename.")
            {
                specs, rename, from, enumName,
            };
            command.SetAction(result => NamesCommand.Run(result.GetValue(specs)!, result.GetValue(rename), result.GetValue(from), result.GetValue(enumName), output));
            return command;
        }

        private static Command Explain(TextWriter output, TextWriter error)
        {
            var code = new Argument<string>("code") { Description = "The code, such as 2303210." };
            var specs = new Option<string[]>("--spec")
            {
                Description = "Documents or folders to search; the working directory by default.",
                AllowMultipleArgumentsPerToken = true,
                DefaultValueFactory = _ => new[] { "." },
            };
            var command = new Command("explain", "Show everything the documents say about a code, in every language they have it in. Exit code 1 when no document has it.")
            {
                code, specs,
            };
            command.SetAction(result =>
            {
                var text = result.GetValue(code)!;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    throw new InputException($"'{text}' is not a code: a code is a whole number such as 2303210");
                }

                return ExplainCommand.Run(value, result.GetValue(specs)!, output, error);
            });
            return command;
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
