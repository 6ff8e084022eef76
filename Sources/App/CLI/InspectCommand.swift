import ArgumentParser
import Ingest
import Kernel
import LocalFileIO
import Logging
import WAL

/// `influxdb3 inspect`: a debug tool that reads a stopped (or killed) server's data directory
/// without changing it: it replays the WAL into a write buffer and prints the deduplicated rows
/// the kernel scan returns, one per line, sorted. Crash tests use it to prove that every
/// acknowledged point survived.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the rows a data directory's WAL holds (read-only)."
    )

    @Option(name: .customLong("data-dir")) var dataDir = "./data"
    @Option(name: .customLong("node-id")) var nodeID = "primary-node"
    @Option(name: .customLong("database")) var database: String?
    @Option(name: .customLong("table")) var table: String?
    @Flag(name: .customLong("count-only"), help: "print row counts per table instead of rows") var countOnly = false

    func run() async throws {
        let layout = DataLayout(dataDirectory: dataDir, nodeID: nodeID)
        let buffer = WriteBuffer()
        var databases = Set<String>()
        try WriteAheadLog.replayReadOnly(
            directory: layout.walDirectory,
            fileIO: LocalFileIO(),
            logger: Logger(label: "influxdb3.inspect")
        ) { record in
            databases.insert(record.batch.database)
            buffer.insert(record.batch, sequence: record.sequence)
        }
        var output = ""
        for name in databases.sorted() where database == nil || database == name {
            for tableName in buffer.tableNames(database: name) where table == nil || table == tableName {
                let batches = buffer.scan(database: name, table: tableName, timeRange: .all)
                if countOnly {
                    output += "\(name)\t\(tableName)\t\(batches.reduce(0) { $0 + $1.rowCount })\n"
                    continue
                }
                let rows = batches.flatMap { RowText.lines(of: $0) }.sorted()
                for row in rows { output += "\(name)\t\(tableName)\t\(row)\n" }
            }
        }
        FileOutput.standardOutput(output)
    }
}
