/// One command word of the language: the word, the other words accepted for it, its usage
/// lines and how its arguments are read. Its summary and examples are catalog entries
/// (`command.WORD.summary`, `command.WORD.example`), its words in other languages too
/// (`command.WORD.words`). The parser, Tab completion and `help` all read this table.
public struct CommandSpec: Sendable {
    public let word: String
    public let aliases: [String]
    public let usage: [String]
    /// The item kind the command works on, for commands that are a kind's word.
    public let kind: ItemKind?
    let parse: @Sendable (inout Tokenizer) throws(PlanError) -> Command

    /// Every word accepted for it, in any language.
    public var words: [String] { [word] + aliases + Vocabulary.words("command.\(word).words") }
}

/// The table of every command.
public enum CommandTable {
    public static let all: [CommandSpec] =
        Plan.fields.map(planField)
        + [ItemKind.segment, .behaviour, .concept, .impact].map(item)
        + [
            CommandSpec(word: "guide", aliases: [], usage: ["guide", "guide step N"], kind: nil, parse: Parser.guide),
            simple("status", .status),
            CommandSpec(word: "show", aliases: [], usage: ["show [ID|NAME|step N|all]"], kind: nil, parse: Parser.show),
            simple("check", .check),
            simple("progress", .progress),
            simple("undo", .undo),
            simple("redo", .redo),
            simple("history", .history),
            CommandSpec(word: "new", aliases: [], usage: ["new [TITLE]"], kind: nil) { t in .new(title: t.rest()) },
            CommandSpec(word: "open", aliases: [], usage: ["open FILE"], kind: nil) { (t) throws(PlanError) in
                guard let path = t.rest() else { throw .missingArgument(.fileName, usage: "open FILE") }
                return .open(path: path)
            },
            CommandSpec(word: "save", aliases: [], usage: ["save [--force] [FILE]"], kind: nil, parse: Parser.save),
            CommandSpec(
                word: "export", aliases: [],
                usage: [
                    "export " + ExportFormat.allCases.map(\.rawValue).joined(separator: "|")
                        + " [FILE]"
                ], kind: nil, parse: Parser.export),
            CommandSpec(word: "diff", aliases: ["compare"], usage: ["diff FILE"], kind: nil, parse: Parser.diff),
            CommandSpec(
                word: "merge", aliases: [], usage: ["merge FILE [PART] [--yes]", Parser.mergeUsage], kind: nil,
                parse: Parser.merge),
            CommandSpec(
                word: "timer", aliases: ["timebox"],
                usage: ["timer DURATION [LABEL]", "timer [stop]", Parser.timerDefaultsUsage],
                kind: nil, parse: Parser.timer),
            CommandSpec(
                word: "lang", aliases: ["language"],
                usage: ["lang [" + Language.all.map(\.code).joined(separator: "|") + "]"],
                kind: nil
            ) { t in .lang(t.rest()) },
            CommandSpec(word: "help", aliases: ["?"], usage: ["help [COMMAND|TOPIC]"], kind: nil) { t in
                .help(topic: t.rest())
            },
            simple("quit", .quit, aliases: ["exit"]),
            CommandSpec(
                word: "matrix", aliases: [], usage: ["matrix", "matrix behaviours|concepts"], kind: nil,
                parse: Parser.matrix),
            CommandSpec(word: "vote", aliases: [], usage: VoteParser.usage, kind: nil, parse: VoteParser.parse),
        ]

    /// The command for a word the user typed (any case, any language), or nil.
    public static func spec(for word: String) -> CommandSpec? {
        let w = word.lowercased()
        return byWord[w]
    }

    /// Canonical command words, in table order.
    public static var words: [String] { all.map(\.word) }

    /// Every command word in every language, the canonical ones first: what a mistyped one is near.
    static var allWords: [String] { Vocabulary.unique(words + all.flatMap(\.words)) }

    private static let byWord: [String: CommandSpec] = {
        var map: [String: CommandSpec] = [:]
        for spec in all { for w in spec.words { map[w.lowercased()] = map[w.lowercased()] ?? spec } }
        return map
    }()

    private static func simple(_ word: String, _ command: Command, aliases: [String] = []) -> CommandSpec {
        CommandSpec(word: word, aliases: aliases, usage: [([word] + aliases).joined(separator: " | ")], kind: nil) {
            (t) throws(PlanError) in
            try Parser.end(&t, word)
            return command
        }
    }

    private static func planField(_ field: Field<Plan>) -> CommandSpec {
        let f = field.info
        let usage = "\(f.word) [\(Usage.placeholder(f.type))]"
        return CommandSpec(word: f.word, aliases: f.aliases, usage: [usage], kind: nil) { (t) throws(PlanError) in
            // Text is the rest of the line; a date or a list of names is read as its field's value.
            if f.type != .text, try t.peek() != nil {
                return .edit(.set(.plan, id: "", field: f.key, value: try Parser.value(f, &t)))
            }
            guard let text = t.rest() else { return .showField(f.key) }
            return .edit(.set(.plan, id: "", field: f.key, value: text.isEmpty ? nil : .text(text)))
        }
    }

    private static func item(_ kind: ItemKind) -> CommandSpec {
        let word = kind.rawValue
        let aliases: [String] = kind == .behaviour ? ["behavior", "behaviours", "behaviors"] : [word + "s"]
        // An impact's check-ins are a list beside its fields, with their own forms.
        let usage = Usage.lines(kind) + (kind == .impact ? [CheckInSyntax.usage, CheckInSyntax.removeUsage] : [])
        return CommandSpec(word: word, aliases: aliases, usage: usage, kind: kind) { (t) throws(PlanError) in
            try Parser.item(kind, &t)
        }
    }
}

/// The usage lines of the item commands, derived from the fields.
public enum Usage {
    /// What a value of a field looks like in a usage line.
    public static func placeholder(_ type: FieldKind) -> String {
        switch type {
        case .text, .name: "TEXT"
        case .score: "1-5"
        case .number: "NUMBER"
        case .target: "NUMBER|+N%|-N%"
        case .date: "YYYY-MM-DD|YYYY-MM"
        case .reference(let kind): String(kind.idPrefix ?? "x").uppercased() + "ID"
        case .behaviours: "NAME..."
        case .choice(let c): c.name.uppercased()
        case .choices(let c): c.name.uppercased() + "..."
        case .names: "NAMES"
        }
    }

    /// `segment ID need TEXT`: the one line that fits a field.
    public static func line(_ field: FieldInfo) -> String {
        "\(field.kind.rawValue) \(field.kind == .behaviour ? "NAME" : "ID") \(field.word) \(placeholder(field.type))"
    }

    /// Every form of an item command; fields with the same kind of value share a line.
    public static func lines(_ kind: ItemKind) -> [String] {
        let word = kind.rawValue
        let item = kind == .behaviour ? "NAME" : "ID"
        var lines = [
            kind == .behaviour ? "\(word) add NAME..." : "\(word) add " + (kind.nameField?.key.uppercased() ?? "TEXT")
        ]
        var groups: [(String, [String])] = []
        for f in kind.fields {
            let p = placeholder(f.type)
            if let i = groups.firstIndex(where: { $0.0 == p }) {
                groups[i].1.append(f.word)
            } else {
                groups.append((p, [f.word]))
            }
        }
        lines += groups.map { "\(word) \(item) \($0.1.joined(separator: "|")) \($0.0)" }
        if kind == .behaviour { lines.append("\(word) rank NAME...") }
        lines += ["\(word) remove \(item)", "\(word) \(item)", "\(word) [list]"]
        return lines
    }
}
