import ArgumentParser

/// The `influxdb3` executable: `serve` runs the server; `inspect` reads a data directory offline.
public struct InfluxDB3Command: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "influxdb3",
        abstract: "A time-series database server speaking the InfluxDB 3 Enterprise HTTP API.",
        subcommands: [ServeCommand.self, InspectCommand.self],
        defaultSubcommand: ServeCommand.self
    )

    public init() {}
}

extension InfluxDB3Command {
    /// Parses the process arguments and runs the chosen subcommand (the executable's only call).
    public static func runFromCommandLine() async {
        await main()
    }
}
