// swift-tools-version:6.2
// Benchmarks, kept out of the test suite (figures are not tests). Build with
// `swift build -c release --package-path bench`; see bench/README.md.
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "influxdb3-bench",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "influxdb3-swift", path: ".."),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .target(name: "DevopsData", path: "Sources/DevopsData", swiftSettings: swiftSettings),
        .executableTarget(
            name: "ParserBench",
            dependencies: [
                "DevopsData",
                .product(name: "LineProtocol", package: "influxdb3-swift"),
                .product(name: "Kernel", package: "influxdb3-swift"),
            ],
            path: "Sources/ParserBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "WALBench",
            dependencies: [
                .product(name: "WAL", package: "influxdb3-swift"),
                .product(name: "LocalFileIO", package: "influxdb3-swift"),
                .product(name: "Kernel", package: "influxdb3-swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/WALBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ParquetBench",
            dependencies: [
                .product(name: "Parquet", package: "influxdb3-swift"),
                .product(name: "Kernel", package: "influxdb3-swift"),
            ],
            path: "Sources/ParquetBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "EncoderBench",
            dependencies: [
                .product(name: "HTTPSupport", package: "influxdb3-swift"),
                .product(name: "Kernel", package: "influxdb3-swift"),
            ],
            path: "Sources/EncoderBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "IngestBench",
            dependencies: ["DevopsData"],
            path: "Sources/IngestBench",
            swiftSettings: swiftSettings
        ),
    ]
)
