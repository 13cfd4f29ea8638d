namespace ErrorCodes.Analyzers
{
    /// <summary>The keys of a diagnostic's properties that tell the code fix what to write.</summary>
    internal static class FixProperties
    {
        /// <summary>
        /// The members the number can be written as, each the enum's metadata name, <see cref="MemberSeparator"/> and the
        /// member (<c>App.NetSocketErrorCode:ConnectionTimedOut</c>), separated by <see cref="Separator"/>; the first is the best.
        /// </summary>
        public const string Members = "Members";

        /// <summary>
        /// "Member" when the diagnostic's node is a cast to the catalog's enum, to be replaced by the member itself;
        /// "Int" when it is the number, to be replaced by the member cast to int.
        /// </summary>
        public const string Form = "Form";

        public const string MemberForm = "Member";

        public const string IntForm = "Int";

        public const char Separator = ';';

        public const char MemberSeparator = ':';
    }
}
