import Foundation
import Testing

/// The whole workbench in Chinese, at a real terminal: a guided workshop answered in Chinese
/// (Chinese yes and no, full-width numbers, Chinese dates) shows not one English sentence, and
/// `lang en` switches the same session to English at once.
@Suite struct ChineseWorkbenchTests {
    /// Three or more English words in a row: an English sentence.
    static let englishSentence = try! NSRegularExpression(pattern: #"[A-Za-z]{2,}[,.;:]?( [A-Za-z]{2,}[,.;:]?){2,}"#)

    /// A line of command syntax: a command word first, after the number `history` puts before it.
    static let commandLine = try! NSRegularExpression(pattern: #"^\s*(\d+\s+)?(\S+)"#)

    /// Lines of the transcript that hold an English sentence, except lines of command syntax (the
    /// usage lines of `help`, the commands `history` lists), which read the same in every language.
    static func englishLines(_ lines: [String]) -> [String] {
        let words = Set(CommandTableWords.all)
        return lines.filter { line in
            let range = NSRange(line.startIndex..., in: line)
            guard englishSentence.firstMatch(in: line, range: range) != nil else { return false }
            guard let m = commandLine.firstMatch(in: line, range: range), let r = Range(m.range(at: 2), in: line) else {
                return true
            }
            return !words.contains(String(line[r]))
        }
    }

    @Test func aGuidedWorkshopInChineseShowsNoEnglishSentence() throws {
        let answers = try CLI.read(CLI.root.appendingPathComponent("examples/hospital-follow-up-zh.answers"))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let t = try TmuxSession(
            arguments: ["plan.json"], environment: ["LANG=zh_CN.UTF-8", "CNPLAN_TODAY=2026-11-23"],
            width: 100, ready: "输入 guide")
        // Every line is an answer; an empty one skips its question, as Enter does. Each waits for
        // its question's prompt (a row more), the last for the command prompt after the guide.
        let lines = Array(answers.dropLast(answers.last == "" ? 1 : 0))
        for (n, line) in lines.enumerated() {
            try t.enter(line, until: n == lines.count - 1 ? "]>" : "回答>")
        }
        try t.waitFor("引导结束")
        for command in ["status", "check", "show c1", "help", "history", "export md 讲义.md"] {
            try t.type(command)
            try t.send("Enter")
            try t.waitForLastLine(endingWith: "]>")
        }
        let english = Self.englishLines(try t.transcript())
        #expect(english.isEmpty, "English on a Chinese screen:\n\(english.joined(separator: "\n"))")
        let handout = try CLI.read(t.home.appendingPathComponent("讲义.md"))
        #expect(handout.contains("## 目标") && handout.contains("## 影响"))
        #expect(handout.contains("2027年9月30日"))
        // What was answered with full-width digits and Chinese dates is stored canonically.
        let json = try CLI.run(["export", t.home.appendingPathComponent("plan.json").path]).stdout
        #expect(json.contains(#""baseline": 62"#))
        #expect(json.contains(#""by": "2027-09-30""#))
        #expect(json.contains(#""targetRelative": "+100%""#))
        #expect(json.contains(#""language": "zh""#))

        // `lang en` switches the same session at once.
        try t.type("lang en")
        try t.send("Enter")
        try t.type("status")
        try t.send("Enter")
        try t.waitFor("1/5 objective")
        try t.waitFor("[done]>")
    }

    @Test func theSameFileReadsTheSameInBothLanguages() throws {
        let file = CLI.root.appendingPathComponent("examples/bank-branch-zh.json").path
        let zh = try CLI.run(["export", file, "--lang", "zh"])
        let en = try CLI.run(["export", file, "--lang", "en"])
        #expect(zh.status == 0 && en.status == 0)
        #expect(zh.stdout == en.stdout)
        #expect(zh.stdout == (try CLI.read(URL(fileURLWithPath: file))))
        // The handout speaks the plan's language unless --lang says otherwise.
        let md = try CLI.run(["export", file, "--format", "md"])
        #expect(md.stdout.contains("## 目标"))
        let mdEnglish = try CLI.run(["export", file, "--format", "md", "--lang", "en"])
        #expect(mdEnglish.stdout.contains("## Objective"))
    }

    @Test func theLanguageComesFromTheFlagTheVariableOrTheLocale() throws {
        for (args, env, chinese) in [
            (["--lang", "zh"], [:], true), ([], ["CNPLAN_LANG": "zh"], true), ([], ["LANG": "zh_CN.UTF-8"], true),
            ([], ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_GB.UTF-8"], true), ([], ["LANG": "en_GB.UTF-8"], false),
            (["--lang", "en"], ["CNPLAN_LANG": "zh"], false),
        ] as [([String], [String: String], Bool)] {
            let r = try CLI.run(args + ["--help"], environment: env)
            #expect(r.stdout.hasPrefix("用法") == chinese, "\(args) \(env)")
        }
    }
}

/// The command words, as the end-to-end tests see them: from `help` in English.
enum CommandTableWords {
    static let all: [String] = {
        let help = (try? CLI.run(["--lang", "en"], input: "help\n").stdout) ?? ""
        return help.split(separator: "\n").compactMap { line in
            line.hasPrefix("  ") ? line.split(separator: " ").first.map(String.init) : nil
        }
    }()
}

/// A plan made in English keeps English handouts when a Chinese session exports it.
@Suite struct HandoutLanguageTests {
    @Test func anEnglishPlanExportedFromAChineseSessionStaysEnglish() throws {
        let file = CLI.root.appendingPathComponent("examples/appliance-repair.json").path
        let cli = try CLI.run(["export", file, "--format", "md"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(cli.stdout.contains("## Objective"))
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(atPath: file, toPath: dir.appendingPathComponent("plan.json").path)
        let r = try CLI.run(
            ["plan.json"], input: "行为 排序 联结 接入\nexport md\n", directory: dir, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(r.stdout.contains("## Objective"), "\(r.stdout.prefix(300))")
        #expect(!(try CLI.read(dir.appendingPathComponent("plan.json"))).contains(#""language""#))
    }
}
