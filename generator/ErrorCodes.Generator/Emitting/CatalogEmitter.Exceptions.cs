namespace ErrorCodes.Generator.Emitting
{
    // Exceptions for the codes: ToException on the enum, and ThrowIfError for a result from the platform.
    internal sealed partial class CatalogEmitter
    {
        private const string Exception = "global::ErrorCodes.ErrorCodeException";

        private void WriteExceptions()
        {
            var culture = _model.IsCultureSensitive ? "null" : null;
            Separate();
            _writer.WriteLine($$"""
                /// <summary>
                /// An <see cref="{{Exception.Substring("global::".Length)}}"/> for the code, with its entry and its message after the
                /// code in brackets; for a value the catalog has no entry for, no entry and the message <c>Unknown error code.</c>
                /// </summary>
                public static {{Exception}} ToException(this {{EnumName}} code) => new {{Exception}}((int)code, {{FindCall("(int)code", culture)}});

                /// <summary>As <see cref="ToException({{EnumName}})"/>, caused by <paramref name="innerException"/>.</summary>
                public static {{Exception}} ToException(this {{EnumName}} code, global::System.Exception{{Q}} innerException) =>
                    new {{Exception}}((int)code, {{FindCall("(int)code", culture)}}, innerException);

                /// <summary>
                /// Returns when <paramref name="result"/> is 0, and otherwise throws an <see cref="{{Exception.Substring("global::".Length)}}"/>
                /// for it: with its entry when the catalog answers for the code, else with the message <c>Unknown error code.</c>
                /// </summary>
                public static void ThrowIfError(int result)
                {
                    if (result != 0)
                    {
                        ThrowForResult(result);
                    }
                }

                // Apart from ThrowIfError, so that the check is inlined into the caller and the throw is not.
                private static void ThrowForResult(int result) => throw new {{Exception}}(result, {{FindCall("result", culture)}});
                """);
        }
    }
}
