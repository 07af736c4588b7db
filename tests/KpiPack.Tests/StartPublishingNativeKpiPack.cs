using KpiPack.Tests.Native;

namespace KpiPack.Tests;

/// <summary>Starts the Native AOT publish as the test run starts, so its two minutes overlap the in-process tests.</summary>
[SetUpFixture]
public sealed class StartPublishingNativeKpiPack
{
    [OneTimeSetUp] public void Start() => NativeKpiPack.StartPublishing();

    [OneTimeTearDown] public void Stop() => NativeKpiPack.StopPublishing();
}
