namespace Bench.Large
{
    /// <summary>A type of this assembly, for ErrorCodeCatalogs.FromAssembly.</summary>
    public static class Marker
    {
    }
}
