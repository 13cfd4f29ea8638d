using System.Collections.Generic;
using ErrorCodes.Generator.Planning;

namespace ErrorCodes.Generator.Emitting
{
    // The lookups: IsDefined, TryGetInfo, the enum's getters, ToStringFast, and the finders behind them.
    internal sealed partial class CatalogEmitter
    {
        private string NotNullWhen => _model.Options.NullableAnnotations && _model.Options.NotNullWhenAvailable
            ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] "
            : string.Empty;

        private void WriteLookups()
        {
            var w = _writer;
            var e = EnumName;
            Separate();
            w.WriteLine($$"""
                /// <summary>Whether <paramref name="code"/> is a code the document defines.</summary>
                public static bool IsDefined(int code) => {{IsDefinedExpression("code")}};

                /// <summary>Whether <paramref name="code"/> is a code the document defines, rather than any other value cast to the enum.</summary>
                public static bool IsDefined(this {{e}} code) => {{IsDefinedExpression("(int)code")}};
                """);
            WriteTryGetInfo();
            WriteGetInfo();
            WriteGetMessage();
            WriteGetter("GetTitle", "string", "Title", "title (the heading's text after the code)", "string.Empty", "empty");
            WriteGetter("GetDescription", "string", "Description", "description (错误描述)", "string.Empty", "empty");
            WriteGetter("GetCauses", StringList, "Causes", "possible causes (可能原因)", "s_noItems", "no items");
            WriteGetter("GetRemediation", StringList, "Remediation", "remediation steps (处理步骤)", "s_noItems", "no items");
            Separate();
            w.WriteLine($$"""
                /// <summary>The member's name, as <see cref="object.ToString()"/> gives it but without reflection; the number for other values.</summary>
                public static string ToStringFast(this {{e}} code)
                {
                    {{FindSlotStatement("(int)code")}}
                    return {{IsFound("(int)code")}} ? s_infos[slot].Name : ((int)code).ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                }
                """);
            WriteFinders();
        }

        private void WriteTryGetInfo()
        {
            var fallback = _model.HasFallback ? " Besides the document's own codes, it answers for " + FallbackText() + "." : string.Empty;
            var info = Info + Q;
            Separate();
            var language = _model.IsCultureSensitive ? "in the language of the current UI culture (or its parents) when the catalog has it, else the spec's own" : "in the spec's own language";
            _writer.WriteLine("/// <summary>Finds <paramref name=\"code\"/>, " + language + "; returns false when the catalog has no entry for it." + fallback + "</summary>");
            if (_model.IsCultureSensitive)
            {
                _writer.WriteLine($$"""
                    public static bool TryGetInfo(int code, {{NotNullWhen}}out {{info}} info) => TryGetInfo(code, null, out info);

                    /// <summary>Finds <paramref name="code"/>, in the language of <paramref name="culture"/> when the catalog has it (else the spec's own).</summary>
                    public static bool TryGetInfo(int code, {{Culture}}{{Q}} culture, {{NotNullWhen}}out {{info}} info)
                    {
                        info = {{FindCall("code", "culture")}};
                        return info != null;
                    }
                    """);
                return;
            }

            _writer.WriteLine($$"""
                public static bool TryGetInfo(int code, {{NotNullWhen}}out {{info}} info)
                {
                    info = {{FindCall("code", null)}};
                    return info != null;
                }
                """);
        }

        private void WriteGetInfo()
        {
            var info = Info + Q;
            Separate();
            _writer.WriteLine("/// <summary>The code's entry, or null for a value the catalog has no entry for.</summary>");
            if (_model.IsCultureSensitive)
            {
                _writer.WriteLine($$"""
                    public static {{info}} GetInfo(this {{EnumName}} code) => GetInfo(code, null);

                    /// <summary>The code's entry in the language of <paramref name="culture"/> when the catalog has it, or null for a value the catalog has no entry for.</summary>
                    public static {{info}} GetInfo(this {{EnumName}} code, {{Culture}}{{Q}} culture) => {{FindCall("(int)code", "culture")}};
                    """);
                return;
            }

            _writer.WriteLine("public static " + info + " GetInfo(this " + EnumName + " code) => " + FindCall("(int)code", null) + ";");
        }

        private void WriteGetMessage()
        {
            var miss = _model.HasFallback ? FindCall("(int)code", _model.IsCultureSensitive ? "null" : null) + "?.Message ?? string.Empty" : "string.Empty";
            Separate();
            _writer.WriteLine($$"""
                /// <summary>The code's English message (错误信息), or empty for a value the catalog has no entry for.</summary>
                public static string GetMessage(this {{EnumName}} code)
                {
                    {{FindSlotStatement("(int)code")}}
                    return {{IsFound("(int)code")}} ? {{(IsMultilingual ? "(" + BySlotInLanguage("s_messages", "LanguageIndex(null)") + ")" : "s_messages[slot]")}} : {{miss}};
                }
                """);
            if (!_model.IsCultureSensitive)
            {
                return;
            }

            var cultureMiss = _model.HasFallback ? FindCall("(int)code", "culture") + "?.Message ?? string.Empty" : "string.Empty";
            Separate();
            _writer.WriteLine($$"""
                /// <summary>The code's message in the language of <paramref name="culture"/> when the catalog has it, or empty for a value the catalog has no entry for.</summary>
                public static string GetMessage(this {{EnumName}} code, {{Culture}}{{Q}} culture)
                {
                    {{FindSlotStatement("(int)code")}}
                    if ({{IsMissing("(int)code")}})
                    {
                        return {{cultureMiss}};
                    }

                    return {{BySlotInLanguage("s_messages", IsMultilingual ? "LanguageIndex(culture)" : null)}};
                }
                """);
        }

        private void WriteGetter(string method, string type, string property, string what, string missing, string missingText)
        {
            Separate();
            _writer.WriteLine("/// <summary>The code's " + what + ", or " + missingText + " for a value the catalog has no entry for.</summary>");
            if (_model.HasFallback)
            {
                _writer.WriteLine("public static " + type + " " + method + "(this " + EnumName + " code) => " + FindCall("(int)code", _model.IsCultureSensitive ? "null" : null) + "?." + property + " ?? " + missing + ";");
                return;
            }

            _writer.WriteLine($$"""
                public static {{type}} {{method}}(this {{EnumName}} code)
                {
                    {{FindSlotStatement("(int)code")}}
                    return {{IsFound("(int)code")}} ? {{(IsMultilingual ? "(" + BySlotInLanguage("s_infos", "LanguageIndex(null)") + ")" : "s_infos[slot]")}}.{{property}} : {{missing}};
                }
                """);
        }

        // FindDefined and LanguageIndex are internal so that other catalogs of the assembly can fall back to this one
        // without recursing: a catalog falls back only to the codes another one defines itself.
        private void WriteFinders()
        {
            var info = Info + Q;
            Separate();
            if (IsMultilingual)
            {
                _writer.WriteLine($$"""
                    /// <summary>The index of the language <paramref name="culture"/> (the current UI culture when null) chooses: 0 for the spec's own.</summary>
                    internal static int LanguageIndex({{Culture}}{{Q}} culture) => s_languageChoice.IndexOf(culture);

                    /// <summary>The entry of a code the document defines, in the language of index <paramref name="language"/> (see LanguageIndex), or null.</summary>
                    internal static {{info}} FindDefined(int code, int language)
                    {
                        {{FindSlotStatement("code")}}
                        if ({{IsMissing("code")}})
                        {
                            return null;
                        }

                        return {{BySlotInLanguage("s_infos", "language")}};
                    }
                    """);
            }
            else
            {
                _writer.WriteLine($$"""
                    /// <summary>The entry of a code the document defines, or null.</summary>
                    internal static {{info}} FindDefined(int code)
                    {
                        {{FindSlotStatement("code")}}
                        return {{IsFound("code")}} ? s_infos[slot] : null;
                    }
                    """);
            }

            if (!_model.HasFallback)
            {
                return;
            }

            var chain = new List<string> { IsMultilingual ? "FindDefined(code, LanguageIndex(culture))" : "FindDefined(code)" };
            if (_model.ErrnoTable != null)
            {
                chain.Add(_model.IsCultureSensitive ? "FindMapped(code, culture)" : "FindMapped(code)");
            }

            foreach (var linked in _model.Linked)
            {
                chain.Add(DefinedIn(linked, "code", "culture"));
            }

            Separate();
            var parameters = _model.IsCultureSensitive ? "int code, " + Culture + Q + " culture" : "int code";
            _writer.WriteLine("// A code the document defines, else " + FallbackComment() + ".");
            _writer.WriteLine("private static " + info + " Find(" + parameters + ") =>\n    " + string.Join("\n    ?? ", chain) + ";");
        }

        // The expression that finds a code's entry, from outside the finders: through the fallbacks when there are any.
        private string FindCall(string code, string? culture)
        {
            if (_model.HasFallback)
            {
                return _model.IsCultureSensitive ? "Find(" + code + ", " + (culture ?? "null") + ")" : "Find(" + code + ")";
            }

            return IsMultilingual ? "FindDefined(" + code + ", LanguageIndex(" + (culture ?? "null") + "))" : "FindDefined(" + code + ")";
        }

        private static string DefinedIn(CatalogReference catalog, string code, string culture)
        {
            var reference = Reference(catalog);
            return catalog.LanguageCount > 1
                ? reference + ".FindDefined(" + code + ", " + reference + ".LanguageIndex(" + culture + "))"
                : reference + ".FindDefined(" + code + ")";
        }

        // The slot's element of the array of the language, such as s_messagesEn[slot] for an English twin.
        private string BySlotInLanguage(string array, string? languageIndex)
        {
            if (languageIndex == null || !IsMultilingual)
            {
                return array + "[slot]";
            }

            var expression = array + "[slot]";
            for (var i = _model.Languages.Count - 1; i > 0; i--)
            {
                expression = languageIndex + " == " + Invariant(i) + " ? " + array + _model.Languages[i].Suffix + "[slot] : " + expression;
            }

            return expression;
        }

        private string FallbackText()
        {
            var parts = new List<string>();
            if (_model.ErrnoTable != null)
            {
                parts.Add("codes its errno rules map to " + Cref(_model.ErrnoTable.Catalog));
            }

            foreach (var linked in _model.Linked)
            {
                parts.Add("the codes of " + Cref(linked));
            }

            return string.Join(", then ", parts);
        }

        private string FallbackComment()
        {
            var parts = new List<string>();
            if (_model.ErrnoTable != null)
            {
                parts.Add("the kernel entry its errno rules map it to");
            }

            foreach (var linked in _model.Linked)
            {
                parts.Add("a code of " + linked.ClassName);
            }

            return string.Join(", else ", parts);
        }
    }
}
