import Testing

@testable import CNPlanCore
@testable import CNPlanTerminal

/// The parser, `help` and Tab completion are all derived from the command table and the fields'
/// definitions; these tests hold the derivation to that for every word, so a new command or field
/// cannot miss one of them.
@Suite struct CommandTableTests {
    let plan = try! run(["segment add A", "behaviour add access", "concept add App", "impact add Time"])

    @Test(arguments: CommandTable.all.map(\.word))
    func everyCommandParsesHasHelpAndCompletes(word: String) throws {
        let spec = CommandTable.spec(for: word)!
        // Each usage line, with its placeholders filled, parses to a command.
        for usage in spec.usage {
            let line = Self.example(usage)
            #expect(throws: Never.self, "\(line)") { try Parser.parse(line) }
        }
        let help = try Help.text(for: word, texts: en)
        #expect(help.hasPrefix(spec.usage[0]))
        #expect(!help.contains("command.\(word)"), "a catalog key shows instead of its text")
        #expect(Completer(plan: plan).candidates(after: [], current: "").contains(word))
        // Words in every language reach the same command.
        for w in spec.words { #expect(CommandTable.spec(for: w)?.word == word, "\(w)") }
    }

    @Test(arguments: ItemKind.allCases.filter { $0 != .plan })
    func everyFieldIsTypedCompletedAndListed(kind: ItemKind) throws {
        let id = plan.ids(of: kind)[0]
        for f in kind.fields {
            let line = "\(kind.rawValue) \(id) \(f.word) " + Self.value(f.type)
            guard case .edit(let edit)? = try Parser.parse(line) else {
                Issue.record("not an edit: \(line)")
                continue
            }
            if case .set(_, _, let key, _) = edit { #expect(key == f.key) } else { Issue.record("\(edit)") }
            #expect(Completer(plan: plan).candidates(after: [kind.rawValue, id], current: "").contains(f.word))
            #expect(Usage.lines(kind).contains { $0.contains(f.word) }, "help lists \(f.word)")
        }
    }

    /// A usage line with each placeholder replaced by a value that fits.
    static func example(_ usage: String) -> String {
        // The first of alternative forms (`quit | exit`), without optional parts (`[ID|step N]`).
        var form = usage.components(separatedBy: " | ")[0]
        while let open = form.firstIndex(of: "["), let close = form[open...].firstIndex(of: "]") {
            form.removeSubrange(open...close)
        }
        return form.split(separator: " ").compactMap { word -> String? in
            let w = String(word)
            let first = w.split(separator: "|").first.map(String.init) ?? w
            switch first {
            case "ID": return usage.hasPrefix("segment") ? "s1" : usage.hasPrefix("concept") ? "c1" : "i1"
            case "SID": return "s1"
            case "CID": return "c1"
            case "NAME", "NAME...": return "access"
            case "TEXT", "TITLE", "METRIC", "FILE": return "x"
            case "NUMBER": return "4"
            case "1-5": return "3"
            case "YYYY-MM-DD": return "2027-06-30"
            case "ROLE": return "consumer"
            case "N", "STEP": return "2"
            case "DURATION": return "7m"
            case "ITEM", "ITEM...": return "c1"
            case "PERSON": return "Wang"
            default:
                // A fixed list's name stands for one of its values: `FORM`, `AREA...`.
                let fields = ItemKind.allCases.flatMap(\.fields)
                let fitting = fields.first { Usage.placeholder($0.type) == first }
                return fitting.map { Self.value($0.type) } ?? first
            }
        }.joined(separator: " ")
    }

    static func value(_ type: FieldKind) -> String {
        switch type {
        case .text, .name: "x"
        case .score: "3"
        case .number, .target: "4"
        case .date: "2027-06"
        case .reference(let kind): kind == .segment ? "s1" : "c1"
        case .behaviours: "access"
        case .choice(let c): c.values[0]
        case .choices(let c): c.values.prefix(2).joined(separator: " ")
        case .names: "Wang Wei, Li Na"
        }
    }
}
