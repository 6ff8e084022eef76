/// A deterministic generator of "devops cpu-only" line protocol, byte-identical to the peer
/// benchmark's `lpgen.c`: one line per host per interval, time-major, 10 tags drawn once per
/// host from fixed vocabularies and 10 fields that are bounded random walks in [0, 100].
public struct DevopsGenerator: Sendable {
    public init() {}

    public var scale = 100
    public var durationSeconds = 86_400
    public var intervalSeconds = 10
    public var startSeconds: UInt64 = 1_451_606_400
    public var seed: UInt64 = 42
    public var integerValues = false

    static let regions = [
        "us-east-1", "us-west-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-southeast-2",
        "ap-northeast-1", "sa-east-1",
    ]
    static let oses = ["Ubuntu16.10", "Ubuntu16.04LTS", "Ubuntu15.10"]
    static let arches = ["x64", "x86"]
    static let teams = ["SF", "NYC", "LON", "CHI"]
    static let environments = ["production", "staging", "test"]
    static let fields = [
        "usage_user", "usage_system", "usage_idle", "usage_nice", "usage_iowait", "usage_irq", "usage_softirq",
        "usage_steal", "usage_guest", "usage_guest_nice",
    ]

    /// Number of lines `generate()` produces.
    public var lineCount: Int { scale * (durationSeconds / intervalSeconds) }

    static func splitmix(_ state: inout UInt64) -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The per-host series prefix (`cpu,hostname=...,service_environment=X `), the host's random
    /// state, and its initial field values in hundredths.
    func host(_ index: Int) -> (prefix: [UInt8], rng: UInt64, values: [Int32]) {
        var state = seed &* 1_000_003 &+ UInt64(index)
        let rng = Self.splitmix(&state)
        func pick(_ count: Int) -> Int { Int(Self.splitmix(&state) % UInt64(count)) }
        let region = Self.regions[pick(Self.regions.count)]
        // lpgen.c draws these inside one snprintf call; gcc evaluates those arguments right to
        // left, so the draws happen from the last argument to the first.
        let environment = Self.environments[pick(3)]
        let version = pick(2)
        let service = pick(20)
        let team = Self.teams[pick(4)]
        let arch = Self.arches[pick(2)]
        let os = Self.oses[pick(3)]
        let rack = pick(100)
        let zone = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(pick(3))))
        let text =
            "cpu,hostname=host_\(index),region=\(region),datacenter=\(region)\(zone),rack=\(rack),os=\(os),"
            + "arch=\(arch),team=\(team),service=\(service),service_version=\(version),"
            + "service_environment=\(environment) "
        let values = (0..<10).map { _ in Int32(Self.splitmix(&state) % 10_001) }
        return (Array(text.utf8), rng, values)
    }

    /// The whole body.
    public func generate() -> [UInt8] {
        var prefixes: [[UInt8]] = []
        var rngs: [UInt64] = []
        var states: [Int32] = []
        for index in 0..<scale {
            let host = host(index)
            prefixes.append(host.prefix)
            rngs.append(host.rng)
            states.append(contentsOf: host.values)
        }
        var out: [UInt8] = []
        out.reserveCapacity(lineCount * 300)
        let fieldNames = Self.fields.map { Array($0.utf8) }
        for step in 0..<(durationSeconds / intervalSeconds) {
            let timestamp = (startSeconds + UInt64(step * intervalSeconds)) * 1_000_000_000
            for index in 0..<scale {
                out.append(contentsOf: prefixes[index])
                for field in 0..<10 {
                    let move = Int32(Self.splitmix(&rngs[index]) % 201) - 100
                    let value = min(max(states[index * 10 + field] + move, 0), 10_000)
                    states[index * 10 + field] = value
                    if field > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(contentsOf: fieldNames[field])
                    out.append(UInt8(ascii: "="))
                    appendValue(value, to: &out)
                }
                out.append(UInt8(ascii: " "))
                appendDecimal(timestamp, to: &out)
                out.append(UInt8(ascii: "\n"))
            }
        }
        return out
    }

    private func appendValue(_ value: Int32, to out: inout [UInt8]) {
        if integerValues {
            appendDecimal(UInt64((value + 50) / 100), to: &out)
            out.append(UInt8(ascii: "i"))
        } else {
            appendDecimal(UInt64(value / 100), to: &out)
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8((value % 100) / 10))
            out.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
    }

    private func appendDecimal(_ value: UInt64, to out: inout [UInt8]) {
        out.append(contentsOf: Array(String(value).utf8))
    }
}
