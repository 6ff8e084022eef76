// ParserBench: single-core throughput of LineProtocolParser on devops data (or a file).
//
// usage: ParserBench [--scale HOSTS] [--duration SECONDS] [--values float|int] [--file PATH]
//                    [--runs N] [--dump PATH]
import DevopsData
import Foundation
import Kernel
import LineProtocol

struct BenchOptions {
    var generator = DevopsGenerator()
    var file: String?
    var dump: String?
    var runs = 5

    init(arguments: [String]) {
        var index = 1
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--scale": generator.scale = Int(value) ?? generator.scale
            case "--duration": generator.durationSeconds = Int(value) ?? generator.durationSeconds
            case "--values": generator.integerValues = value == "int"
            case "--file": file = value
            case "--dump": dump = value
            case "--runs": runs = max(1, Int(value) ?? runs)
            default: fatalError("unknown option \(arguments[index])")
            }
            index += 2
        }
    }
}

let options = BenchOptions(arguments: CommandLine.arguments)
let body: [UInt8]
var expectedLines: Int?
if let path = options.file {
    guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
    body = [UInt8](data)
} else {
    body = options.generator.generate()
    expectedLines = options.generator.lineCount
}
if let dump = options.dump {
    FileManager.default.createFile(atPath: dump, contents: Data(body))
}

var parser = LineProtocolParser()
var seconds: [Double] = []
var accepted = 0
for _ in 0..<options.runs {
    let clock = ContinuousClock()
    var result: ParsedWrite?
    let elapsed = clock.measure {
        result = parser.parse(
            body, precision: .nanosecond, defaultTimestampNanoseconds: 0, schema: SchemaHints(),
            stopAtFirstError: false)
    }
    accepted = result?.acceptedLineCount ?? 0
    if let rejected = result?.rejectedLineCount, rejected > 0 {
        print("rejected \(rejected) lines, first: \(result?.errors.first.map { "\($0)" } ?? "")")
    }
    seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
}
if let expected = expectedLines, accepted != expected {
    print("ERROR: accepted \(accepted) lines, expected \(expected)")
    exit(1)
}
let sorted = seconds.sorted()
let best = sorted[0]
let median = sorted[sorted.count / 2]
let megabytes = Double(body.count) / 1e6
print(
    String(
        format: "bytes=%d lines=%d runs=%d best: %.1f MB/s %.0f lines/s  median: %.1f MB/s %.0f lines/s",
        body.count, accepted, options.runs, megabytes / best, Double(accepted) / best, megabytes / median,
        Double(accepted) / median))
