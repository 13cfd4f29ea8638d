using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Analyzers
{
    /// <summary>One generated catalog as its symbols show it: the enum, its members by value, and its errno rules.</summary>
    internal sealed class Catalog
    {
        private readonly Dictionary<int, IFieldSymbol> _members;
        private readonly ImmutableArray<(int Base, int Max)> _rules;
        private DigitTrie? _trie;

        private Catalog(INamedTypeSymbol catalogClass, INamedTypeSymbol codeEnum, Dictionary<int, IFieldSymbol> members, ImmutableArray<(int Base, int Max)> rules, bool rulesUnknown)
        {
            CatalogClass = catalogClass;
            Enum = codeEnum;
            _members = members;
            _rules = rules;
            RulesUnknown = rulesUnknown;
            Min = int.MaxValue;
            Max = int.MinValue;
            var codes = new List<int>(members.Count);
            var ordered = new List<IFieldSymbol>(members.Count);
            foreach (var pair in members)
            {
                Min = Math.Min(Min, pair.Key);
                Max = Math.Max(Max, pair.Key);
                codes.Add(pair.Key);
                ordered.Add(pair.Value);
            }

            Codes = codes;
            OrderedMembers = ordered;
        }

        /// <summary>The generated static class: <c>NetSocketErrorCodes</c>.</summary>
        public INamedTypeSymbol CatalogClass { get; }

        /// <summary>The generated enum: <c>NetSocketErrorCode</c>.</summary>
        public INamedTypeSymbol Enum { get; }

        public IReadOnlyCollection<IFieldSymbol> Members => _members.Values;

        /// <summary>The codes, in the enum's order (the first member of each value), and their members at the same indexes.</summary>
        public IReadOnlyList<int> Codes { get; }

        public IReadOnlyList<IFieldSymbol> OrderedMembers { get; }

        /// <summary>Whether errno rules make codes of this catalog: its rules, or rules it does not show.</summary>
        public bool HasRules => !_rules.IsEmpty || RulesUnknown;

        /// <summary>The catalog's codes as a trie, made the first time a number is searched for among them.</summary>
        public DigitTrie Trie => _trie ??= new DigitTrie(Codes);

        /// <summary>The smallest code the document defines.</summary>
        public int Min { get; }

        /// <summary>The largest code the document defines.</summary>
        public int Max { get; }

        /// <summary>
        /// The catalog has an errno rule whose numbers its symbols do not show (a catalog of a referenced assembly, whose
        /// private constants are not imported): any code may be one of its rule's, so it never calls a number no code.
        /// </summary>
        public bool RulesUnknown { get; }

        /// <summary>The member whose value is <paramref name="code"/>, or null.</summary>
        public IFieldSymbol? MemberOf(int code) => _members.TryGetValue(code, out var member) ? member : null;

        /// <summary>
        /// The highest errno Linux defines (EHWPOISON in asm-generic/errno.h). The generated catalogs accept an errno up to
        /// MAX_ERRNO (4095), the kernel's bound, but a number past 133 names no error: written in code, it is a typo.
        /// </summary>
        public const int HighestLinuxErrno = 133;

        /// <summary>Whether one of the document's errno rules (<c>2301000 + errno</c>) maps <paramref name="code"/> to an errno Linux defines.</summary>
        public bool RuleMaps(int code)
        {
            foreach (var (ruleBase, max) in _rules)
            {
                // long, so that a code near int.MinValue cannot overflow.
                if (code > ruleBase && (long)code - ruleBase <= Math.Min(max, HighestLinuxErrno))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The catalog that <paramref name="catalogClass"/>, a class an <c>[assembly: ErrorCodeCatalog(typeof(…))]</c>
        /// names, generates; null when the class is not the generator's shape.
        /// </summary>
        public static Catalog? From(INamedTypeSymbol catalogClass)
        {
            var codeEnum = EnumOf(catalogClass);
            if (codeEnum == null)
            {
                return null;
            }

            var members = new Dictionary<int, IFieldSymbol>();
            foreach (var member in codeEnum.GetMembers())
            {
                // The first member of a value, as the generator writes one member a code.
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field && !members.ContainsKey(value))
                {
                    members.Add(value, field);
                }
            }

            var rules = ImmutableArray.CreateBuilder<(int, int)>();
            var hasRule = !catalogClass.GetMembers("TryGetErrno").IsEmpty;
            foreach (var member in catalogClass.GetMembers())
            {
                // The generator names a rule's constants ErrnoBase and MaxErrno, numbered ErrnoBase1, MaxErrno1, … when there are several.
                if (member is IFieldSymbol { IsConst: true, ConstantValue: int ruleBase } field
                    && field.Name.StartsWith("ErrnoBase", StringComparison.Ordinal)
                    && MaxOf(catalogClass, field.Name.Substring("ErrnoBase".Length)) is int max)
                {
                    rules.Add((ruleBase, max));
                }
            }

            return new Catalog(catalogClass, codeEnum, members, rules.ToImmutable(), rulesUnknown: hasRule && rules.Count == 0);
        }

        // The enum is the parameter of the generated extension IsDefined(this NetSocketErrorCode code).
        private static INamedTypeSymbol? EnumOf(INamedTypeSymbol catalogClass)
        {
            foreach (var member in catalogClass.GetMembers("IsDefined"))
            {
                if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: 1 } method
                    && method.Parameters[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } codeEnum)
                {
                    return codeEnum;
                }
            }

            return null;
        }

        private static int? MaxOf(INamedTypeSymbol catalogClass, string suffix)
        {
            foreach (var member in catalogClass.GetMembers("MaxErrno" + suffix))
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: int max })
                {
                    return max;
                }
            }

            return null;
        }
    }
}
