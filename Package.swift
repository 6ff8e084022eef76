// swift-tools-version:6.2
// The layout mirrors the architecture (docs/architecture.md): Kernel targets import no server,
// database or config library; backends implement one port each; frontends import HTTPSupport and
// the kernel, never a backend; only App wires everything together.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "influxdb3-swift",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "influxdb3", targets: ["influxdb3"]),
        // For the benchmarks in bench/ (a separate package that depends on this one by path).
        .library(name: "Kernel", targets: ["Kernel"]),
        .library(name: "LineProtocol", targets: ["LineProtocol"]),
        .library(name: "WAL", targets: ["WAL"]),
        .library(name: "LocalFileIO", targets: ["LocalFileIO"]),
        .library(name: "Parquet", targets: ["Parquet"]),
        .library(name: "HTTPSupport", targets: ["HTTPSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
    ],
    targets: [
        // MARK: Kernel (no NIO, Hummingbird, SQLite, TOML)
        .target(
            name: "Kernel",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            path: "Sources/Kernel/Core",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LineProtocol",
            dependencies: ["Kernel"],
            path: "Sources/Kernel/LineProtocol",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WAL",
            dependencies: ["Kernel", .product(name: "Logging", package: "swift-log")],
            path: "Sources/Kernel/WAL",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Ingest",
            dependencies: ["Kernel", "LineProtocol", "WAL", .product(name: "Logging", package: "swift-log")],
            path: "Sources/Kernel/Ingest",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KernelTesting",
            dependencies: ["Kernel"],
            path: "Sources/Kernel/Testing",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Parquet",
            dependencies: ["Kernel", "CZstd"],
            path: "Sources/Kernel/Parquet",
            swiftSettings: swiftSettings
        ),

        // MARK: System libraries
        .systemLibrary(
            name: "CZstd",
            path: "Sources/SystemLibraries/CZstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite3",
            path: "Sources/SystemLibraries/CSQLite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/SystemLibraries/CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/SystemLibraries/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // MARK: Backends (one port each)
        .target(
            name: "SQLiteCatalog",
            dependencies: ["Kernel", "CSQLite3"],
            path: "Sources/Backends/SQLiteCatalog",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PostgresCatalog",
            dependencies: ["Kernel", "CLibPQ", .product(name: "Logging", package: "swift-log")],
            path: "Sources/Backends/PostgresCatalog",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TokenAuth",
            dependencies: ["Kernel"],
            path: "Sources/Backends/TokenAuth",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LocalFileIO",
            dependencies: ["Kernel"],
            path: "Sources/Backends/LocalFileIO",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "SQL",
            path: "Sources/Backends/Query/SQL",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "QueryPlan",
            dependencies: ["Kernel", "QueryExec", "SQL"],
            path: "Sources/Backends/Query/QueryPlan",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "QueryExec",
            dependencies: ["Kernel"],
            path: "Sources/Backends/Query/QueryExec",
            swiftSettings: swiftSettings
        ),

        // MARK: Frontends
        .target(
            name: "HTTPSupport",
            dependencies: [
                "Kernel", "CZlib", "Parquet",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Frontends/HTTPSupport",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "V3API",
            dependencies: [
                "Kernel", "HTTPSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Sources/Frontends/V3API",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "V1API",
            dependencies: [
                "Kernel", "HTTPSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Sources/Frontends/V1API",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "V2API",
            dependencies: [
                "Kernel", "HTTPSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Sources/Frontends/V2API",
            swiftSettings: swiftSettings
        ),

        // MARK: App
        .target(
            name: "App",
            dependencies: [
                "Kernel", "LineProtocol", "WAL", "Ingest", "SQLiteCatalog", "PostgresCatalog", "LocalFileIO", "QueryPlan",
                "TokenAuth",
                "HTTPSupport", "V3API", "V1API", "V2API",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            path: "Sources/App",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "influxdb3",
            dependencies: ["App"],
            path: "Sources/Executable",
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .testTarget(
            name: "KernelTests",
            dependencies: ["Kernel", "KernelTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LineProtocolTests",
            dependencies: ["Kernel", "LineProtocol"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WALTests",
            dependencies: ["Kernel", "WAL", "KernelTesting", "LocalFileIO", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IngestTests",
            dependencies: ["Kernel", "LineProtocol", "WAL", "Ingest", "KernelTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SQLiteCatalogTests",
            dependencies: ["Kernel", "SQLiteCatalog", "KernelTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PostgresCatalogTests",
            dependencies: [
                "Kernel", "PostgresCatalog", "KernelTesting", "Ingest", "WAL",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HTTPTests",
            dependencies: [
                "App", "Kernel", "TokenAuth", "Ingest", "WAL", "KernelTesting", "HTTPSupport", "V3API", "V1API", "V2API", "QueryPlan",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "Kernel", "KernelTesting", "SQLiteCatalog", "PostgresCatalog", "LocalFileIO", "Ingest", "WAL",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "QueryExecTests",
            dependencies: ["Kernel", "QueryExec"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParquetTests",
            dependencies: ["Kernel", "Parquet"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EncodersTests",
            dependencies: ["Kernel", "HTTPSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SQLTests",
            dependencies: ["SQL"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "QueryPlanTests",
            dependencies: ["Kernel", "QueryPlan", "QueryExec", "SQL", "Ingest", "KernelTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TidyTests",
            swiftSettings: swiftSettings
        ),
    ]
)
