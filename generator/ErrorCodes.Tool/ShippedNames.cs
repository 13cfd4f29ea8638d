using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ErrorCodes.Tool
{
    /// <summary>
    /// The member names an assembly built earlier shipped: the constants of its enum of a catalog's codes. This is how a
    /// project that has no names file yet records the names its users compile against, rather than the names the
    /// current document and naming rule would give.
    /// </summary>
    internal static class ShippedNames
    {
        /// <summary>The members of the enum <paramref name="enumName"/> (in any namespace) of <paramref name="assembly"/>, code to name, in declaration order.</summary>
        public static List<KeyValuePair<int, string>> Read(string assembly, string enumName)
        {
            try
            {
                using var stream = File.OpenRead(assembly);
                using var pe = new PEReader(stream);
                if (!pe.HasMetadata)
                {
                    throw new InputException(assembly + ": is not a .NET assembly");
                }

                var reader = pe.GetMetadataReader();
                var enums = reader.TypeDefinitions.Select(reader.GetTypeDefinition)
                    .Where(type => reader.StringComparer.Equals(type.Name, enumName) && IsEnum(reader, type))
                    .ToList();
                if (enums.Count != 1)
                {
                    throw new InputException(enums.Count == 0
                        ? $"{assembly}: has no enum {enumName} (name it with --enum when the spec's EnumName metadata sets another)"
                        : $"{assembly}: has {enums.Count} enums named {enumName}, in {string.Join(", ", enums.Select(type => reader.GetString(type.Namespace)).OrderBy(name => name, StringComparer.Ordinal))}");
                }

                var members = new List<KeyValuePair<int, string>>();
                foreach (var handle in enums[0].GetFields())
                {
                    var field = reader.GetFieldDefinition(handle);
                    var constant = field.GetDefaultValue();
                    if (constant.IsNil)
                    {
                        continue; // value__, the enum's storage
                    }

                    var value = reader.GetConstant(constant);
                    if (value.TypeCode != ConstantTypeCode.Int32)
                    {
                        throw new InputException($"{assembly}: {enumName} is not an int enum, as generated enums are");
                    }

                    members.Add(new KeyValuePair<int, string>(reader.GetBlobReader(value.Value).ReadInt32(), reader.GetString(field.Name)));
                }

                return members;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException)
            {
                throw new InputException(assembly + ": cannot be read as an assembly (" + exception.Message + ")");
            }
        }

        private static bool IsEnum(MetadataReader reader, TypeDefinition type)
        {
            if (type.BaseType.IsNil || type.BaseType.Kind != HandleKind.TypeReference)
            {
                return false;
            }

            var baseType = reader.GetTypeReference((TypeReferenceHandle)type.BaseType);
            return reader.StringComparer.Equals(baseType.Namespace, "System") && reader.StringComparer.Equals(baseType.Name, "Enum");
        }
    }
}
