import Kernel
import Testing

/// SHA-512 against FIPS 180-4 vectors and Python's `hashlib`, the token encodings and format.
@Suite("Token digests and encodings")
struct TokenDigestTests {
    @Test(
        "SHA-512 matches FIPS 180-4 and hashlib",
        arguments: [
            (
                "",
                "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
            ),
            (
                "abc",
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"
            ),
            (
                String(repeating: "a", count: 1000),
                "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97"
            ),
            (
                "apiv3_" + String(repeating: "x", count: 86),
                "7fa59ec579a0be49ef77450954941ad1d83bbd7e472e0edbe110bb4d180d1707e2850a8d316a7910c74cdcc392643087e9e919fe9f55051ff23580f560fae8fb"
            ),
        ])
    func sha512(input: String, expected: String) {
        #expect(Hex.encode(SHA512.digest(of: input)) == expected)
    }

    @Test("SHA-512 of binary input across several blocks (hashlib)")
    func sha512Binary() {
        let input = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
        #expect(
            Hex.encode(SHA512.digest(input))
                == "f1721f49518ee462a3d81def26d81037cd474b4254b85ad7c8f1509594d0177bbb996ee9625813852bacac108c2a72c83a8587050fec1dcda64730d6470953e6"
        )
    }

    @Test("base64url without padding, standard base64 decoding")
    func encodings() {
        #expect(
            Base64.encode((0..<64).map { UInt8($0) }, urlSafe: true)
                == "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-Pw")
        #expect(Base64.decode("dXNlcjphcGl2M19hYmM=") == Array("user:apiv3_abc".utf8))
        #expect(Base64.decode("YQ==") == [97])
        for bad in ["YQ", "Y===", "YQ=a", "a-b_", "YQ==YQ=="] {
            #expect(Base64.decode(bad) == nil, "\(bad)")
        }
        #expect(TokenEncoding.constantTimeEqual([1, 2], [1, 2]))
        #expect(!TokenEncoding.constantTimeEqual([1, 2], [1, 3]))
        #expect(!TokenEncoding.constantTimeEqual([1, 2], [1]))
    }

    @Test("generated tokens: apiv3_ + 86 base64url characters, 64-byte digest, all different")
    func generatedTokens() {
        let secrets = (0..<20).map { _ in TokenSecret.generate() }
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for secret in secrets {
            #expect(secret.token.count == 92)
            #expect(secret.token.hasPrefix("apiv3_"))
            #expect(secret.token.dropFirst(6).allSatisfy(alphabet.contains))
            #expect(secret.hash == SHA512.digest(of: secret.token))
        }
        #expect(Set(secrets.map(\.token)).count == secrets.count)
    }
}

/// Permissions: parsing with InfluxDB's errors and the access rules.
@Suite("Token permissions")
struct TokenPermissionTests {
    @Test("parsing and canonical text")
    func parsing() throws {
        #expect(try TokenPermission(parsing: "db:b,a:write,read").description == "db:b,a:read,write")
        #expect(try TokenPermission(parsing: "*:*:*") == .admin)
        #expect(try TokenPermission(parsing: "system:health,ping:read").description == "system:health,ping:read")
        let failures: [(String, String)] = [
            ("table:a:read", "resource type not supported table"),
            ("db:*,a:read", "mixed wildcard (*) and resource name"),
            ("db::read", "missing resource name db"),
            ("db:a:fly", "action not supported, fly"),
            ("system:health:write", "action not supported, write"),
            ("system:disk:read", "invalid resource name disk"),
            ("*:a:read", "resource type not supported *"),
        ]
        for (text, message) in failures {
            let error = #expect(throws: KernelError.self) { try TokenPermission(parsing: text) }
            #expect(error?.message == message, "\(text)")
            #expect(error?.kind == .invalidInput)
        }
    }

    @Test("admin, databases by name or *, actions, system resources, _internal")
    func access() throws {
        let admin = AuthIdentity(tokenID: TokenID(0), tokenName: "_admin", permissions: [.admin])
        let reader = AuthIdentity(
            tokenID: TokenID(1), tokenName: "r",
            permissions: [
                try TokenPermission(parsing: "db:a,b:read"), try TokenPermission(parsing: "system:ping:read"),
            ])
        let writer = AuthIdentity(
            tokenID: TokenID(2), tokenName: "w", permissions: [try TokenPermission(parsing: "db:*:write")])
        for request in [AccessRequest.admin, .database("_internal", .read), .database("a", .delete), .system("health")]
        {
            #expect(admin.allows(request))
        }
        #expect(reader.allows(.database("a", .read)))
        #expect(reader.allows(.database("b", .read)))
        #expect(!reader.allows(.database("c", .read)))
        #expect(!reader.allows(.database("a", .write)))
        #expect(reader.allows(.system("ping")))
        #expect(!reader.allows(.system("health")))
        #expect(!reader.allows(.admin))
        #expect(writer.allows(.database("anything", .write)))
        #expect(!writer.allows(.database("anything", .read)))
        #expect(!writer.allows(.database("_internal", .write)))
        let error = #expect(throws: KernelError.self) { try writer.authorize(.admin) }
        #expect(error == KernelError(.forbidden, "unauthorized to perform requested action with the token"))
    }

    @Test("expiry: valid while strictly in the future")
    func expiry() {
        let token = TokenInfo(
            id: TokenID(0), name: "t", hash: [], createdAtMillis: 0, expiryMillis: 1_000, permissions: [.admin])
        #expect(!token.isExpired(nowMillis: 999))
        #expect(token.isExpired(nowMillis: 1_000))
        let forever = CreateToken.namedAdmin(name: "x", hash: [], nowMillis: 5, expirySeconds: .max, createdBy: nil)
        #expect(forever.token.expiryMillis == .max)
    }
}
