// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cnplan",
    products: [
        .executable(name: "cnplan", targets: ["cnplan"]),
        .library(name: "CNPlanKit", targets: ["CNPlanKit"]),
    ],
    targets: [
        // The system's libedit, found through pkg-config.
        .systemLibrary(
            name: "CLibEdit",
            path: "Sources/CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // A small C shim over libedit: Swift 6 cannot touch libedit's globals or pass
        // its variadic el_set, so the C side owns them.
        .target(name: "CLineEdit", dependencies: ["CLibEdit"], path: "Sources/CLineEdit"),
        // Everything that does not touch the terminal: model, commands, checks, exports, storage.
        .target(name: "CNPlanKit", path: "Sources/CNPlanKit"),
        // Line editing, completion, terminal rendering.
        .target(name: "CNPlanTerminal", dependencies: ["CNPlanKit", "CLineEdit"], path: "Sources/CNPlanTerminal"),
        .executableTarget(name: "cnplan", dependencies: ["CNPlanKit", "CNPlanTerminal"], path: "Sources/cnplan"),
        .testTarget(name: "CNPlanKitTests", dependencies: ["CNPlanKit", "CNPlanTerminal"], path: "Tests/CNPlanKitTests"),
        .testTarget(name: "CNPlanEndToEndTests", dependencies: ["CNPlanKit"], path: "Tests/CNPlanEndToEndTests"),
    ]
)
