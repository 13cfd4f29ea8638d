using System.Collections.Generic;
using System.Text;
using ErrorCodes.Generator.Planning;
using ErrorCodes.Model;
using ErrorCodes.Model.Naming;

namespace ErrorCodes.Generator.Emitting
{
    // Typed messages, for a catalog whose messages have placeholders (such as HUKS's "The ${messageInfo} is not
    // supported."): FormatMessage fills them, GetMessageTemplate gives them as holes of a message template.
    internal sealed partial class CatalogEmitter
    {
        private void WriteMessageFormatting()
        {
            // The codes with placeholders, and for each number of placeholders the names its overload takes: the
            // first such code's. A code whose placeholders are named otherwise fills them in order.
            var templated = new List<(EnumMember Member, string Message, EquatableArray<MessagePlaceholder> Placeholders, EquatableArray<string> Names)>();
            var overloads = new SortedDictionary<int, EquatableArray<string>>();
            foreach (var member in _model.Members)
            {
                var message = _catalog.Entries[member.Entry].Texts[0].Message;
                var names = MessagePlaceholders.Names(message);
                if (names.Count == 0)
                {
                    continue;
                }

                templated.Add((member, message, MessagePlaceholders.Find(message), names));
                if (!overloads.ContainsKey(names.Count))
                {
                    overloads.Add(names.Count, names);
                }
            }

            if (templated.Count == 0)
            {
                return;
            }

            foreach (var overload in overloads)
            {
                var parameters = new List<string>();
                var arguments = new List<string>();
                foreach (var name in overload.Value)
                {
                    var parameter = ParameterName(name);
                    parameters.Add("string" + Q + " " + parameter);
                    arguments.Add(parameter);
                }

                Separate();
                _writer.WriteLine("/// <summary>");
                _writer.WriteLine("/// The code's message (错误信息) in the spec's own language, " + (overload.Key == 1 ? "its placeholder" : "its " + Invariant(overload.Key) + " placeholders") + " (such as");
                _writer.WriteLine("/// <c>" + XmlText(FirstPlaceholder(templated, overload.Key)) + "</c>) filled with the arguments in order; a null argument fills in nothing. For a");
                _writer.WriteLine("/// code with another number of placeholders, or none, the message as written.");
                _writer.WriteLine("/// </summary>");
                OpenBlock("public static string FormatMessage(this " + EnumName + " code, " + string.Join(", ", parameters) + ")");
                OpenBlock("switch ((int)code)");
                foreach (var code in templated)
                {
                    if (code.Names.Count == overload.Key)
                    {
                        _writer.WriteLine("case " + Invariant(code.Member.Code) + ":");
                        _writer.WriteLine("    return " + Filled(code.Message, code.Placeholders, code.Names, arguments) + ";");
                    }
                }

                _writer.WriteLine("default:");
                _writer.WriteLine("    return " + OwnMessage + ";");
                _writer.CloseBlock();
                _writer.CloseBlock();
                _separate = true;
                WriteFormattedException(parameters, arguments);
            }

            Separate();
            _writer.WriteLine($$"""
                /// <summary>
                /// The code's message as a message template for structured logging (an <c>ILogger</c> message template): its
                /// placeholders as holes such as <c>{{{XmlText(templated[0].Names[0])}}}</c>, and any other brace doubled.
                /// </summary>
                """);
            OpenBlock("public static string GetMessageTemplate(this " + EnumName + " code)");
            OpenBlock("switch ((int)code)");
            foreach (var code in templated)
            {
                _writer.WriteLine("case " + Invariant(code.Member.Code) + ":");
                _writer.WriteLine("    return " + Escaping.Literal(Template(code.Message, code.Placeholders)) + ";");
            }

            _writer.WriteLine("default:");
            _writer.WriteLine("    return " + OwnMessage + ".Replace(\"{\", \"{{\").Replace(\"}\", \"}}\");");
            _writer.CloseBlock();
            _writer.CloseBlock();
            _separate = true;
        }

        // ToException with FormatMessage's arguments: the exception's message is the filled one. The inner exception comes
        // last and optional, so that ToException(null), which took the inner exception before, still does (the overload
        // whose arguments all match wins over one that needs a default).
        private void WriteFormattedException(List<string> parameters, List<string> arguments)
        {
            var inner = arguments.Contains("innerException") ? "innerExceptionArgument" : "innerException";
            var own = _model.IsCultureSensitive ? "global::System.Globalization.CultureInfo.InvariantCulture" : null;
            var crefParameters = string.Join(", ", arguments.ConvertAll(_ => "string"));
            Separate();
            _writer.WriteLine("/// <summary>");
            _writer.WriteLine("/// As <see cref=\"ToException(" + EnumName + ")\"/>, with the message <see cref=\"FormatMessage(" + EnumName + ", " + crefParameters + ")\"/> fills in");
            _writer.WriteLine("/// from the arguments after the code in brackets, and the entry in the spec's own language as that message is;");
            _writer.WriteLine("/// caused by <paramref name=\"" + inner + "\"/> when it is given.");
            _writer.WriteLine("/// </summary>");
            _writer.WriteLine("public static " + Exception + " ToException(this " + EnumName + " code, " + string.Join(", ", parameters) + ", global::System.Exception" + Q + " " + inner + " = null) =>");
            _writer.WriteLine("    new " + Exception + "((int)code, " + FindCall("(int)code", own) + ", FormatMessage(code, " + string.Join(", ", arguments) + "), " + inner + ");");
            _separate = true;
        }

        // The message in the spec's own language, as the templates are.
        private string OwnMessage => _model.IsCultureSensitive ? "GetMessage(code, global::System.Globalization.CultureInfo.InvariantCulture)" : "GetMessage(code)";

        // A placeholder's name as a parameter: '@' before a keyword; "code" is the enum's parameter.
        private static string ParameterName(string name) =>
            name == "code" ? "codeArgument" : CSharpIdentifiers.IsValid(name) ? name : "@" + name;

        private static string FirstPlaceholder(List<(EnumMember Member, string Message, EquatableArray<MessagePlaceholder> Placeholders, EquatableArray<string> Names)> templated, int count)
        {
            foreach (var code in templated)
            {
                if (code.Names.Count == count)
                {
                    return code.Placeholders[0].Text;
                }
            }

            return string.Empty;
        }

        // The message as a concatenation: its text as literals, each placeholder the argument of its name's position.
        private static string Filled(string message, EquatableArray<MessagePlaceholder> placeholders, EquatableArray<string> names, List<string> arguments)
        {
            var parts = new List<string>();
            var at = 0;
            foreach (var placeholder in placeholders)
            {
                if (placeholder.Start > at)
                {
                    parts.Add(Escaping.Literal(message.Substring(at, placeholder.Start - at)));
                }

                parts.Add(arguments[IndexOf(names, placeholder.Name)]);
                at = placeholder.Start + placeholder.Text.Length;
            }

            if (at < message.Length)
            {
                parts.Add(Escaping.Literal(message.Substring(at)));
            }

            // string.Concat renders a null argument as nothing, and is one call whatever the parts.
            return "string.Concat(" + string.Join(", ", parts) + ")";
        }

        private static string Template(string message, EquatableArray<MessagePlaceholder> placeholders)
        {
            var builder = new StringBuilder();
            var at = 0;
            foreach (var placeholder in placeholders)
            {
                builder.Append(message.Substring(at, placeholder.Start - at).Replace("{", "{{").Replace("}", "}}"));
                builder.Append('{').Append(placeholder.Name).Append('}');
                at = placeholder.Start + placeholder.Text.Length;
            }

            return builder.Append(message.Substring(at).Replace("{", "{{").Replace("}", "}}")).ToString();
        }

        private static int IndexOf(EquatableArray<string> names, string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
