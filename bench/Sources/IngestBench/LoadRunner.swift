import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Sends pre-built HTTP/1.1 requests over keep-alive connections, one thread per connection,
/// each taking the next request from a shared counter, and counts non-204 answers.
struct LoadRunner: Sendable {
    let port: Int
    let requests: [[UInt8]]
    let connections: Int

    struct Report {
        var seconds: Double
        var failures: Int
    }

    func run() -> Report {
        let next = Counter()
        let failures = Counter()
        let start = Date()
        // One blocking loop per connection on its own worker thread.
        DispatchQueue.concurrentPerform(iterations: connections) { _ in
            let socket = Self.connect(port: port)
            var response = [UInt8](repeating: 0, count: 65_536)
            while true {
                let index = next.increment() - 1
                guard index < requests.count else { break }
                requests[index].withUnsafeBytes { bytes in
                    guard let base = bytes.baseAddress else { return }
                    var sent = 0
                    while sent < bytes.count {
                        let written = send(socket, base + sent, bytes.count - sent, 0)
                        if written <= 0 { return }
                        sent += written
                    }
                }
                let received = response.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                if received < 12 || response[9] != UInt8(ascii: "2") || response[11] != UInt8(ascii: "4") {
                    _ = failures.increment()
                }
            }
            close(socket)
        }
        return Report(seconds: Date().timeIntervalSince(start), failures: failures.value)
    }

    static func connect(port: Int) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return fd
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    // Guarded by `lock`.
    private var count = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

/// Reads a process's peak resident set size from /proc.
enum ProcessMemory {
    static func peakResidentKilobytes(pid: Int) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        }
        return nil
    }
}

/// `--name value` command-line arguments.
struct BenchArguments {
    let values: [String: String]

    init(_ arguments: [String]) {
        var values: [String: String] = [:]
        var index = 1
        while index + 1 < arguments.count {
            values[arguments[index]] = arguments[index + 1]
            index += 2
        }
        self.values = values
    }

    func string(_ name: String, default value: String) -> String { values[name] ?? value }
    func int(_ name: String, default value: Int) -> Int { values[name].flatMap { Int($0) } ?? value }
    func optionalInt(_ name: String) -> Int? { values[name].flatMap { Int($0) } }

    /// `1d`, `12h`, `30m`, `90s` or seconds.
    func durationSeconds(_ name: String, default value: Int) -> Int {
        guard let text = values[name], let last = text.last else { return value }
        let multiplier = ["d": 86_400, "h": 3_600, "m": 60, "s": 1][String(last)]
        if let multiplier, let amount = Int(text.dropLast()) { return amount * multiplier }
        return Int(text) ?? value
    }
}
