using System.Collections.Generic;
using System.Globalization;
using ErrorCodes.Generator.Planning;

namespace ErrorCodes.Generator.Emitting
{
    // FindSlot, the search every lookup starts with, in the shape the lookup table chose.
    internal sealed partial class CatalogEmitter
    {
        private void WriteHashFields()
        {
            if (_model.Lookup.Kind != LookupKind.DisplacedHash)
            {
                return;
            }

            var multipliers = new List<string>(_model.Lookup.BucketMultipliers.Count);
            foreach (var multiplier in _model.Lookup.BucketMultipliers)
            {
                multipliers.Add(Hex(multiplier));
            }

            Separate();
            _writer.WriteLine("// The slot multiplier of each bucket of the displaced hash (see SlotOf).");
            WriteArray("private static readonly uint[] s_multipliers", multipliers, ReferencesPerLine);
        }

        private bool IsHashed => _model.Lookup.Kind is LookupKind.PerfectHash or LookupKind.DisplacedHash;

        // A hashed table needs no "not found" slot: the key stored at a code's slot tells whether it is the code's, so
        // a lookup is the hash, one key check and one load, as a table written by hand would be.
        private string FindSlotStatement(string code) => IsHashed ? "var slot = SlotOf(" + code + ");" : "var slot = FindSlot(" + code + ");";

        private string IsFound(string code) => IsHashed ? "s_keys[slot] == " + code : "slot >= 0";

        private string IsMissing(string code) => IsHashed ? "s_keys[slot] != " + code : "slot < 0";

        private string IsDefinedExpression(string code) => IsHashed ? "s_keys[SlotOf(" + code + ")] == " + code : "FindSlot(" + code + ") >= 0";

        private void WriteFindSlot()
        {
            var table = _model.Lookup;
            Separate();
            switch (table.Kind)
            {
                case LookupKind.Empty:
                    _writer.WriteLine("private static int FindSlot(int code) => -1;");
                    return;
                case LookupKind.PerfectHash:
                    _writer.WriteLine($$"""
                        // A perfect hash of the codes: one multiply and one shift give a code's slot. unchecked, because the
                        // multiply is meant to overflow even in projects that turn overflow checking on.
                        private static int SlotOf(int code) => (int)unchecked(((uint)code * {{Hex(table.Multiplier)}}) >> {{Invariant(32 - table.Bits)}});
                        """);
                    return;
                case LookupKind.DisplacedHash:
                    _writer.WriteLine($$"""
                        // A displaced perfect hash of the codes: the first multiply picks a bucket, whose own multiplier gives the
                        // slot. unchecked, because the multiplies are meant to overflow even in projects that turn overflow checking on.
                        private static int SlotOf(int code)
                        {
                            var bucket = (int)unchecked(((uint)code * {{Hex(table.BucketMultiplier)}}) >> {{Invariant(32 - table.BucketBits)}});
                            return (int)unchecked(((uint)code * s_multipliers[bucket]) >> {{Invariant(32 - table.Bits)}});
                        }
                        """);
                    return;
                default:
                    _writer.WriteLine("""
                        // The codes are sorted: a binary search finds a code's slot, or -1.
                        private static int FindSlot(int code)
                        {
                            var low = 0;
                            var high = s_keys.Length - 1;
                            while (low <= high)
                            {
                                var middle = low + ((high - low) >> 1);
                                var key = s_keys[middle];
                                if (key == code)
                                {
                                    return middle;
                                }

                                if (key < code)
                                {
                                    low = middle + 1;
                                }
                                else
                                {
                                    high = middle - 1;
                                }
                            }

                            return -1;
                        }
                        """);
                    return;
            }
        }

        private static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture) + "u";
    }
}
