import App

await InfluxDB3Command.runFromCommandLine()
