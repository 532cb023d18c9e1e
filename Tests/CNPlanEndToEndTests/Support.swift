import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `cnplan` as a user would.
enum CLI {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["CNPLAN_BIN"] { return b }
        return root.appendingPathComponent(".build/debug/cnplan").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs with `input` on a pipe, in `directory`, with a private state folder.
    static func run(_ args: [String], input: String = "", directory: URL? = nil, environment: [String: String] = [:])
        throws -> Result
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        if let directory { p.currentDirectoryURL = directory }
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C"]
        env.merge(environment) { $1 }
        p.environment = env
        let inPipe = Pipe()
        let outPipe = Pipe()
        let errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        // cnplan may stop reading early (a bad file, --bail): a closed pipe is not the test's death.
        signal(SIGPIPE, SIG_IGN)
        try p.run()
        let writer = Thread {
            try? inPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        // Both streams are drained at once: a full stderr pipe must not stall the program.
        nonisolated(unsafe) var err = Data()
        let done = DispatchSemaphore(value: 0)
        Thread {
            err = errPipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnplan-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
}
