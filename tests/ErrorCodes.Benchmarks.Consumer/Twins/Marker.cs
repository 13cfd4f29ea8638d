namespace Bench.Twins
{
    /// <summary>A type of this assembly, for ErrorCodeCatalogs.FromAssembly.</summary>
    public static class Marker
    {
    }
}
