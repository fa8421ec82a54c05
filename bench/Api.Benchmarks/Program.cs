using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Api.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(CoreApi.Benchmarks.AuthBenchmarks).Assembly).Run(args);
