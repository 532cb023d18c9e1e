import Foundation
import Testing

@testable import CNPlanTerminal

/// The names of the line histories stay what earlier runs wrote: a new name would lose them.
@Suite struct LineHistoryNameTests {
    @Test func aSessionsHistoryIsItsBaseNameAndTheHashOfItsFullPath() {
        #expect(LineEditor.historyName("/nonexistent-cnplan/plan.json") == "plan.json-57605f2b57e2fd34")
        // The hash keeps its leading zeros.
        #expect(LineEditor.historyName("/nonexistent-cnplan/p69.json") == "p69.json-0dc5a71bba310094")
    }

    @Test func aRelativeOrLinkedFolderIsReadFromTheRoot() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnplan-hist-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.resolvingSymlinksInPath().path
        let link = dir.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let expected = LineEditor.historyName(real + "/plan.json")
        #expect(LineEditor.historyName(link + "/plan.json") == expected)
        let cwd = FileManager.default.currentDirectoryPath
        let realCwd = URL(fileURLWithPath: cwd).resolvingSymlinksInPath().path
        #expect(LineEditor.historyName("plan.json") == LineEditor.historyName(realCwd + "/plan.json"))
        #expect(
            LineEditor.historyName("missing-cnplan/plan.json")
                == LineEditor.historyName(cwd + "/missing-cnplan/plan.json"))
    }
}
