namespace ErrorCodes.Model.Comparing
{
    /// <summary>What kind of change an edition of a document makes to a code, or to the document.</summary>
    public enum ChangeKind
    {
        /// <summary>A code the old edition lacks.</summary>
        Added,

        /// <summary>A code the new edition lacks, with no names file to keep its member: code that uses it stops compiling.</summary>
        Removed,

        /// <summary>The code's member has another name: code that uses it stops compiling, and logs change.</summary>
        Renamed,

        /// <summary>A code gone under one number and back under another with the same text: callers that test the number break.</summary>
        Renumbered,

        /// <summary>The heading's title changed.</summary>
        Title,

        /// <summary>The message changed.</summary>
        Message,

        /// <summary>The description changed.</summary>
        Description,

        /// <summary>The possible causes changed.</summary>
        Causes,

        /// <summary>The remediation steps changed.</summary>
        Remediation,

        /// <summary>The code became deprecated, or is no longer.</summary>
        Deprecated,

        /// <summary>The code moved into a <c>&lt;!--Del--&gt;</c> region, or out of one.</summary>
        DelRegion,

        /// <summary>The number now stands for another error: its title and its message were both replaced.</summary>
        Reused,

        /// <summary>A member name that stood for one code now stands for another: code that uses it compiles and means something else.</summary>
        NameMoved,

        /// <summary>A code the new edition lacks, whose member the names file keeps, obsolete: code that uses it compiles with a warning, and lookups no longer find it.</summary>
        KeptObsolete,

        /// <summary>A generated method or overload that code may call is gone, such as <c>FormatMessage</c> when no message has placeholders left.</summary>
        MethodRemoved,

        /// <summary>A generated method or overload is new, or its parameters have other names.</summary>
        MethodChanged,

        /// <summary>The errno a code stands for (<c>TryGetErrno</c>, <c>FromErrno</c>) changed.</summary>
        Errno,

        /// <summary>A second (or later) entry of a code the document defines more than once was added, removed or changed.</summary>
        Entry,

        /// <summary>The document's title changed.</summary>
        DocumentTitle,

        /// <summary>The document's notes (its text outside the codes) changed.</summary>
        Notes,

        /// <summary>The documents the notes link to changed.</summary>
        Links,

        /// <summary>The document's properties (metadata comments such as <c>Kit</c>) changed.</summary>
        Properties,

        /// <summary>An errno rule such as "2301000 + errno" was added, removed or rewritten.</summary>
        ErrnoRule,
    }

    /// <summary>What a class of changes means for code built against the old edition, in the order a user should read them.</summary>
    public enum ChangeClass
    {
        /// <summary>The user's build breaks, or its answers change: a member or method gone, a number or errno mapping changed.</summary>
        Breaking,

        /// <summary>It compiles, but a number or a name now stands for another error.</summary>
        Meaning,

        /// <summary>Removed codes whose members the names file keeps, obsolete: a warning where they are used.</summary>
        Obsolete,

        /// <summary>New codes.</summary>
        Added,

        /// <summary>Texts, marks and document-level changes that break nothing.</summary>
        Changed,
    }

    /// <summary>One change between two editions of a document.</summary>
    /// <param name="Kind">What changed.</param>
    /// <param name="Code">The code (the new one, for a renumbered code or a moved name); 0 for a change to the document itself.</param>
    /// <param name="Name">The code's member name in the new edition (the old one for a removed code), or what a document-level change is about.</param>
    /// <param name="Old">What the old edition says, or empty.</param>
    /// <param name="New">What the new edition says, or empty.</param>
    public sealed record CodeChange(ChangeKind Kind, int Code, string Name, string Old, string New)
    {
        /// <summary>What the change means for code built against the old edition.</summary>
        public ChangeClass Class => Kind switch
        {
            ChangeKind.Removed or ChangeKind.Renamed or ChangeKind.Renumbered or ChangeKind.MethodRemoved or ChangeKind.Errno => ChangeClass.Breaking,
            ChangeKind.Reused or ChangeKind.NameMoved => ChangeClass.Meaning,
            ChangeKind.KeptObsolete => ChangeClass.Obsolete,
            ChangeKind.Added => ChangeClass.Added,
            _ => ChangeClass.Changed,
        };

        /// <summary>A change that makes code written against the old edition stop compiling or get other answers.</summary>
        public bool IsBreaking => Class == ChangeClass.Breaking;

        /// <summary>A change to the document rather than to one code.</summary>
        public bool IsDocumentLevel => Code == 0 && Kind is ChangeKind.DocumentTitle or ChangeKind.Notes or ChangeKind.Links or ChangeKind.Properties or ChangeKind.ErrnoRule or ChangeKind.MethodRemoved or ChangeKind.MethodChanged;
    }
}
