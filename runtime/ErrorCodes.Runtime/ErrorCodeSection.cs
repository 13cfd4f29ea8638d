using System;

namespace ErrorCodes
{
    /// <summary>A section of a code under a label that is none of the usual fields, such as <c>Symptom</c>, kept as the document writes it.</summary>
    public sealed class ErrorCodeSection
    {
        /// <summary>Creates a section.</summary>
        /// <param name="label">The label; empty for text the document puts before a code's first label.</param>
        /// <param name="text">The section's text.</param>
        public ErrorCodeSection(string label, string text)
        {
            Label = label ?? throw new ArgumentNullException(nameof(label));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The label, as the document writes it; empty for text before a code's first label.</summary>
        public string Label { get; }

        /// <summary>The section's text.</summary>
        public string Text { get; }

        /// <summary>Returns <c>Label: Text</c>, or the text alone when there is no label.</summary>
        public override string ToString() => Label.Length == 0 ? Text : Label + ": " + Text;
    }
}
