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
            _writer.WriteLine("// The slot multiplier of each bucket of the displaced hash (see FindSlot).");
            WriteArray("private static readonly uint[] s_multipliers", multipliers, ReferencesPerLine);
        }

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
                        // A perfect hash of the codes: one multiply, one shift, one load and one key check. unchecked, because
                        // the multiply is meant to overflow even in projects that turn overflow checking on.
                        private static int FindSlot(int code)
                        {
                            var slot = (int)unchecked(((uint)code * {{Hex(table.Multiplier)}}) >> {{Invariant(32 - table.Bits)}});
                            return s_keys[slot] == code ? slot : -1;
                        }
                        """);
                    return;
                case LookupKind.DisplacedHash:
                    _writer.WriteLine($$"""
                        // A displaced perfect hash of the codes: the first multiply picks a bucket, whose own multiplier gives the
                        // slot. unchecked, because the multiplies are meant to overflow even in projects that turn overflow checking on.
                        private static int FindSlot(int code)
                        {
                            var bucket = (int)unchecked(((uint)code * {{Hex(table.BucketMultiplier)}}) >> {{Invariant(32 - table.BucketBits)}});
                            var slot = (int)unchecked(((uint)code * s_multipliers[bucket]) >> {{Invariant(32 - table.Bits)}});
                            return s_keys[slot] == code ? slot : -1;
                        }
                        """);
                    return;
                default:
                    _writer.WriteLine("""
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
