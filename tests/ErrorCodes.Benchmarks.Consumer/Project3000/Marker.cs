namespace Bench.Project3000
{
    /// <summary>A type of this assembly, for ErrorCodeCatalogs.FromAssembly.</summary>
    public static class Marker
    {
    }
}
