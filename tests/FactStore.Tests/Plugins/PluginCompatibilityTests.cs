using FactStore.Plugins;

namespace FactStore.Tests.Plugins;

public class PluginCompatibilityTests
{
    [Theory]
    [InlineData("0.1.0.0", "0.1.0.0", true)]
    [InlineData("0.1.0.0", "0.1.5.0", true)]
    [InlineData("0.2.0.0", "0.1.0.0", false)]
    [InlineData("0.1.0.0", "0.2.0.0", false)]
    [InlineData("1.2.0.0", "1.3.0.0", true)]
    [InlineData("1.4.0.0", "1.3.0.0", false)]
    [InlineData("1.0.0.0", "2.0.0.0", false)]
    public void IsCompatible_PluginAgainstHost(string plugin, string host, bool compatible)
    {
        Assert.Equal(compatible, PluginCompatibility.IsCompatible(Version.Parse(plugin), Version.Parse(host)));
    }
}
