namespace ErrorCodes.Model.Parsing
{
    /// <summary>Tells a document's language from its labels, the way OpenHarmony writes them: Chinese or English.</summary>
    public static class DocumentLanguage
    {
        /// <summary>The tag of a Chinese document.</summary>
        public const string Chinese = "zh-CN";

        /// <summary>The tag of an English document.</summary>
        public const string English = "en";

        /// <summary>True when the text has a CJK ideograph, which is how a label or header tells a Chinese document.</summary>
        public static bool ContainsCjk(string text)
        {
            foreach (var c in text)
            {
                if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    return true;
                }
            }

            return false;
        }

        // The labels tell the language (错误信息 or Error Message); a document without any goes by its title.
        internal static string Decide(int chineseLabels, int englishLabels, string title)
        {
            if (chineseLabels != englishLabels)
            {
                return chineseLabels > englishLabels ? Chinese : English;
            }

            return ContainsCjk(title) ? Chinese : English;
        }
    }
}
