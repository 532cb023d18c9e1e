import Testing

@testable import CNPlanCore
@testable import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// The ways found to lose a plan (issue "Never lose a plan, part two"), one test or more each,
/// in process: through the storage twin, or on the real file system where the twin cannot say.
@Suite struct StorageTests {
    static func folder() -> String {
        var template = Array("/tmp/cnplan-storage-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    static func run(_ w: Workbench, _ line: String) throws {
        _ = try w.run(try Parser.parse(line)!, line: line)
    }

    static func twinSession() throws -> (MemoryStorage, Workbench) {
        let s = MemoryStorage()
        try s.makeDirectories("/w")
        return (s, try Workbench(file: "/w/plan.json", storage: s))
    }

    // 1. Nothing is written that cnplan would not read back.
    @Test func aNumberTheFileCannotHoldIsRefused() throws {
        let (s, w) = try Self.twinSession()
        for line in ["impact add m", "impact i1 baseline 1e308"] { try Self.run(w, line) }
        let before = w.plan
        #expect(throws: PlanError.unwritableNumber(impact: "i1")) { try Self.run(w, "impact i1 target +100%") }
        #expect(w.plan == before)
        #expect(try SessionFile.load("/w/plan.json", storage: s) == before)
    }

    @Test func aPlanPastTheReadLimitIsRefusedAndWhatIsOnDiskLoads() throws {
        let (s, w) = try Self.twinSession()
        let mib = String(repeating: "x", count: 1024 * 1024)
        var refused = 0
        for _ in 0..<18 {
            do { try Self.run(w, "segment add " + mib) } catch { refused += 1 }
        }
        #expect(refused > 0)
        w.finish()
        #expect(try SessionFile.load("/w/plan.json", storage: s) == w.plan)
        #expect(PlanCodec.encode(w.plan).utf8.count <= FileSystem.maxPlanSize)
    }

    // 4. `new` lets go of the file it was writing; the unsaved plan's copy stays.
    @Test func newLetsGoOfTheFileSoAnotherWritersJournalSurvives() throws {
        let dir = Self.folder()
        let first = Workbench()
        try Self.run(first, "title A")
        _ = try first.run(.save(path: dir + "/plan.json", force: false), line: "save")
        _ = try first.run(.new(title: nil), line: "new")
        let second = try Workbench(file: dir + "/plan.json")
        #expect(!second.readOnly)
        try Self.run(second, "segment add Kept")
        first.finish()
        // The second is killed: only its journal holds the change.
        #expect(try SessionFile.load(dir + "/plan.json").segments.map(\.name) == ["Kept"])
    }

    @Test func newKeepsTheUnsavedPlansRecoveryCopy() throws {
        let s = MemoryStorage()
        let w = Workbench(storage: s)
        #expect(w.keepRecovery(in: "/state") == nil)
        w.confirm = { _ in true }
        try Self.run(w, "title first")
        let firstCopy = try #require(w.recoveryPath)
        _ = try w.run(.new(title: nil), line: "new")
        try Self.run(w, "title second")
        #expect(w.recoveryPath != firstCopy)
        #expect(try SessionFile.load(firstCopy, storage: s).title == "first")
    }

    @Test func leavingAnUnsavedPlanIsConfirmedAtATerminal() throws {
        let w = Workbench(storage: MemoryStorage())
        w.confirm = { _ in false }
        try Self.run(w, "title first")
        #expect(throws: PlanError.cancelled) { try w.run(.new(title: nil), line: "new") }
        #expect(w.plan.title == "first")
    }

    // 5. One recovery copy has one writer.
    @Test func aRecoveryCopyOfferedBackToOneSessionIsNotOfferedToAnother() throws {
        let dir = Self.folder()
        try SessionFile.save(Plan(title: "kept"), to: dir + "/unsaved-1-99-1.json")
        let first = Workbench()
        first.keepRecovery(in: dir)
        first.restore(try #require(Recovery.newest(in: dir)))
        #expect(first.plan.title == "kept")
        #expect(Recovery.newest(in: dir) == nil)
        first.finish()
    }

    // 6. A journal that does not fit its file is kept beside it, and the user told.
    @Test func aJournalThatDoesNotFitItsFileIsKeptAndReported() throws {
        for damage in ["crlf", "deleted"] {
            let dir = Self.folder()
            let file = dir + "/plan.json"
            do {
                let w = try Workbench(file: file)
                for line in ["title T", "segment add A", "segment add B"] { try Self.run(w, line) }
                // Killed: no finish, the journal holds two changes.
            }
            if damage == "crlf" {
                let text = String(decoding: try FileSystem.read(file), as: UTF8.self)
                try FileSystem.writeAtomically(file, text.split(separator: "\n").joined(separator: "\r\n") + "\r\n")
            } else {
                FileSystem.remove(file)
            }
            let w = try Workbench(file: file)
            let notices = w.takeNotices()
            #expect(notices.count == 1 && notices[0].contains("2 could not be replayed"), "\(damage): \(notices)")
            #expect(notices.first?.contains("kept as \(file).journal.kept-1") == true, "\(damage)")
            #expect(FileSystem.exists(file + ".journal.kept-1"), "\(damage)")
        }
    }

    @Test func aJournalNeverGrowsPastWhatIsReadBack() throws {
        let (s, w) = try Self.twinSession()
        let mib = String(repeating: "y", count: 1024 * 1024)
        // Past the 8 MiB at which the journal is folded into the file.
        for n in 0..<12 {
            try Self.run(w, "title \(n) " + mib)
            #expect((s.files["/w/plan.json.journal"]?.count ?? 0) < 16 * 1024 * 1024)
        }
        #expect(try SessionFile.load("/w/plan.json", storage: s) == w.plan)
    }

    // 7. A failed append leaves the journal as it was, and the change is refused.
    @Test func aFailedAppendLeavesTheJournalAsItWas() throws {
        let (s, w) = try Self.twinSession()
        for line in ["title T", "segment add A"] { try Self.run(w, line) }
        let journal = s.files["/w/plan.json.journal"]
        let before = w.plan
        s.fault = (s.calls + 1, .fail(ENOSPC))
        #expect(throws: PlanError.self) { try Self.run(w, "segment add " + String(repeating: "z", count: 5000)) }
        #expect(s.files["/w/plan.json.journal"] == journal)
        #expect(w.plan == before)
        try Self.run(w, "segment add B")
        #expect(try SessionFile.load("/w/plan.json", storage: s) == w.plan)
        #expect(w.plan.segments.map(\.id) == ["s1", "s2"])
    }

    // 8. No recovery copy is promised where none can be written.
    @Test func anUnwritableStateFolderKeepsNoCopyAndSaysSo() throws {
        let dir = Self.folder()
        try FileSystem.writeAtomically(dir + "/file", "")
        let w = Workbench()
        let reason = try #require(w.keepRecovery(in: dir + "/file/cnplan/recovery"))
        #expect(reason.contains("no recovery copy can be kept"))
        try Self.run(w, "title T")
        #expect(w.recoveryPath == nil)
    }

    // 9. Saving writes through a symbolic link, keeps the mode, refuses a read-only plan.
    @Test func aSymlinkedSessionIsWrittenThroughAndItsModeKept() throws {
        let dir = Self.folder()
        try SessionFile.save(Plan(title: "real"), to: dir + "/real.json")
        chmod(dir + "/real.json", 0o600)
        symlink(dir + "/real.json", dir + "/link.json")
        let w = try Workbench(file: dir + "/link.json")
        try Self.run(w, "title changed")
        w.finish()
        var st = stat()
        lstat(dir + "/link.json", &st)
        #expect(st.st_mode & S_IFMT == S_IFLNK)
        #expect(try SessionFile.load(dir + "/real.json").title == "changed")
        stat(dir + "/real.json", &st)
        #expect(st.st_mode & 0o777 == 0o600)
    }

    @Test func aHardLinkedSessionKeepsItsLinks() throws {
        let dir = Self.folder()
        try SessionFile.save(Plan(title: "linked"), to: dir + "/plan.json")
        link(dir + "/plan.json", dir + "/other-name.json")
        let w = try Workbench(file: dir + "/plan.json")
        try Self.run(w, "title changed")
        _ = try w.run(.undo, line: "undo")
        try Self.run(w, "title changed again")
        w.finish()
        #expect(try SessionFile.load(dir + "/other-name.json").title == "changed again")
        #expect(FileSystem.entries(of: dir).filter { $0.hasPrefix(".") } == [])
    }

    @Test func aPlanKeepsItsOwner() throws {
        guard getuid() == 0 else {
            print("skipped: only root can give a plan to another owner")
            return
        }
        let dir = Self.folder()
        try SessionFile.save(Plan(title: "theirs"), to: dir + "/plan.json")
        chown(dir + "/plan.json", 4321, 4321)
        let w = try Workbench(file: dir + "/plan.json")
        try Self.run(w, "title changed")
        w.finish()
        var st = stat()
        stat(dir + "/plan.json", &st)
        #expect(st.st_uid == 4321 && st.st_gid == 4321)
        #expect(try SessionFile.load(dir + "/plan.json").title == "changed")
    }

    @Test func aReadOnlyPlanIsNotOverwritten() throws {
        let dir = Self.folder()
        let bytes = try SessionFile.save(Plan(title: "mine"), to: dir + "/plan.json")
        chmod(dir + "/plan.json", 0o444)
        let w = try Workbench(file: dir + "/plan.json")
        #expect(throws: PlanError.self) { try Self.run(w, "title overwritten") }
        w.finish()
        #expect(try FileSystem.read(dir + "/plan.json") == bytes)
        #expect(w.plan.title == "mine")
    }

    // 11. Undo keeps the way back, not whole plans: every step of a long session on a large
    // plan is kept, and undoing them all gives back the plan exactly.
    @Test func undoKeepsEveryStepOfALargePlanAndGoesBackExactly() throws {
        var plan = Plan(title: "big")
        for n in 0..<2_000 { plan = try apply(.add(.concept, name: "c\(n)"), to: plan) }
        let w = Workbench(plan: plan)
        for n in 0..<500 { try Self.run(w, "concept c\(n % 7 + 1) description \(n)") }
        #expect(w.history.count == 500)
        #expect(!w.takeNotices().contains { $0.contains("older ones are dropped") })
        _ = try w.run(.undo, line: "undo")
        #expect(w.plan.concept("c3")?.description == "492")
        for _ in 1..<500 { _ = try w.run(.undo, line: "undo") }
        #expect(w.plan == plan)
        for _ in 0..<500 { _ = try w.run(.redo, line: "redo") }
        #expect(w.plan.concept("c3")?.description == "499")
    }

    // Steps that each replace many items are what the bound drops, oldest first, with a note.
    @Test func undoIsBoundedByTheItemsItKeeps() throws {
        var plan = Plan(title: "big")
        for n in 0..<100 { plan = try apply(.add(.concept, name: "c\(n)"), to: plan) }
        let w = Workbench(plan: plan)
        w.undoBudget = 500
        for n in 0..<30 {
            // The first and the last concept: the way back keeps everything between.
            let both = Edit.batch([
                .set(.concept, id: "c1", field: "description", value: .text("\(n)")),
                .set(.concept, id: "c100", field: "description", value: .text("\(n)")),
            ])
            _ = try w.change(both, line: "both \(n)")
        }
        #expect(w.history.count == 10)
        #expect(w.history.first == "both 20")
        #expect(w.takeNotices().contains { $0.contains("older ones are dropped") })
        _ = try w.run(.undo, line: "undo")
        #expect(w.plan.concept("c100")?.description == "28")
    }

    // 12. A plan another program changed while open is not overwritten without a word.
    @Test func aSessionChangedByAnotherProgramIsNotOverwrittenSilently() throws {
        let dir = Self.folder()
        let file = dir + "/plan.json"
        let w = try Workbench(file: file)
        try Self.run(w, "title mine")
        try FileSystem.writeAtomically(file, PlanCodec.encode(Plan(title: "theirs")))
        #expect(throws: PlanError.changedElsewhere(path: file)) {
            try w.run(.save(path: nil, force: false), line: "save")
        }
        #expect(try SessionFile.load(file).title == "theirs")
        _ = try w.run(.save(path: file, force: true), line: "save --force")
        #expect(try SessionFile.load(file).title == "mine")
    }

    // Issue 11, item 5: the session file alone is the plan once the prompt waits.
    @Test func theSessionFileIsCurrentWhenThePromptWaits() throws {
        let dir = Self.folder()
        let file = dir + "/plan.json"
        let w = try Workbench(file: file)
        for line in ["title T", "segment add A", "segment add B"] { try Self.run(w, line) }
        _ = w.idle(eager: true)
        let alone = try PlanCodec.decode(try JSONParser.parse(try FileSystem.read(file)))
        #expect(alone == w.plan)
    }
}

/// Huge numbers in every numeric field of a file: refused with the field's path, or loaded and
/// written back; never a crash.
@Suite struct HostileNumberTests {
    static let fields: [(String, String)] = [
        ("version", #""version": N"#),
        ("rank", #""version": 1, "behaviours": [{"name": "access", "rank": N}]"#),
        ("value", #""version": 1, "behaviours": [{"name": "access", "value": N}]"#),
        ("effort", #""version": 1, "behaviours": [{"name": "access", "effort": N}]"#),
        ("baseline", #""version": 1, "impacts": [{"id": "i1", "metric": "m", "baseline": N}]"#),
        ("target", #""version": 1, "impacts": [{"id": "i1", "metric": "m", "target": N}]"#),
        (
            "relative",
            #""version": 1, "impacts": [{"id": "i1", "metric": "m", "baseline": N, "targetRelative": "+900%"}]"#
        ),
        ("nextIds", #""version": 1, "nextIds": {"segment": N, "concept": N, "impact": N}"#),
    ]

    @Test func hugeNumbersAreRefusedOrRoundTrip() throws {
        for (name, body) in Self.fields {
            for n in ["1e300", "-1e300", "1.7976931348623157e308", "123456789012345678901234567890", "0.5", "-0"] {
                let text =
                    #"{"format": "cnplan.plan", "#
                    + body.split(separator: "N", omittingEmptySubsequences: false).joined(separator: n) + "}"
                guard let json = try? JSONParser.parse(Array(text.utf8)) else { continue }
                guard let plan = try? PlanCodec.decode(json) else { continue }
                // Whatever loads, saves and loads back the same.
                let bytes = try SessionFile.encode(plan)
                #expect(try PlanCodec.decode(try JSONParser.parse(bytes)) == plan, "\(name) = \(n)")
            }
        }
    }
}

/// Item 12: JSON shown at a terminal carries no character that reorders, hides or controls text.
@Suite struct TerminalJSONTests {
    @Test func invisibleAndControllingCharactersAreEscapedInShownJSON() throws {
        let w = Workbench()
        let hostile = "a\u{202E}b\u{2066}c\u{85}d\u{9B}e\u{61C}f\u{2028}g\u{200B}h"
        _ = try w.run(.edit(.set(.plan, id: "", field: "title", value: .text(hostile))), line: "title")
        let shown = try w.run(.export(.json, path: nil), line: "export json").output
        #expect(shown.contains(#""title": "a\u202eb\u2066c\u0085d\u009be\u061cf\u2028g\u200bh""#), "\(shown)")
        // The same plan, read back.
        #expect(try PlanCodec.decode(try JSONParser.parse(Array(shown.utf8))).title == hostile)
    }
}

/// `save` of the session's own file under another spelling saves it, not a lock conflict.
@Suite struct SaveSpellingTests {
    @Test func savingTheSessionFileByAnotherNameSavesIt() throws {
        let dir = StorageTests.folder()
        let w = try Workbench(file: dir + "/plan.json")
        try StorageTests.run(w, "title T")
        _ = try w.run(.save(path: dir + "/./plan.json", force: false), line: "save")
        #expect(w.file == dir + "/plan.json")
        #expect(!w.readOnly)
    }
}

/// The twin's other processes and permissions, as sessions meet them.
@Suite struct TwinSessionTests {
    @Test func aFileAnotherCnplanHoldsOpensReadOnly() throws {
        let s = MemoryStorage()
        s.put("/w/plan.json", Array(PlanCodec.encode(Plan(title: "theirs")).utf8))
        s.lockedElsewhere.insert("/w/plan.json.lock")
        let w = try Workbench(file: "/w/plan.json", storage: s)
        #expect(w.readOnlyReason == .heldElsewhere)
        #expect(throws: PlanError.readOnly(path: "/w/plan.json")) { try StorageTests.run(w, "title mine") }
        #expect(w.plan.title == "theirs")
    }

    @Test func aFolderThatCannotBeWrittenRefusesTheChangeAndKeepsTheDisk() throws {
        let s = MemoryStorage()
        try s.makeDirectories("/w")
        let w = try Workbench(file: "/w/plan.json", storage: s)
        try StorageTests.run(w, "title T")
        s.readOnlyPaths.insert("/w")
        // Appending to the journal needs no new name in the folder; rewriting the file does.
        try StorageTests.run(w, "segment add A")
        #expect(throws: PlanError.self) { try w.run(.undo, line: "undo") }
        #expect(w.plan.segments.map(\.name) == ["A"])
        #expect(try SessionFile.load("/w/plan.json", storage: s) == w.plan)
    }
}

/// The review of durability: a stale in-place copy, a fold that fails at quit, outputs written
/// onto a session another cnplan holds.
@Suite struct DurabilityReviewTests {
    static let file = StorageFaultTests.file
    static let copy = SessionFile.inPlaceCopy(of: file)

    /// A hard-linked session whose in-place rewrite fails after its copy is committed: the copy
    /// is left, and the session says so. Returns nil when call `n` strikes elsewhere.
    static func leftCopy(failingAt n: Int) throws -> (MemoryStorage, Workbench, [String])? {
        let s = MemoryStorage()
        let w = try StorageFaultTests.fileSession(s)
        _ = w.idle(eager: true)
        s.hardLinked.insert(file)
        try StorageTests.run(w, "objective linked")
        s.fault = (s.calls + n, .fail(EIO))
        let notices = w.idle(eager: true)
        s.fault = nil
        guard s.info(copy).kind == .regular else { return nil }
        return (s, w, notices)
    }

    static func eachLeftCopy(_ body: (MemoryStorage, Workbench, [String]) throws -> Void) throws {
        var cases = 0
        for n in 1...40 {
            guard let (s, w, notices) = try leftCopy(failingAt: n) else { continue }
            cases += 1
            try body(s, w, notices)
        }
        #expect(cases > 0)
    }

    @Test func anUnfinishedInPlaceWriteIsSaidAndReadersTakeItsCopy() throws {
        try Self.eachLeftCopy { (s, w, notices) throws in
            #expect(notices.contains { $0.contains(Self.copy) && $0.contains("hard links") }, "\(notices)")
            #expect(try SessionFile.load(Self.file, storage: s) == w.plan)
        }
    }

    @Test func aLaterRenameWriteLeavesNoCopyToOverrideIt() throws {
        try Self.eachLeftCopy { (s, w, _) throws in
            s.hardLinked.remove(Self.file)
            try StorageTests.run(w, "objective renamed")
            _ = w.idle(eager: true)
            #expect(s.info(Self.copy).kind == .missing)
            #expect(try SessionFile.load(Self.file, storage: s).objective.statement == "renamed")
            w.finish()
            let next = try Workbench(file: Self.file, storage: s)
            #expect(next.plan == w.plan)
        }
    }

    @Test func aCopyOutdatedByAnotherProgramsWriteIsNotTrusted() throws {
        try Self.eachLeftCopy { (s, w, _) throws in
            w.finish()
            // That session is gone; its lock with it.
            s.restart()
            s.hardLinked.remove(Self.file)
            let theirs = Plan(title: "written by another program")
            s.put(Self.file, Array(PlanCodec.encode(theirs).utf8))
            #expect(try SessionFile.load(Self.file, storage: s) == theirs)
            let next = try Workbench(file: Self.file, storage: s)
            #expect(next.plan == theirs)
            #expect(s.info(Self.copy).kind == .missing)
            #expect(try SessionFile.load(Self.file, storage: s) == theirs)
        }
    }

    /// The crash windows of an in-place write: the file still the content the copy replaces, cut
    /// off part way, or whole: each reads as the copy's content.
    @Test func aCopyIsTrustedWhileTheFileIsWhatAnInterruptedRewriteLeaves() throws {
        let old = Array(PlanCodec.encode(Plan(title: "old")).utf8)
        let new = Array(PlanCodec.encode(Plan(title: "new")).utf8)
        let copy = Array((SessionFile.inPlaceHeader + Journal.fingerprint(old) + "\n").utf8) + new
        for file in [old, Array(new.prefix(new.count / 2)), [], new] {
            let s = MemoryStorage()
            s.put(Self.file, file)
            s.put(Self.copy, copy)
            #expect(try SessionFile.load(Self.file, storage: s).title == "new")
            _ = try Workbench(file: Self.file, storage: s)
            #expect(s.files[Self.file] == new)
            #expect(s.info(Self.copy).kind == .missing)
        }
    }

    @Test func aFoldThatFailsAtQuitSaysWhereTheChangesAre() throws {
        for (language, words) in [(Language.english, "next opened"), (.chinese, "下次打开")] {
            let s = MemoryStorage()
            let w = try StorageFaultTests.fileSession(s)
            w.texts = Texts(language)
            s.readOnlyPaths.insert("/w")
            let console = RecordingConsole(["segment add B"])
            _ = Shell(workbench: w, console: console).run()
            #expect(w.leftInJournal)
            let said = console.errors.filter { $0.contains(Self.file + ".journal") }
            #expect(said.count == 1 && said[0].contains(words), "\(console.errors)")
            s.readOnlyPaths.remove("/w")
            let next = try Workbench(file: Self.file, storage: s)
            #expect(next.plan.segments.map(\.name) == ["A", "B"])
        }
    }

    @Test func aFoldThatSucceedsAtQuitSaysNothing() throws {
        let s = MemoryStorage()
        let w = try StorageFaultTests.fileSession(s)
        let console = RecordingConsole(["segment add B"])
        _ = Shell(workbench: w, console: console).run()
        #expect(!w.leftInJournal)
        #expect(console.errors == [])
    }

    @Test func anOutputOntoASessionAnotherCnplanHoldsIsRefused() throws {
        let s = MemoryStorage()
        let theirs = Array(PlanCodec.encode(Plan(title: "theirs")).utf8)
        s.put(Self.file, theirs)
        s.lockedElsewhere.insert(Self.file + ".lock")
        #expect(throws: PlanError.file(path: Self.file, .heldElsewhere)) {
            try SessionFile.save(Plan(title: "merged"), to: Self.file, storage: s)
        }
        let w = Workbench(storage: s)
        try StorageTests.run(w, "title mine")
        #expect(throws: PlanError.file(path: Self.file, .heldElsewhere)) {
            try StorageTests.run(w, "export md \(Self.file)")
        }
        #expect(s.files[Self.file] == theirs)
        s.lockedElsewhere.removeAll()
        try StorageTests.run(w, "export json \(Self.file)")
        #expect(try SessionFile.load(Self.file, storage: s).title == "mine")
        #expect(s.info(Self.file + ".lock").kind == .missing)
    }

    /// A handout is never written over a plan, which it would destroy; a JSON export may be, and a
    /// handout may replace any other file.
    @Test func aHandoutIsNotWrittenOverAPlan() throws {
        let s = MemoryStorage()
        let table = Array(PlanCodec.encode(Plan(title: "table A")).utf8)
        s.put(Self.file, table)
        #expect(throws: PlanError.file(path: Self.file, .holdsAPlan)) {
            try s.writeOutput(Self.file, Array("# handout\n".utf8), handout: true)
        }
        #expect(s.files[Self.file] == table)
        let json = Array(PlanCodec.encode(Plan(title: "table B")).utf8)
        #expect(try s.writeOutput(Self.file, json) == nil)
        #expect(s.files[Self.file] == json)
        s.put(Self.file, Array("notes\n".utf8))
        #expect(try s.writeOutput(Self.file, Array("# handout\n".utf8), handout: true) == nil)
        #expect(s.files[Self.file] == Array("# handout\n".utf8))
    }

    /// Where no lock can be taken, no session can hold the file either: an output is written.
    @Test func anOutputWhereNoLockCanBeTakenIsWritten() throws {
        let s = MemoryStorage()
        try s.makeDirectories(Self.file + ".lock")
        let merged = Array(PlanCodec.encode(Plan(title: "merged")).utf8)
        #expect(try s.writeOutput(Self.file, merged) == nil)
        #expect(s.files[Self.file] == merged)
    }

    @Test func anExportOntoTheSessionOpenHereIsRefused() throws {
        let s = MemoryStorage()
        let w = try StorageFaultTests.fileSession(s)
        #expect(throws: PlanError.file(path: Self.file, .openHere)) {
            try StorageTests.run(w, "export md \(Self.file)")
        }
        w.finish()
        #expect(try SessionFile.load(Self.file, storage: s) == w.plan)
    }
}
