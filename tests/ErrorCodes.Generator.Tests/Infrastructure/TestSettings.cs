using System;
using System.Globalization;

namespace ErrorCodes.Generator.Tests.Infrastructure
{
    /// <summary>Knobs for the randomized tests: CI runs them small with a fixed seed; a long campaign sets these variables.</summary>
    internal static class TestSettings
    {
        /// <summary>ERRORCODES_SEED: the seed of every randomized test (default 20261125).</summary>
        public static int Seed => Number("ERRORCODES_SEED", 20261125);

        /// <summary>ERRORCODES_PROPERTY_SPECS: specs of 50 random codes each in the escaping test (default 40, so 2,000 codes).</summary>
        public static int PropertySpecs => Number("ERRORCODES_PROPERTY_SPECS", 40);

        /// <summary>ERRORCODES_FUZZ_CASES: mutated specs in the fuzz test (default 400).</summary>
        public static int FuzzCases => Number("ERRORCODES_FUZZ_CASES", 400);

        /// <summary>ERRORCODES_INCREMENTAL_STEPS: random edits applied to one driver in the randomized incremental test (default 200).</summary>
        public static int IncrementalSteps => Number("ERRORCODES_INCREMENTAL_STEPS", 200);

        private static int Number(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
