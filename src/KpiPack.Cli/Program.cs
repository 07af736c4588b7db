using KpiPack.Cli;

return KpiPackCli.Run(args, Console.Out, Console.Error);
