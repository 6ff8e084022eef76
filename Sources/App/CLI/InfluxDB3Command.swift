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
        await main(withOptionalValues(Array(CommandLine.arguments.dropFirst())))
    }

    /// `--admin-token-recovery-http-bind` may be given without a value (InfluxDB's
    /// `num_args = 0..=1`): then it means `127.0.0.1:8182`. ArgumentParser needs the value spelled out.
    static func withOptionalValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            guard argument == "--admin-token-recovery-http-bind" else { continue }
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if next == nil || next?.hasPrefix("-") == true { result.append("127.0.0.1:8182") }
        }
        return result
    }
}
