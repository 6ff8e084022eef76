import Kernel
import Testing

/// BLAKE2b, BLAKE2s and BLAKE3 against published vectors: RFC 7693's "abc", then inputs of
/// bytes `i % 251` (the BLAKE3 test-vector input) across block and chunk boundaries, whose
/// expected digests come from Python's hashlib (BLAKE2) and DataFusion 55's `digest` (BLAKE3).
@Suite("BLAKE2 and BLAKE3 digests")
struct BLAKEDigestTests {
    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }

    private static func input(_ length: Int) -> [UInt8] { (0..<length).map { UInt8($0 % 251) } }

    @Test func rfc7693Abc() {
        #expect(
            Self.hex(BLAKE2.blake2b(Array("abc".utf8)))
                == "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        )
        #expect(
            Self.hex(BLAKE2.blake2s(Array("abc".utf8)))
                == "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")
    }

    @Test(arguments: [
        (
            0, "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419",
            "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce",
            "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9",
            "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"
        ),
        (
            1, "2fa3f686df876995167e7c2e5d74c4c7b6e48f8068fe0e44208344d480f7904c",
            "36963e44115fe3eb2a3ac8694c28bcb4f5a0f3276f2e79487d8219057a506e4b",
            "e34d74dbaf4ff4c6abd871cc220451d2ea2648846c7757fbaac82fe51ad64bea",
            "2d3adedff11b61f14c886e35afa036736dcd87a74d27b5c1510225d0f592e213"
        ),
        (
            63, "d10bf9a15b1c9fc8d41f89bb140bf0be08d2f3666176d13baac4d381358ad074",
            "c9d4748c300520eb026daeaea7c5b158892fde4e8ec17dc998dcd507df26eb63",
            "e57cb79487dd57902432b250733813bd96a84efce59f650fac26e6696aefafc3",
            "e9bc37a594daad83be9470df7f7b3798297c3d834ce80ba85d6e207627b7db7b"
        ),
        (
            64, "2fc6e69fa26a89a5ed269092cb9b2a449a4409a7a44011eecad13d7c4b045660",
            "2d402fa5844f1a7a758136ce3d5d8d0e8b86921ffff4f692dd95bdc8e5ff0052",
            "56f34e8b96557e90c1f24b52d0c89d51086acf1b00f634cf1dde9233b8eaaa3e",
            "4eed7141ea4a5cd4b788606bd23f46e212af9cacebacdc7d1f4c6dc7f2511b98"
        ),
        (
            65, "fcbe8be7dcb49a32dbdf239459e26308b84dff1ea480df8d104eeff34b46fae9",
            "8627b450c2267d48c0946a697c5b59531452ac0484f1c84e3a33d0c339bb2e28",
            "1b53ee94aaf34e4b159d48de352c7f0661d0a40edff95a0b1639b4090e974472",
            "de1e5fa0be70df6d2be8fffd0e99ceaa8eb6e8c93a63f2d8d1c30ecb6b263dee"
        ),
        (
            127, "b6292669ccd38d5f01caae96ba272c76a879a45743afa0725d83b9ebb26665b7",
            "31f1848c52f11972b6644f554c064fa90780dbbbf3a89d4fc31f67df3e5857ef",
            "f18417b39d617ab1c18fdf91ebd0fc6d5516bb34cf39364037bce81fa04cecb1",
            "d81293fda863f008c09e92fc382a81f5a0b4a1251cba1634016a0f86a6bd640d"
        ),
        (
            128, "2319e3789c47e2daa5fe807f61bec2a1a6537fa03f19ff32e87eecbfd64b7e0e",
            "8ccff439ac333b040f19b0c4ddd11a61e24ac1fe0f10a039806c5dcc0da3d115",
            "1fa877de67259d19863a2a34bcc6962a2b25fcbf5cbecd7ede8f1fa36688a796",
            "f17e570564b26578c33bb7f44643f539624b05df1a76c81f30acd548c44b45ef"
        ),
        (
            129, "f59711d44a031d5f97a9413c065d1e614c417ede998590325f49bad2fd444d3e",
            "4418be19aec4e11449ac1a57207898bc57d76a1bcf3566292c20c683a5c4648f",
            "5bd169e67c82c2c2e98ef7008bdf261f2ddf30b1c00f9e7f275bb3e8a28dc9a2",
            "683aaae9f3c5ba37eaaf072aed0f9e30bac0865137bae68b1fde4ca2aebdcb12"
        ),
        (
            1023, "e55fd611a16696f8295ea5120a151e312e5dfb1488ac74be64118ffe1bc1d539",
            "e725ad0440e5213de297ba435d381c66edf88eebf28b8d640e31103842d3be29",
            "e73d4cf80407e185a3f0d14c0472d35e2ca15218ce76004e8a596065d33af5c3",
            "10108970eeda3eb932baac1428c7a2163b0e924c9a9e25b35bba72b28f70bd11"
        ),
        (
            1024, "8d1090909017add40e749df2d0ebac43273d6fc816bc4ffaf2a6dfabe4206dea",
            "13677d2002399e4a38e700d8083db4af8341ee9b3a5147110b6a963a3894e4e2",
            "eefe540b091c081f91a31b4db99926352f05cc012a7a1402268923dd00a278d7",
            "42214739f095a406f3fc83deb889744ac00df831c10daa55189b5d121c855af7"
        ),
        (
            1025, "7a9e5283a15d13b995755360fde4c65c2ae1bc0cf33e8db2ce8416e5d10697c7",
            "3fc4b2622a29b938a1faec43d931b02e71ad8635e071265633643a9d9396ec28",
            "9b4b1bfb89177545cc59b321be5403774c58f061db927f04d206116b8278d2b4",
            "d00278ae47eb27b34faecf67b4fe263f82d5412916c1ffd97c8cb7fb814b8444"
        ),
        (
            2048, "84ef376f8080d5d19a6914c9b8e8eaf71b3f716f5b4f0da4fdf81b6c465a5656",
            "e01b52807011e1fce05e77729aae5422c6424fe241f7ba93da39456e5c5448d9",
            "e0edc36d40bfa488e118fb944ad9361e1ec72fe8f24570e4ef64876b7e3d1a49",
            "e776b6028c7cd22a4d0ba182a8bf62205d2ef576467e838ed6f2529b85fba24a"
        ),
        (
            2049, "146560fd774a01704fcce96f5f9b4b042ae43c928ad6546fb070b0ec18d2a4ac",
            "592578af038a1f6c5b79144fb16a0c6428999d518384d8349a3ec3707aa50ac2",
            "4ec12e09806c18225b107785a2031e61ee1227412b9c18c5611bc6e54cd8c415",
            "5f4d72f40d7a5f82b15ca2b2e44b1de3c2ef86c426c95c1af0b6879522563030"
        ),
        (
            3072, "6a4fd5fd8cc0a8e717b28757c896096b0452750684cf7c6c3636f51a98beb32c",
            "88f32c9ed7140f90a2cdff2fc4ff49bcaa257f14a6bf6f926530cb47cc7aa340",
            "13a2b5802ff592e3600d91aa339ce2afe02206510aab762e3142ba844a83ce6c",
            "b98cb0ff3623be03326b373de6b9095218513e64f1ee2edd2525c7ad1e5cffd2"
        ),
        (
            3073, "8f204a6e0204733471290db377aff78f069bc2d3d943de81f9a0b71764204c71",
            "fb3b1c09a3cd7f3b9f290b7325afb591597ebebc853657acff0fdb242f745d16",
            "068c5c5762445ebea45f789e034797acf8f3e4acae74cc1cbe402467bf331929",
            "7124b49501012f81cc7f11ca069ec9226cecb8a2c850cfe644e327d22d3e1cd3"
        ),
        (
            4096, "c7a3d6a53bd11772ecf077c1dc9633a39c6fe691ec07a530e0e765c0a9d5a01a",
            "16f00995536578b83e54c2821766ac7ac6ae86e22269a5d14208ccac954cc95f",
            "753200579e43772518340d84db0958f343329f84493e7c69fcf195d4060cb9c5",
            "015094013f57a5277b59d8475c0501042c0b642e531b0a1c8f58d2163229e969"
        ),
        (
            4097, "a1aca2bd515e5a87ed22476d9209f748754ebaeddef9cd1e1d57c12cc4b90293",
            "42cb74899a9f23cfece0ee8be2fd86e9e72a9289921231a6e40883d01694e0dd",
            "e9c3959a48e4d0c3e58e2c6fc2686955a677f2c315eeb0097f3e2fe543a01ab9",
            "9b4052b38f1c5fc8b1f9ff7ac7b27cd242487b3d890d15c96a1c25b8aa0fb995"
        ),
        (
            5120, "c4ce856743cab7efd10591a0b43e0049dee967baaf0ac042fe571a62b01687c9",
            "9ac345fd6bb3a5ffec83b31f96f92bd00337a59bb6f066696c2968e624461644",
            "8632e9e1bf2185706b0be2fcffc2687d78c243d75f5a634d5eec38923d73d636",
            "9cadc15fed8b5d854562b26a9536d9707cadeda9b143978f319ab34230535833"
        ),
        (
            8193, "00f382e50aa061d8e3eac0a7bec89c711d2ec4c315d894fef92a8c71d79b4f9b",
            "8b6182bd2965b2428c12001c0748efff0e7a9610cea33f83a055c695d5ab767f",
            "f80a41681676183995df96abc3ab163d88a4ffb24be41ac8fd4488f6fdab0213",
            "bab6c09cb8ce8cf459261398d2e7aef35700bf488116ceb94a36d0f5f1b7bc3b"
        ),
        (
            16384, "fdaf9dca1aaf9c01e65379b5b17dffc40f890721627bf5eca54558245324ad89",
            "83b7f445a642f9d9388367226e4a1d2fb15591ac0cbeec886c247eee76d3a576",
            "e4d9f9f7108976a61bdec5c0e32c25ea519202ace13e68946a172eeaa134a75a",
            "f875d6646de28985646f34ee13be9a576fd515f76b5b0a26bb324735041ddde4"
        ),
        (
            31744, "c3494504df969632ed8a0827ab8508354f31059e7cd44ae21a27a510793cffb5",
            "3fc21dd1a42efbb0dfe7b22435450056443a2090992ff6043818fb0b25b1d5d0",
            "6864eab08212cff29ab55a25bcde464497b8b60082f6dbd46837dc0f39c1c2b0",
            "62b6960e1a44bcc1eb1a611a8d6235b6b4b78f32e7abc4fb4c6cdcce94895c47"
        ),
        (
            102400, "cbd9d7d77a4d66c0a2ddea931b1e7d91271005545f56f444decea823f7adc9bb",
            "0791bead840bdd341f04bc1baf1847248aa536baeafa40bda3a06229ae62ffd5",
            "c0c1f03110012f42729ac854bca75344b887e7641d2d7d792b77ba7bcbba12e2",
            "bc3e3d41a1146b069abffad3c0d44860cf664390afce4d9661f7902e7943e085"
        ),
    ])
    func vectors(length: Int, blake2bHigh: String, blake2bLow: String, blake2s: String, blake3: String) {
        let message = Self.input(length)
        #expect(Self.hex(BLAKE2.blake2b(message)) == blake2bHigh + blake2bLow, "blake2b of \(length) bytes")
        #expect(Self.hex(BLAKE2.blake2s(message)) == blake2s, "blake2s of \(length) bytes")
        #expect(Self.hex(BLAKE3.hash(message)) == blake3, "blake3 of \(length) bytes")
    }
}
