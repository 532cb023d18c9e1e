import Testing

@testable import CNPlanCore
@testable import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

@Suite struct JournalTests {
    func tempFile() -> String {
        var template = Array("/tmp/cnplan-journal-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        return dir + "/plan.json"
    }

    @Test func changesGoToTheJournalAndLoadBack() throws {
        let file = tempFile()
        let w = try Workbench(file: file)
        for line in ["title T", "segment add A", "segment s1 role consumer"] {
            _ = try w.run(try Parser.parse(line)!, line: line)
        }
        #expect(FileSystem.exists(file + ".journal"))
        #expect(try SessionFile.load(file) == w.plan)
        w.finish()
        #expect(!FileSystem.exists(file + ".journal"))
        #expect(try SessionFile.load(file) == w.plan)
    }

    @Test func aTornLastLineIsIgnored() throws {
        let file = tempFile()
        let base = try SessionFile.save(Plan(title: "base"), to: file)
        try FileSystem.writeAtomically(
            file + ".journal", Journal.legacyHeader + Journal.fingerprint(base) + "\ntitle one\nsegment add Comple")
        let plan = try SessionFile.load(file)
        #expect(plan.title == "one")
        #expect(plan.segments.isEmpty)
    }

    @Test func aJournalForAnotherVersionOfTheFileIsIgnored() throws {
        let file = tempFile()
        try SessionFile.save(Plan(title: "newer"), to: file)
        try FileSystem.writeAtomically(file + ".journal", Journal.header + "deadbeef\ntitle stale\n")
        #expect(try SessionFile.load(file).title == "newer")
        // Opening it for writing moves it aside: kept, never deleted, and never replayed.
        let w = try Workbench(file: file)
        #expect(w.plan.title == "newer")
        #expect(FileSystem.exists(file + ".journal.kept-1"))
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

    @Test func theJournalHoldsEncodedEditsNotTypedLines() throws {
        let file = tempFile()
        let w = try Workbench(file: file)
        for line in ["title T", "segment add A"] { _ = try w.run(try Parser.parse(line)!, line: line) }
        let text = String(decoding: try FileSystem.read(file + ".journal"), as: UTF8.self)
        #expect(text.hasPrefix(Journal.header))
        #expect(text.hasSuffix(EditCodec.encode(.add(.segment, name: "A")) + "\n"))
    }

    @Test func aJournalOfTypedLinesIsReplayedOnceAndConverted() throws {
        let file = tempFile()
        let base = try SessionFile.save(Plan(title: "base"), to: file)
        try FileSystem.writeAtomically(
            file + ".journal",
            Journal.legacyHeader + Journal.fingerprint(base)
                + "\nsegment add A\nsegment s1 role consumer\n")
        let w = try Workbench(file: file)
        #expect(w.plan.segments.first?.role == .consumer)
        #expect(w.takeNotices() == [])
        // Folded into the file; the journal now continues it in the current format.
        let alone = try PlanCodec.decode(try JSONParser.parse(try FileSystem.read(file)))
        #expect(alone == w.plan)
        let journal = String(decoding: try FileSystem.read(file + ".journal"), as: UTF8.self)
        #expect(journal.hasPrefix(Journal.header))
    }

    @Test func anEntryThatCannotBeReplayedKeepsTheJournalAndSaysWhatWasRestored() throws {
        let file = tempFile()
        let base = try SessionFile.save(Plan(title: "base"), to: file)
        let entries = [
            EditCodec.encode(.add(.segment, name: "A")),
            EditCodec.encode(.set(.segment, id: "s9", field: "role", value: .choice("media"))),
            EditCodec.encode(.add(.segment, name: "B")),
        ]
        let journal = Journal.header + Journal.fingerprint(base) + "\n" + entries.joined(separator: "\n") + "\n"
        try FileSystem.writeAtomically(file + ".journal", journal)
        let w = try Workbench(file: file)
        #expect(w.plan.segments.map(\.name) == ["A"])
        #expect(
            w.takeNotices() == [
                "\(file): 1 change from its journal restored, 2 could not be replayed; "
                    + "the journal is kept as \(file).journal.kept-1"
            ])
        #expect(String(decoding: try FileSystem.read(file + ".journal.kept-1"), as: UTF8.self) == journal)
    }
}
