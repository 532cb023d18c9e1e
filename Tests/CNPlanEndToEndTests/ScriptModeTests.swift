import Foundation
import Testing

@Suite struct ScriptModeTests {
    let script = try! CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.cnplan"))

    @Test func aWorkshopScriptExportsExactlyWhatWasTyped() throws {
        // The workshop's date is its first change's day: fixed, as for the example.
        let r = try CLI.run([], input: script + "export json\n", environment: ["CNPLAN_TODAY": "2026-11-23"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let expected = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.json"))
        let json = String(
            r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .drop { !$0.hasPrefix("{") }.joined(separator: "\n"))
        #expect(json == expected)
        // What was typed, spot-checked: Chinese, quotes, ranks changed twice, a removed segment, a relative target.
        #expect(json.contains(#""title": "维修服务：Repair in hours, not days""#))
        #expect(json.contains(#""name": "Out-of-warranty owners who call the hotline""#))
        #expect(!json.contains("Independent repair shops"))
        #expect(json.contains(#""target": 4.8"#) && json.contains(#""targetRelative": "-90%""#))
    }

    static let notSaved =
        "the plan was not saved: it has no file; use `cnplan FILE < SCRIPT`, or end the script with `save FILE`"

    @Test func addPrintsTheNewId() throws {
        let r = try CLI.run([], input: "segment add A\nsegment add B\nsegment remove s2\nsegment add C\n")
        #expect(r.stdout == "s1 added: A\ns2 added: B\ns3 added: C\n")
    }

    /// A handout written onto the session itself, even one started on a new file, is refused as
    /// the plan open here; one onto another table's plan is refused, and that plan kept.
    @Test func aHandoutOverAPlanIsRefused() throws {
        let dir = try CLI.temporaryDirectory()
        let own = try CLI.run(["plan.json"], input: "title Ours\nexport md plan.json\n", directory: dir)
        #expect(own.stderr.contains("plan.json: is the plan open here"), "\(own.stderr)")
        let table = try CLI.run(["table.json"], input: "title Table A\n", directory: dir)
        #expect(table.status == 0)
        let before = try CLI.read(dir.appendingPathComponent("table.json"))
        let cli = try CLI.run(["export", "plan.json", "--format", "md", "--output", "table.json"], directory: dir)
        #expect(cli.status == 2)
        #expect(cli.stderr.contains("table.json: holds a plan"), "\(cli.stderr)")
        let prompt = try CLI.run(["plan.json"], input: "export md --output table.json\n", directory: dir)
        #expect(prompt.stderr.contains("table.json: holds a plan"), "\(prompt.stderr)")
        #expect(try CLI.read(dir.appendingPathComponent("table.json")) == before)
    }

    /// A session leaves its plan and nothing else beside it: its journal folded in, its lock file
    /// removed, whether the script ends, quits or stops at a failure.
    @Test(arguments: ["", "quit\n", "nonsense\n"])
    func aScriptLeavesOnlyItsPlanBehind(ending: String) throws {
        let dir = try CLI.temporaryDirectory()
        let run = try CLI.run(
            ["--bail", "plan.json"], input: "title Kept\nsegment add Owners\n" + ending, directory: dir)
        #expect(run.status == (ending == "nonsense\n" ? 1 : 0))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["plan.json"])
        #expect(try CLI.read(dir.appendingPathComponent("plan.json")).contains("Owners"))
    }

    /// A script without a file keeps its plan nowhere: changes neither saved nor exported are
    /// named as lost at its end, in the session's language; exported or saved, nothing is said.
    @Test func aScriptWithoutAFileSaysItsChangesWereNotSaved() throws {
        let lost = try CLI.run([], input: "title Lost\nsegment add A\n")
        #expect(lost.status == 0)
        #expect(lost.stderr == "cnplan: " + Self.notSaved + "\n")
        let chinese = try CLI.run(["--lang", "zh"], input: "title Lost\n")
        #expect(chinese.stderr.hasPrefix("cnplan: 计划没有保存"))
        let exported = try CLI.run([], input: "title Kept\nexport json\n")
        #expect(exported.stderr == "")
        let changedAfter = try CLI.run([], input: "title Kept\nexport json\ntitle Changed\n")
        #expect(changedAfter.stderr.contains("the plan was not saved"))
        // A change undone leaves nothing to lose; a plan started with `new` in a session with a
        // file has no file of its own, and is named so.
        #expect(try CLI.run([], input: "title X\nundo\n").stderr == "")
        let dirNew = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dirNew, withIntermediateDirectories: true)
        let started = try CLI.run(["a.json"], input: "title A\nnew B\ntitle BB\n", directory: dirNew)
        #expect(started.stderr == "cnplan: " + Self.notSaved + "\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let saved = try CLI.run([], input: "title Kept\nsave \(dir)/kept.json\n")
        #expect(saved.stderr == "")
        #expect(FileManager.default.fileExists(atPath: dir + "/kept.json"))
        let nothing = try CLI.run([], input: "help\n")
        #expect(nothing.stderr == "")
    }

    static let mistakes = """
        title Clinic
        segmnt add Patients
        segment add Patients
        segment s1 role patient
        segment s9 why nobody
        behaviour add acces
        behaviour add access
        behaviour access value 7
        concept add App
        concept c1 uses collaborate
        impact add Wait time
        impact i1 target -50%
        impact i1 by 2027-13-01
        segment remove s1
        frobnicate
        export json
        """

    @Test func aScriptFullOfMistakesReportsEveryOneAndKeepsThePlan() throws {
        let r = try CLI.run([], input: Self.mistakes)
        #expect(r.status == 1)
        let roles =
            #"line 4: unknown role "patient"; roles are consumer, "#
            + #"partner, investor, media, government, employee, other"#
        let behaviours =
            #"line 6: unknown behaviour "acces"; "#
            + #"the five are access, engage, customize, connect, collaborate; did you mean "access"?"#
        let expected: [String] = [
            #"line 2: unknown command "segmnt"; did you mean "segment"?"#,
            roles,
            "line 5: no segment s9; the plan has s1",
            behaviours,
            #"line 8: value must be a whole number from 1 to 5, not "7""#,
            "line 10: behaviour collaborate is not chosen; choose it first: behaviour add collaborate",
            "line 12: a relative target needs a baseline; set it first: impact i1 baseline NUMBER",
            #"line 13: "2027-13-01" is not a date; use YYYY-MM-DD or YYYY-MM, e.g. 2027-06-30"#,
            "line 14: cannot remove segment s1: concept c1 (App) refers to it",
            #"line 15: unknown command "frobnicate"; type help for the list"#,
        ]
        #expect(r.stderr.split(separator: "\n").map(String.init) == expected)
        let clean = try CLI.run(
            [],
            input: "title Clinic\nsegment add Patients\nbehaviour add access\nconcept add App\n"
                + "impact add Wait time\nexport json\n"
        )
        #expect(r.stdout == clean.stdout)
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let r = try CLI.run(["--bail"], input: Self.mistakes)
        #expect(r.status == 1)
        // The title it set is not kept anywhere, and it says so.
        #expect(
            r.stderr == "line 2: unknown command \"segmnt\"; did you mean \"segment\"?\n"
                + "cnplan: " + Self.notSaved + "\n"
        )
        #expect(r.stdout == "")
    }

    @Test func noPromptNoColourInScriptMode() throws {
        let r = try CLI.run([], input: "status\nbogus\n", environment: ["TERM": "xterm-256color"])
        #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}"))
        #expect(!r.stdout.contains("> "))
    }

    @Test func helpForEveryCommand() throws {
        for command in [
            "title", "objective", "data-goal", "segment", "behaviour", "concept", "impact", "guide", "status",
            "show", "check", "undo", "redo", "history", "new", "open", "save", "export", "help", "quit",
        ] {
            let r = try CLI.run([], input: "help \(command)\n")
            #expect(r.status == 0)
            #expect(r.stdout.contains("example:"), "help \(command)")
        }
    }

    @Test func undoRedoAndHistoryFromAScript() throws {
        let r = try CLI.run([], input: "title A\ntitle B\nundo\ntitle\nredo\ntitle\nhistory\n")
        #expect(r.stdout == "A\nB\n1  title A\n2  title B\n")
    }
}
