import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The real `influxdb3` binary (from this build) started on 127.0.0.1 and a free port.
final class ServerProcess: @unchecked Sendable {
    // Process is used from the one test task that owns this value.
    let process = Process()
    let port: Int
    let dataDirectory: String

    static var binary: URL {
        ConfigurationTests.root.appendingPathComponent(".build/debug/influxdb3")
    }

    /// Runs `--without-auth` unless `withAuth` (tests about authentication).
    init(dataDirectory: String, extraArguments: [String] = [], withAuth: Bool = false) throws {
        self.dataDirectory = dataDirectory
        port = try Self.freePort()
        process.executableURL = Self.binary
        process.arguments =
            [
                "serve", "--node-id", "crash-node", "--data-dir", dataDirectory, "--http-bind", "127.0.0.1:\(port)",
                "--log-filter", "warn",
            ] + (withAuth ? [] : ["--without-auth"]) + extraArguments
        try process.run()
    }

    /// Waits until `/health` answers (at most `seconds`).
    func waitUntilReady(seconds: Double = 30) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let (status, _) = try? await request("GET", "/health"), status == 200 { return }
            guard process.isRunning else { throw ServerProcessError.exited(process.terminationStatus) }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ServerProcessError.notReady
    }

    func request(_ method: String, _ path: String, body: String = "") async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if !body.isEmpty { request.httpBody = Data(body.utf8) }
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func terminate() {
        process.terminate()
        process.waitUntilExit()
    }

    /// Runs `influxdb3 inspect` on the data directory and returns its output lines.
    static func inspect(dataDirectory: String, arguments: [String]) throws -> [String] {
        let inspect = Process()
        inspect.executableURL = binary
        inspect.arguments = ["inspect", "--data-dir", dataDirectory, "--node-id", "crash-node"] + arguments
        let pipe = Pipe()
        inspect.standardOutput = pipe
        try inspect.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        inspect.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socketFD, pointer, length) == 0 && getsockname(socketFD, pointer, &length) == 0
            }
        }
        guard bound else { throw ServerProcessError.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

enum ServerProcessError: Error {
    case noPort
    case notReady
    case exited(Int32)
    case noPostgres
}
