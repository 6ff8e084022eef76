import Foundation
import HTTPSupport
import Testing

/// `Authorization` header parsing, case by case (InfluxDB's `validate_auth_header`).
@Suite("Credential extraction")
struct CredentialsTests {
    static func basic(_ text: String) -> String { "Basic " + Data(text.utf8).base64EncodedString() }

    @Test(
        "accepted headers and the token they carry",
        arguments: [
            ("Bearer apiv3_abc", "apiv3_abc"), ("Token apiv3_abc", "apiv3_abc"), ("Bearer ", ""),
            (basic("user:apiv3_abc"), "apiv3_abc"), (basic(":apiv3_abc"), "apiv3_abc"), (basic("user:"), ""),
        ])
    func accepted(header: String, token: String) throws {
        #expect(try Credentials.token(authorizationHeader: header) == token)
    }

    @Test(
        "malformed headers are refused",
        arguments: [
            "bearer apiv3_abc", "BEARER x", "Bearer", "Bearer a b", "Bearer  a", " Bearer a", "Token", "Digest a",
            "Basic", "Basic !!!!", "Basic YQ", basic("no-colon"), basic("a:b:token"), "",
        ])
    func malformed(header: String) {
        #expect(throws: AuthFailure.malformedHeader) { try Credentials.token(authorizationHeader: header) }
    }
}
