import Foundation
import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// Helpers for tests with auth on: tokens straight into the test server's catalog, credential
/// headers, and the exact bodies InfluxDB answers.
extension TestServer {
    /// Creates a token in the catalog and returns it in clear.
    @discardableResult
    func token(
        _ name: String, _ permissions: [String] = ["*:*:*"], expiryMillis: Int64? = nil
    ) async throws -> String {
        let secret = TokenSecret.generate()
        _ = try await catalog.apply(
            CreateToken(
                token: NewToken(
                    name: name, hash: secret.hash, createdAtMillis: clock.nowNanoseconds() / 1_000_000,
                    expiryMillis: expiryMillis, createdBy: nil,
                    permissions: try permissions.map { try TokenPermission(parsing: $0) })))
        return secret.token
    }

    var nowMillis: Int64 { clock.nowNanoseconds() / 1_000_000 }
}

/// Exact texts and header helpers.
enum AuthText {
    static let malformed =
        #"{"error": "Authorization header was malformed, the request was not in the form of 'Authorization: <auth-scheme> <token>', supported auth-schemes are Bearer, Token and Basic"}"#
    static let unauthenticated = #"{"error": "the request was not authenticated"}"#
    static let forbidden = #"{"error": "unauthorized to perform requested action with the token"}"#
    static let forbiddenV2 =
        #"{"code":"forbidden","message":"Authorization error: unauthorized to perform requested action with the token"}"#
    static let withoutAuth = "endpoint disabled, started without auth"

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    static func basic(_ token: String, user: String = "anyone") -> HTTPFields {
        [.authorization: "Basic " + Data("\(user):\(token)".utf8).base64EncodedString()]
    }

    static let jsonContent: HTTPFields = [.contentType: "application/json"]

    /// `{"id":…,"token":"apiv3_…",…}` split into the token and the body with the token replaced by
    /// `TOKEN` and the hash by `HASH`, after checking that the hash is the token's SHA-512.
    static func redacted(_ body: String) throws -> (token: String, body: String) {
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        let token = try #require(object?["token"] as? String)
        let hash = Hex.encode(SHA512.digest(of: token))
        try #require(object?["hash"] as? String == hash)
        try #require(token.count == 92 && token.hasPrefix("apiv3_"))
        return (token, body.replacingOccurrences(of: token, with: "TOKEN").replacingOccurrences(of: hash, with: "HASH"))
    }
}
