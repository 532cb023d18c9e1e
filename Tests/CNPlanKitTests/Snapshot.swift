import Foundation
import Testing

/// Compares generated text with a snapshot file kept in the repository, byte for byte.
///
/// A difference fails the test with `diff -u` of the snapshot and the text; a missing snapshot fails
/// it too. With `CNPLAN_RECORD_SNAPSHOTS=1` (`make snapshots`) every compared text is written as its
/// snapshot instead, to be reviewed with `git diff` and committed. This file is shared by both test
/// targets (Tests/CNPlanEndToEndTests/Snapshot.swift is a link to it).
enum Snapshot {
    /// The repository's top folder: this file is in Tests/<target>/.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var isRecording: Bool { ProcessInfo.processInfo.environment["CNPLAN_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `text` with Tests/Snapshots/`suite`/`name`.
    static func expect(
        _ text: String, suite: String, name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expect(text, matches: "Tests/Snapshots/\(suite)/\(name)", sourceLocation: sourceLocation)
    }

    /// Compares `text` with the snapshot at `path`, relative to the repository's top folder.
    static func expect(_ text: String, matches path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = root.appendingPathComponent(path)
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .atomic)
            } catch {
                Issue.record("could not record \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                "no snapshot \(path): record it with `make snapshots`, review it and commit it",
                sourceLocation: sourceLocation)
            return
        }
        if expected == Data(text.utf8) { return }
        let advice = "if the change is intended, run `make snapshots`"
        Issue.record(
            "\(path) differs (- snapshot, + generated); \(advice):\n\(diff(file, text))",
            sourceLocation: sourceLocation)
    }

    /// Fails when Tests/Snapshots/`suite` holds a file not in `names`: a snapshot no test compares any
    /// more, say of a help topic that was removed. Not while recording, when the folder also holds the
    /// temporary files of snapshots being written.
    static func expectNoOthers(
        in suite: String, than names: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if isRecording { return }
        let folder = root.appendingPathComponent("Tests/Snapshots/\(suite)")
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let stale = Set(present).subtracting(names).sorted()
        if stale.isEmpty { return }
        Issue.record(
            "snapshots no test compares in Tests/Snapshots/\(suite), to be removed: \(stale.joined(separator: ", "))",
            sourceLocation: sourceLocation)
    }

    /// `diff -u` of the snapshot file and the generated text.
    static func diff(_ snapshot: URL, _ text: String) -> String {
        let generated = FileManager.default.temporaryDirectory
            .appendingPathComponent("cnplan-snapshot-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: generated) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", "--label", "snapshot", "--label", "generated", snapshot.path, generated.path]
        let output = Pipe()
        process.standardOutput = output
        do {
            try Data(text.utf8).write(to: generated)
            try process.run()
        } catch {
            return "(no diff: \(error))\ngenerated:\n\(text)"
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self)
    }
}
