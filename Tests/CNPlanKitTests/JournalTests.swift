#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import CNPlanCore
@testable import CNPlanKit

@Suite struct JournalTests {
    func tempFile() -> String {
        var template = Array("/tmp/cnplan-journal-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        return dir + "/plan.json"
    }

    @Test func changesGoToTheJournalAndLoadBack() throws {
        let file = tempFile()
        let w = try Workbench(file: file)
        for line in ["title T", "segment add A", "segment s1 role consumer"] { _ = try w.run(try Parser.parse(line)!, line: line) }
        #expect(FileSystem.exists(file + ".journal"))
        #expect(try SessionFile.load(file) == w.plan)
        w.finish()
        #expect(!FileSystem.exists(file + ".journal"))
        #expect(try SessionFile.load(file) == w.plan)
    }

    @Test func aTornLastLineIsIgnored() throws {
        let file = tempFile()
        let base = try SessionFile.save(Plan(title: "base"), to: file)
        try FileSystem.writeAtomically(file + ".journal", Journal.legacyHeader + Journal.fingerprint(base) + "\ntitle one\nsegment add Comple")
        let plan = try SessionFile.load(file)
        #expect(plan.title == "one")
        #expect(plan.segments.isEmpty)
    }

    @Test func aJournalForAnotherVersionOfTheFileIsIgnored() throws {
        let file = tempFile()
        try SessionFile.save(Plan(title: "newer"), to: file)
        try FileSystem.writeAtomically(file + ".journal", Journal.header + "deadbeef\ntitle stale\n")
        #expect(try SessionFile.load(file).title == "newer")
        // Opening it for writing removes the stale journal.
        let w = try Workbench(file: file)
        #expect(w.plan.title == "newer")
        _ = try w.run(try Parser.parse("objective o")!, line: "objective o")
        w.finish()
        #expect(!FileSystem.exists(file + ".journal"))
        #expect(try SessionFile.load(file).objective.statement == "o")
    }

    @Test func undoRewritesTheFileSoTheJournalNeverReplaysAnUndoneChange() throws {
        let file = tempFile()
        let w = try Workbench(file: file)
        _ = try w.run(try Parser.parse("title A")!, line: "title A")
        _ = try w.run(try Parser.parse("title B")!, line: "title B")
        _ = try w.run(.undo, line: "undo")
        #expect(try SessionFile.load(file).title == "A")
    }
}
