// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cnplan",
    products: [
        .executable(name: "cnplan", targets: ["cnplan"]),
        .library(name: "CNPlanKit", targets: ["CNPlanCore", "CNPlanKit"]),
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
        // The pure core: model, command language, apply, checks, exporters, the file format.
        // It touches no file, clock, environment or terminal: "today" and the language are inputs.
        .target(name: "CNPlanCore", path: "Sources/CNPlanCore"),
        // Storage (files, locks, journal, recovery), the clock and the session loop.
        .target(name: "CNPlanKit", dependencies: ["CNPlanCore"], path: "Sources/CNPlanKit"),
        // Line editing, completion, terminal rendering.
        .target(
            name: "CNPlanTerminal", dependencies: ["CNPlanCore", "CNPlanKit", "CLineEdit"],
            path: "Sources/CNPlanTerminal"),
        .executableTarget(
            name: "cnplan", dependencies: ["CNPlanCore", "CNPlanKit", "CNPlanTerminal"], path: "Sources/cnplan"),
        .testTarget(
            name: "CNPlanKitTests", dependencies: ["CNPlanCore", "CNPlanKit", "CNPlanTerminal"],
            path: "Tests/CNPlanKitTests"),
        .testTarget(
            name: "CNPlanEndToEndTests", dependencies: ["CNPlanCore", "CNPlanKit"], path: "Tests/CNPlanEndToEndTests"),
    ]
)
