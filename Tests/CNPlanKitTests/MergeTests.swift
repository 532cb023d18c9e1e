import Foundation
import Testing

@testable import CNPlanCore
@testable import CNPlanKit
@testable import CNPlanTerminal

/// Breakout tables' plans compared and merged: three tables drafted apart, with overlapping
/// segment names, a concept whose segment two tables have, and a conflicting field.
@Suite struct MergeTests {
    static let base = [
        "title Repair service", "objective Cut first response time",
        "segment add Owners", "segment s1 need fast repair",
        "behaviour add access", "behaviour access value 5", "behaviour access effort 2",
        "concept add Repair app", "concept c1 uses access",
    ]
    static let tableA = [
        "segment add Young parents", "segment add  owners ", "segment s2 need cheap repair",
        "segment s2 value genuine parts",
        "behaviour add access connect", "behaviour access value 4",
        "concept add Parent forum", "concept c1 segment s1", "concept c1 uses connect",
        "impact add Forum posts per week", "impact i1 baseline 0", "impact i1 target 50", "impact i1 concept c1",
    ]
    static let tableB = [
        "segment add Retirees", "segment add YOUNG PARENTS", "segment s2 role consumer",
        "behaviour add collaborate", "behaviour collaborate value 3",
        "concept add Senior hotline", "concept c1 segment s1", "concept c1 uses collaborate",
        "concept add parent forum", "concept c2 segment s2", "concept c2 description Parents answer parents",
        "impact add Calls answered by peers", "impact i1 concept c1", "impact i1 baseline 10", "impact i1 target +20%",
        "impact i1 by 2027-06",
    ]

    static func plans() throws -> (Plan, Plan, Plan) {
        (try run(base), try run(tableA), try run(tableB))
    }

    static func merged(_ base: Plan, _ others: [(Plan, String)]) throws -> Plan {
        var p = base
        for (o, name) in others {
            p = try apply(
                .merge(PlanMerge.merge(o, into: p, source: name, parts: Set(PlanMerge.order), theirs: false)), to: p)
        }
        return p
    }

    /// What the plan holds, by names: each segment, each concept with its segment, each impact
    /// with its concept, the behaviours.
    static func items(_ p: Plan) -> [String] {
        p.segments.map { "segment " + $0.name.matchKey }
            + p.concepts.map { "concept \($0.title.matchKey) for \($0.segment.flatMap(p.name).map(\.matchKey) ?? "-")" }
            + p.impacts.map { "impact \($0.metric.matchKey) of \($0.concept.flatMap(p.name).map(\.matchKey) ?? "-")" }
            + p.behaviours.map { "behaviour " + $0.name.rawValue }
    }

    @Test func bothOrdersHoldTheSameItemsEachConceptOnceAndRelinked() throws {
        let (base, a, b) = try Self.plans()
        let ab = try Self.merged(base, [(a, "a.json"), (b, "b.json")])
        let ba = try Self.merged(base, [(b, "b.json"), (a, "a.json")])
        #expect(Set(Self.items(ab)) == Set(Self.items(ba)))
        #expect(Self.items(ab).count == Set(Self.items(ab)).count, "nothing twice: \(Self.items(ab))")
        #expect(ab.concepts.map(\.title.matchKey).sorted() == ["parent forum", "repair app", "senior hotline"])
        #expect(
            Set(Self.items(ab)).isSuperset(of: [
                "concept parent forum for young parents", "concept senior hotline for retirees",
                "impact forum posts per week of parent forum", "impact calls answered by peers of senior hotline",
            ]))
        // This plan's ranking first; the tables' new behaviours follow it.
        #expect(ab.behaviours.first?.name == .access && ab.behaviours.first?.value == 5)
    }

    @Test func newItemsGetNewIdsAndRememberWhereTheyCameFrom() throws {
        let (base, a, _) = try Self.plans()
        let r = PlanMerge.merge(a, into: base, source: "tables/a.json", parts: Set(PlanMerge.order), theirs: false)
        let p = try apply(.merge(r), to: base)
        let parents = try #require(p.segments.first { $0.name == "Young parents" })
        #expect(parents.id == "s2" && parents.origin == Origin(file: "a.json", id: "s1"))
        let forum = try #require(p.concepts.first { $0.title == "Parent forum" })
        #expect(forum.id == "c2" && forum.segment == "s2" && forum.origin == Origin(file: "a.json", id: "c1"))
        #expect(p.impacts.first?.concept == "c2")
        #expect(p.nextIds.segment == 3 && p.nextIds.concept == 3)
        #expect(try Board(plan: p, width: nil, texts: Texts(.english)).show(.item("c2")).contains("a.json, c1 there"))
    }

    @Test func aMatchIsFilledAndItsDifferencesAreConflictsThatKeepOursUnlessTheirs() throws {
        let (base, a, _) = try Self.plans()
        let r = PlanMerge.merge(a, into: base, source: "a.json", parts: Set(PlanMerge.order), theirs: false)
        #expect(r.fills.contains(Assignment(.segment, "s1", "value", .text("genuine parts"))))
        #expect(
            r.conflicts.contains(
                Conflict(.segment, "s1", "need", ours: .text("fast repair"), theirs: .text("cheap repair"))))
        #expect(r.conflicts.contains(Conflict(.behaviour, "access", "value", ours: .score(5), theirs: .score(4))))
        #expect(!r.conflicts.contains { $0.key == "name" }, "the names matched")
        let kept = try apply(.merge(r), to: base)
        #expect(kept.segment("s1")?.need == "fast repair" && kept.choice(.access)?.value == 5)
        let theirs = PlanMerge.merge(a, into: base, source: "a.json", parts: Set(PlanMerge.order), theirs: true)
        let taken = try apply(.merge(theirs), to: base)
        #expect(taken.segment("s1")?.need == "cheap repair" && taken.choice(.access)?.value == 4)
        #expect(taken.behaviours.map(\.name) == [.access, .connect], "the ranking stays this plan's")
    }

    @Test func aPartMergesOnlyItsKindAndKeepsReferencesThatMatch() throws {
        let (base, a, _) = try Self.plans()
        let withParents = try run(["segment add young parents"], on: base)
        let r = PlanMerge.merge(a, into: withParents, source: "a.json", parts: [.concept], theirs: false)
        #expect(r.added.map(\.kind) == [.concept])
        let p = try apply(.merge(r), to: withParents)
        // The concept's segment matched by name; its behaviour is not chosen here, so it is left out.
        #expect(p.concept("c2")?.segment == "s2" && p.concept("c2")?.uses == [])
    }

    /// Each item of theirs is matched against the plan as the merge has made it so far: the same id
    /// and name first, else the first item with the name, the items merged before it among them.
    @Test func eachItemMatchesThePlanSoFarTheSameIdFirst() throws {
        let base = try run(["segment add Owners", "segment add Retirees", "segment add owners"])
        let other = try run([
            "segment add Parents", "segment add parents", "segment s2 need quick answers",
            "segment add  Owners ", "segment s3 need x", "segment add OWNERS", "segment s4 need y",
        ])
        let r = PlanMerge.merge(other, into: base, source: "o.json", parts: [.segment], theirs: false)
        #expect(r.added.map(\.id) == ["s4"])
        #expect(
            r.fills == [
                Assignment(.segment, "s4", "need", .text("quick answers")),
                Assignment(.segment, "s3", "need", .text("x")),
                Assignment(.segment, "s1", "need", .text("y")),
            ])
        #expect(r.conflicts.isEmpty)
    }

    /// The history's line for a merge is a command that merges the same file again, quoted as a
    /// vote's name is.
    @Test func aMergesCommandLineReadsBackToItsFile() throws {
        for file in [
            "a.json", "table a.json", "表A\u{3000}计划.json", "tab\there.json", "'quoted.json", "say \"hi\".json",
        ] {
            let r = MergeResult(source: file, parts: [.concept], theirs: true)
            guard case .merge(let path, let parts, let theirs, _)? = try Parser.parse(r.commandLine) else {
                Issue.record("not a merge: \(r.commandLine)")
                continue
            }
            #expect(path == file && parts == [.concept] && theirs, "\(r.commandLine)")
        }
        #expect(
            MergeResult(source: "table a.json", parts: [.concept], theirs: false).commandLine
                == "merge \"table a.json\" concepts")
    }

    @Test func mergingTheSameTableTwiceChangesNothing() throws {
        let (base, a, _) = try Self.plans()
        let once = try Self.merged(base, [(a, "a.json")])
        #expect(PlanMerge.merge(a, into: once, source: "a.json", parts: Set(PlanMerge.order), theirs: false).isEmpty)
    }

    @Test func aMergeSurvivesTheJournalsEncoding() throws {
        let (base, a, b) = try Self.plans()
        for theirs in [false, true] {
            let edit = Edit.merge(
                PlanMerge.merge(
                    a, into: try Self.merged(base, [(b, "b.json")]), source: "my \"a\".json",
                    parts: Set(PlanMerge.order), theirs: theirs))
            #expect(try EditCodec.decode(EditCodec.encode(edit)) == edit)
        }
    }

    @Test func originsAreKeptInTheFileAndOldFilesLoadUnchanged() throws {
        let (base, a, _) = try Self.plans()
        let p = try Self.merged(base, [(a, "a.json")])
        let text = PlanCodec.encode(p)
        #expect(text.contains("\"origin\": {"))
        #expect(try PlanCodec.decode(try JSONParser.parse(Array(text.utf8))) == p)
        let old = PlanCodec.encode(base)
        #expect(!old.contains("origin"))
        #expect(PlanCodec.encode(try PlanCodec.decode(try JSONParser.parse(Array(old.utf8)))) == old)
    }

    @Test func oneUndoRestoresTheBaseByteForByteWhenSaved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnplan-merge-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (base, a, b) = try Self.plans()
        let path = dir.appendingPathComponent("base.json").path
        try SessionFile.save(base, to: path)
        try SessionFile.save(a, to: dir.appendingPathComponent("a.json").path)
        try SessionFile.save(b, to: dir.appendingPathComponent("b.json").path)
        let saved = try Data(contentsOf: URL(fileURLWithPath: path))
        let w = try Workbench(file: path)
        _ = try w.run(
            .merge(
                path: dir.appendingPathComponent("a.json").path, parts: Set(PlanMerge.order), theirs: false, yes: true),
            line: "merge a.json --yes")
        _ = try w.run(
            .merge(path: dir.appendingPathComponent("b.json").path, parts: [.segment], theirs: true, yes: true),
            line: "merge b.json segments --theirs --yes")
        #expect(w.history.count == 2)
        #expect(
            w.history[1].hasPrefix("merge ")
                && w.history[1].contains("segments --theirs  (new 1, filled 1, conflicts 0)"))
        _ = try w.run(.undo, line: "undo")
        _ = try w.run(.undo, line: "undo")
        _ = try w.run(.save(path: nil, force: false), line: "save")
        w.finish()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == saved)
    }

    @Test func aScriptMustSayYesAndAPersonIsAsked() throws {
        let (base, a, _) = try Self.plans()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnplan-ask-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = dir.appendingPathComponent("a.json").path
        try SessionFile.save(a, to: other)
        let script = RecordingConsole(["merge \(other)"])
        let s1 = Shell(workbench: Workbench(plan: base), console: script)
        _ = s1.run()
        #expect(s1.workbench.plan == base && script.errors.count == 1 && script.out.first?.contains("new 4") == true)
        for (answer, changes) in [("n", false), ("y", true), ("是", true)] {
            let person = RecordingConsole(["merge \(other)", answer])
            person.interactive = true
            let s = Shell(workbench: Workbench(plan: base), console: person)
            _ = s.run()
            #expect((s.workbench.plan != base) == changes, "\(answer)")
        }
        // The plan the preview worked out is the one kept: as `--yes` makes it, its history too.
        let person = RecordingConsole(["merge \(other)", "y"])
        person.interactive = true
        let asked = Shell(workbench: Workbench(plan: base), console: person)
        _ = asked.run()
        let told = Workbench(plan: base)
        let reply = try told.run(
            .merge(path: other, parts: Set(PlanMerge.order), theirs: false, yes: true), line: "merge \(other) --yes")
        #expect(asked.workbench.plan == told.plan && asked.workbench.history == told.history)
        #expect(person.out.contains(reply.output))
    }

    /// A preview kept while the plan changed is not the plan the merge leads to any more.
    @Test func aPreviewOfAnEarlierPlanIsAppliedAgain() throws {
        let (base, a, _) = try Self.plans()
        let w = Workbench(plan: base)
        let shown = try w.preview(PlanMerge.merge(a, into: base, source: "a.json", parts: [.segment], theirs: false))
        _ = try w.run(.edit(.set(.plan, id: "", field: "title", value: .text("Changed"))), line: "title Changed")
        _ = try w.merge(shown)
        #expect(w.plan.title == "Changed" && w.plan.segments.count == 2)
    }

    @Test func diffComparesEveryFieldOfEveryKind() throws {
        let (base, a, _) = try Self.plans()
        #expect(PlanDiff(from: base, to: base).isEmpty)
        for kind in [ItemKind.segment, .concept] {
            for f in kind.fields where f.type == .text {
                let changed = try run(
                    ["\(kind.rawValue) \(kind == .segment ? "s1" : "c1") \(f.word) something else"], on: base)
                let d = PlanDiff(from: base, to: changed)
                #expect(d.items.count == 1 && d.items[0].fields.map(\.field.key) == [f.key], "\(f.key)")
            }
        }
        let d = PlanDiff(from: base, to: a)
        // Owners matched `owners` by name (s2 there); Young parents is new.
        #expect(d.items.contains { $0.change == .changed && $0.id == "s1" && $0.otherId == "s2" })
        #expect(d.items.contains { $0.change == .added && $0.kind == .segment && $0.name == "Young parents" })
        #expect(d.items.contains { $0.change == .removed && $0.kind == .concept && $0.name == "Repair app" })
        for language in Language.all {
            let text = DiffText(texts: Texts(language)).text(d, from: base, to: a, names: ("base.json", "a.json"))
            #expect(!text.contains("{"))
        }
        let json = DiffText.json(d, names: ("base.json", "a.json"))
        #expect(try JSONParser.parse(Array(json.utf8))["same"] == .bool(false))
    }

    @Test func theCommandsParseInBothLanguages() throws {
        #expect(
            try Parser.parse("merge a.json concepts --theirs --yes")
                == .merge(path: "a.json", parts: [.concept], theirs: true, yes: true))
        #expect(
            try Parser.parse("合并 \"table a.json\" 全部")
                == .merge(path: "table a.json", parts: Set(PlanMerge.order), theirs: false, yes: false))
        #expect(try Parser.parse("对比 a.json") == .diff(path: "a.json"))
        #expect(throws: PlanError.self) { try Parser.parse("merge a.json everything") }
        #expect(throws: PlanError.self) { try Parser.parse("diff") }
    }

    @Test func tabCompletesWhatMergeTakes() {
        #expect(Completer(plan: Plan()).complete("merge a.json con") == .init(insert: "cepts ", candidates: []))
        #expect(Completer(plan: Plan()).complete("merge a.json --t") == .init(insert: "heirs ", candidates: []))
    }
}
