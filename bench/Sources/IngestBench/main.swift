import DevopsData
import Foundation

#if canImport(Glibc)
import Glibc
#endif

// Ingest benchmark: posts the deterministic devops data set to a running server in batches of
// `--batch` lines over `--conns` keep-alive connections (one thread each, raw sockets, requests
// pre-built so the loader is never the bottleneck) and reports lines/s, values/s, MB/s and the
// server's peak RSS (VmHWM of `--pid`).
//
//   IngestBench --port 8181 --scale 100 --duration 1d [--batch 5000] [--conns 2] [--pid PID]
//               [--path '/api/v3/write_lp?db=bench&precision=ns']

let arguments = BenchArguments(CommandLine.arguments)
let seconds = arguments.durationSeconds("--duration", default: 86_400)
var generator = DevopsGenerator()
generator.scale = arguments.int("--scale", default: 100)
generator.durationSeconds = seconds
generator.integerValues = arguments.string("--values", default: "float") == "int"
let data = generator.generate()
let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
let batchSize = arguments.int("--batch", default: 5_000)
let path = arguments.string("--path", default: "/api/v3/write_lp?db=bench&precision=ns")
let port = arguments.int("--port", default: 8181)
var requests: [[UInt8]] = []
var bodyBytes = 0
for start in stride(from: 0, to: lines.count, by: batchSize) {
    var body: [UInt8] = []
    for line in lines[start..<min(start + batchSize, lines.count)] {
        body += line
        body.append(UInt8(ascii: "\n"))
    }
    bodyBytes += body.count
    let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.count)\r\n\r\n"
    requests.append(Array(head.utf8) + body)
}
let connections = arguments.int("--conns", default: 2)
let report = LoadRunner(port: port, requests: requests, connections: connections).run()
let linesPerSecond = Double(lines.count) / report.seconds
var output = String(
    format: "lines %d  batches %d  conns %d  seconds %.2f\nlines/s %.0f  values/s %.0f  MB/s %.1f  failed %d\n",
    lines.count, requests.count, connections, report.seconds, linesPerSecond, linesPerSecond * 10,
    Double(bodyBytes) / report.seconds / 1e6, report.failures
)
if let pid = arguments.optionalInt("--pid"), let rss = ProcessMemory.peakResidentKilobytes(pid: pid) {
    output += String(format: "server peak RSS %.1f MB\n", Double(rss) / 1024)
}
FileHandle.standardOutput.write(Data(output.utf8))
