import Foundation
import Testing

/// Breakout groups as a facilitator runs them: three tables' plans made by scripts, collected and
/// merged into the base plan, from the shell and at the prompt.
@Suite struct BreakoutTests {
    static let base = """
        title Repair service
        objective Cut first response time
        segment add Owners
        segment s1 need fast repair
        behaviour add access
        behaviour access value 5
        concept add Repair app
        concept c1 uses access
        """
    /// Overlapping segment names (`owners`, `Young parents` at two tables), a concept whose
    /// segment two tables have, and a need that conflicts with the base's.
    static let tables = [
        "table-a": """
        segment add Young parents
        segment add  owners
        segment s2 need cheap repair
        behaviour add access connect
        concept add Parent forum
        concept c1 segment s1
        concept c1 uses connect
        impact add Forum posts per week
        impact i1 baseline 0
        impact i1 target 50
        impact i1 concept c1
        """,
        "table-b": """
        segment add Retirees
        segment add YOUNG PARENTS
        concept add Senior hotline
        concept c1 segment s1
        concept add Parents' evening
        concept c2 segment s2
        impact add Calls answered by peers
        impact i1 concept c1
        """,
        "table-c": """
        segment add Small shops
        segment s1 role partner
        behaviour add collaborate
        concept add Shop repair corner
        concept c1 segment s1
        concept c1 uses collaborate
        """,
    ]

    /// The base and the tables' plans written by cnplan itself from scripts, and one file that is
    /// not a plan.
    static func room() throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, script) in [("base", base)] + tables.sorted(by: { $0.key < $1.key }) {
            let r = try CLI.run(["\(name).json"], input: script + "\n", directory: dir)
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        try "not a plan, a shopping list\n".write(
            to: dir.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)
        return dir
    }

    static func summary(_ url: URL) throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        func list(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }
        func name(_ key: String, _ field: String, _ id: Any?) -> String {
            (list(key).first { $0["id"] as? String == id as? String }?[field] as? String ?? "-").lowercased()
        }
        return list("segments").map { "segment " + ($0["name"] as! String).lowercased() }
            + list("concepts").map {
                "concept " + ($0["title"] as! String).lowercased() + " for " + name("segments", "name", $0["segment"])
            }
            + list("impacts").map {
                "impact " + ($0["metric"] as! String).lowercased() + " of " + name("concepts", "title", $0["concept"])
            }
            + list("behaviours").map { "behaviour " + ($0["name"] as! String) }
    }

    @Test func mergedInBothOrdersTheResultsHoldTheSameItems() throws {
        let dir = try Self.room()
        let one = try CLI.run(
            ["merge", "base.json", "table-a.json", "table-b.json", "table-c.json", "--output", "one.json"],
            directory: dir)
        let two = try CLI.run(
            ["merge", "base.json", "table-c.json", "table-b.json", "table-a.json", "--output", "two.json"],
            directory: dir)
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
        let a = try Self.summary(dir.appendingPathComponent("one.json"))
        let b = try Self.summary(dir.appendingPathComponent("two.json"))
        #expect(Set(a) == Set(b))
        #expect(a.count == Set(a).count, "every item once: \(a)")
        #expect(
            Set(a).isSuperset(of: [
                "segment owners", "segment young parents", "segment retirees", "segment small shops",
                "concept parent forum for young parents", "concept parents' evening for young parents",
                "concept senior hotline for retirees", "concept shop repair corner for small shops",
                "impact forum posts per week of parent forum", "impact calls answered by peers of senior hotline",
            ]))
        #expect(
            one.stdout.contains(
                "conflict segment s1 (Owners): need here fast repair, there cheap repair; keeps this plan's value"))
        let merged = try CLI.read(dir.appendingPathComponent("one.json"))
        #expect(merged.contains(#""origin": {"#) && merged.contains(#""file": "table-b.json""#))
        // The merged plan is a plan every cnplan reads, and its origins show on the board.
        let shown = try CLI.run(["one.json"], input: "show c3\n", directory: dir)
        #expect(shown.stdout.contains("table-b.json, c1 there"), "\(shown.stdout)")
        let (status, output) = try SchemaTests().validate([dir.appendingPathComponent("one.json").path])
        #expect(status == 0, "\(output)")
    }

    @Test func aFileThatIsNotAPlanStopsTheMergeAndWritesNothing() throws {
        let dir = try Self.room()
        let r = try CLI.run(
            ["merge", "base.json", "table-a.json", "notes.json", "--output", "out.json"], directory: dir)
        #expect(r.status == 2 && r.stderr.contains("notes.json"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
        let prompt = try CLI.run(["base.json"], input: "merge notes.json --yes\n", directory: dir)
        #expect(prompt.status == 1 && prompt.stderr.contains("notes.json"))
    }

    @Test func atThePromptOneUndoRestoresTheBaseByteForByte() throws {
        let dir = try Self.room()
        let before = try Data(contentsOf: dir.appendingPathComponent("base.json"))
        let script = """
            merge table-a.json --yes
            merge table-b.json concepts --yes
            merge table-c.json segments --theirs --yes
            history
            undo
            undo
            undo
            save
            """
        let r = try CLI.run(["base.json"], input: script + "\n", directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("1  merge table-a.json all  (new 4, filled 0, conflicts 1)"), "\(r.stdout)")
        #expect(r.stdout.contains("3  merge table-c.json segments --theirs  (new 1, filled 0, conflicts 0)"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("base.json")) == before)
    }

    @Test func aScriptWithoutYesIsShownThePreviewAndChangesNothing() throws {
        let dir = try Self.room()
        let before = try Data(contentsOf: dir.appendingPathComponent("base.json"))
        let r = try CLI.run(["base.json"], input: "merge table-a.json\n", directory: dir)
        #expect(r.status == 1 && r.stderr.contains("--yes"))
        #expect(
            r.stdout.contains("Merging table-a.json into this plan:")
                && r.stdout.contains("new segment s2 (Young parents) (from s1 there)"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("base.json")) == before)
    }

    /// A table that only disagrees with the base (no new item, nothing to fill) is no table that
    /// "brings nothing new": the room sees each conflict, and `--theirs` takes them.
    @Test func aPlanThatOnlyDisagreesShowsItsConflicts() throws {
        let dir = try Self.room()
        let base = dir.appendingPathComponent("base.json")
        let before = try Data(contentsOf: base)
        let made = try CLI.run(
            ["other.json"], input: Self.base + "\nsegment s1 need cheap repair\nbehaviour access value 3\n",
            directory: dir)
        #expect(made.status == 0, "\(made.stderr)")
        let need = "conflict segment s1 (Owners): need here fast repair, there cheap repair; "
        let value = "conflict behaviour access: value here 5, there 3; "
        let kept = "The plan stays as it is, with its own values; merge with --theirs to take theirs."

        let shell = try CLI.run(["merge", "base.json", "other.json", "--output", "out.json"], directory: dir)
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(!shell.stdout.contains("brings nothing new"), "\(shell.stdout)")
        #expect(shell.stdout.contains(need + "keeps this plan's value") && shell.stdout.contains(value))
        #expect(shell.stdout.contains("new 0, filled 0, conflicts 2\n" + kept))
        #expect(try Data(contentsOf: dir.appendingPathComponent("out.json")) == before)
        let taken = try CLI.run(
            ["merge", "base.json", "other.json", "--output", "theirs.json", "--theirs"], directory: dir)
        #expect(taken.stdout.contains(need + "takes their value") && !taken.stdout.contains(kept))
        #expect(try CLI.read(dir.appendingPathComponent("theirs.json")).contains(#""need": "cheap repair""#))

        // At the prompt: shown without asking (a script need not say --yes to change nothing),
        // then taken as one change.
        let prompt = try CLI.run(
            ["base.json"], input: "merge other.json\nmerge other.json --theirs --yes\nhistory\nshow s1\n",
            directory: dir)
        #expect(prompt.status == 0, "\(prompt.stderr)")
        #expect(prompt.stdout.contains(need + "keeps this plan's value\n") && prompt.stdout.contains(kept))
        #expect(prompt.stdout.contains(need + "takes their value"))
        #expect(prompt.stdout.contains("1  merge other.json all --theirs  (new 0, filled 0, conflicts 2)"))
        #expect(!prompt.stdout.contains("2  merge"), "the first merge changed nothing: \(prompt.stdout)")
        #expect(try CLI.read(base).contains(#""need": "cheap repair""#))

        let zh = try CLI.run(
            ["--lang", "zh", "merge", "theirs.json", "other.json", "--output", "zh.json"], directory: dir)
        #expect(zh.stdout.contains("没有带来新内容"), "the same plan: \(zh.stdout)")
        let chinese = try CLI.run(
            ["--lang", "zh", "merge", "out.json", "other.json", "--output", "zh.json"], directory: dir)
        #expect(
            chinese.stdout.contains("冲突 细分 s1（Owners）：需求 本计划为 fast repair，对方为 cheap repair；保留本计划的值")
                && chinese.stdout.contains("计划保持不变，沿用本计划的值；如要采用对方的值，请加上 --theirs 再合并。"),
            "\(chinese.stdout)")
    }

    @Test func diffSaysWhatDiffersAndExitsLikeDiff() throws {
        let dir = try Self.room()
        #expect(try CLI.run(["diff", "base.json", "base.json"], directory: dir).status == 0)
        let text = try CLI.run(["diff", "base.json", "table-a.json"], directory: dir)
        #expect(text.status == 1)
        #expect(
            text.stdout.contains(
                "~ changed segment s1 (Owners) (s2 there)\n    name: Owners → owners\n"
                    + "    need: fast repair → cheap repair"
            ))
        #expect(text.stdout.contains("+ added segment s1 (Young parents)"))
        let json = try CLI.run(["diff", "base.json", "table-a.json", "--format", "json"], directory: dir)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(json.status == 1 && parsed["same"] as? Bool == false && (parsed["changes"] as? [Any])?.isEmpty == false)
        #expect(try CLI.run(["diff", "base.json", "notes.json"], directory: dir).status == 2)
        #expect(try CLI.run(["diff", "base.json"], directory: dir).status == 2)
        let prompt = try CLI.run(["base.json"], input: "diff table-b.json\n", directory: dir)
        #expect(prompt.stdout.hasPrefix("From base.json to table-b.json:"))
    }

    @Test func inChineseTheRoomReadsChinese() throws {
        let dir = try Self.room()
        let r = try CLI.run(
            ["--lang", "zh", "base.json"], input: "对比 table-a.json\n合并 table-a.json 全部 --yes\n历史\n", directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("从 base.json 到 table-a.json："))
        #expect(r.stdout.contains("将 table-a.json 合并到当前计划："))
        #expect(r.stdout.contains("冲突 细分 s1（Owners）：需求 本计划为 fast repair，对方为 cheap repair；保留本计划的值"), "\(r.stdout)")
        let json = try CLI.run(["--lang", "zh", "diff", "base.json", "base.json"], directory: dir)
        #expect(json.stdout.contains("两个计划完全相同。"))
    }
}
