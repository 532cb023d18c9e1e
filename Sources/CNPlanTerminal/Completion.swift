import CNPlanCore
import CNPlanKit

/// Tab completion from the grammar and the plan: command words, sub-commands, fields,
/// behaviour names, roles, the plan's ids, topics and file names.
public struct Completer {
    public var plan: Plan

    public init(plan: Plan) { self.plan = plan }

    /// What Tab does: text to insert at the cursor, and candidates to list when it is ambiguous.
    public struct Result: Equatable {
        public var insert: String
        public var candidates: [String]
    }

    public func complete(_ beforeCursor: String) -> Result {
        var words = beforeCursor.split(whereSeparator: \.isWhitespace).map(String.init)
        let current = (beforeCursor.last.map(\.isWhitespace) ?? true) ? "" : (words.popLast() ?? "")
        let options = candidates(after: words, current: current)
        let matching = options.filter { $0.lowercased().hasPrefix(current.lowercased()) }
        guard !matching.isEmpty else { return Result(insert: "", candidates: []) }
        if matching.count == 1 {
            let only = matching[0]
            let rest = String(only.dropFirst(current.count))
            return Result(insert: rest + (only.hasSuffix("/") ? "" : " "), candidates: [])
        }
        let common = Completer.commonPrefix(matching)
        if common.count > current.count {
            return Result(insert: String(common.dropFirst(current.count)), candidates: [])
        }
        return Result(insert: "", candidates: matching)
    }

    static func commonPrefix(_ items: [String]) -> String {
        guard var prefix = items.first.map(Array.init) else { return "" }
        for item in items.dropFirst() {
            let chars = Array(item)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }

    /// What may come next, from the command table and the fields' definitions.
    func candidates(after words: [String], current: String) -> [String] {
        guard let first = words.first else {
            let slash = current.hasPrefix("/") ? "/" : ""
            // Words in the language being typed: Chinese words only once a Chinese character is typed.
            let all = CommandTable.all.flatMap { spec in
                current.unicodeScalars.first.map { $0.isASCII } ?? true ? [spec.word] : spec.words
            }
            return all.map { slash + $0 } + (slash.isEmpty ? [] : ["/back", "/skip", "/stop"])
        }
        var command = first
        if command.hasPrefix("/") { command.removeFirst() }
        guard let spec = CommandTable.spec(for: command) else { return [] }
        let position = words.count
        if let kind = spec.kind { return item(kind, words, position, current) }
        switch spec.word {
        case "show":
            if position == 1 {
                return ["all", "step"] + plan.segments.map(\.id) + plan.behaviours.map(\.name.rawValue)
                    + plan.concepts.map(\.id)
                    + plan.impacts.map(\.id)
            }
            if position == 2, words[1].lowercased() == "step" { return ["1", "2", "3", "4", "5"] }
        case "guide":
            if position == 1 { return ["step"] }
            if position == 2, words[1].lowercased() == "step" { return ["1", "2", "3", "4", "5"] }
        case "export":
            if position == 1 { return ExportFormat.allCases.map(\.rawValue) }
            if position == 2 { return files(current) }
        case "open":
            if position == 1 { return files(current) }
        case "save":
            if position == 1 { return ["--force"] + files(current) }
            if position == 2, words[1] == "--force" { return files(current) }
        case "diff":
            if position == 1 { return files(current) }
        case "merge":
            if position == 1 { return files(current) }
            return ["segments", "behaviours", "concepts", "impacts", "all", "--theirs", "--yes"]
        case "lang":
            if position == 1 { return Language.all.map(\.code) }
        case "help":
            if position == 1 { return Help.words }
        case "matrix":
            if position == 1 { return VoteSubject.allCases.map(\.rawValue) }
        case "vote": return vote(words, position)
        case "timer":
            if position == 1 { return ["stop", "defaults"] }
        default: break
        }
        return []
    }

    /// After `vote`: its sub-commands, then the items of the open round (after a name or an item).
    func vote(_ words: [String], _ position: Int) -> [String] {
        let second = words.count > 1 ? words[1].lowercased() : ""
        if position == 2, second == "on" { return VoteSubject.allCases.map(\.rawValue) }
        if second == "close" { return position == 2 ? ["--apply"] : [] }
        if position == 3, second == "on" { return ["--dots"] }
        guard let round = plan.openVote else { return position == 1 ? ["on"] : [] }
        let items = plan.ids(of: round.subject.kind)
        return position == 1 ? ["close"] + items : items
    }

    /// After `segment`, `behaviour`, `concept` or `impact`: sub-commands, ids, fields, values.
    func item(_ kind: ItemKind, _ words: [String], _ position: Int, _ current: String) -> [String] {
        let ids = plan.ids(of: kind)
        let second = words.count > 1 ? words[1].lowercased() : ""
        // Behaviours by their Chinese names once the word being typed is Chinese, so a bare Tab
        // lists each behaviour once.
        let chinese = current.first.map { !$0.isASCII } ?? false
        let typed = words.dropFirst(2).compactMap(Vocabulary.behaviour)
        func names(_ list: [Behaviour]) -> [String] {
            list.filter { !typed.contains($0) }.map { chinese ? Texts(.chinese).behaviour($0) : $0.rawValue }
        }
        let chosen = plan.behaviours.map(\.name)
        if position == 1 { return Vocabulary.subcommands(kind) + (kind == .behaviour ? names(chosen) : ids) }
        if kind == .behaviour {
            if second == "add" { return names(Behaviour.allCases.filter { !chosen.contains($0) }) }
            if second == "rank" { return names(chosen) }
            if position == 2, second == "remove" { return names(chosen) }
        }
        if position == 2, second == "remove" { return ids }
        let id = kind == .behaviour ? Vocabulary.behaviour(second)?.rawValue ?? second : second
        guard ids.contains(id) else { return [] }
        // An impact's check-ins are typed after its id like a field.
        if position == 2 { return Vocabulary.fieldWords(kind) + (kind == .impact ? ["actual"] : []) }
        guard let field = Vocabulary.field(words[2], of: kind) else { return [] }
        switch field.type {
        case .choice(let c) where position == 3: return c.values
        case .choices(let c): return c.values
        case .reference(let other) where position == 3: return plan.ids(of: other)
        case .behaviours: return names(chosen)
        default: return []
        }
    }

    /// Entries of the folder named by the partial path; folders end in `/`. A session's journal,
    /// lock, timebox and temporary files are cnplan's own business, never something to open or save over;
    /// hidden entries are offered, as shells do, only once a `.` is typed.
    func files(_ partial: String) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let dirPart = slash.map { String(partial[...$0]) } ?? ""
        let dir = dirPart.isEmpty ? "." : dirPart
        let hidden = partial[(slash.map(partial.index(after:)) ?? partial.startIndex)...].hasPrefix(".")
        return FileSystem.entries(of: dir)
            .filter { !$0.hasSuffix(".journal") && !$0.hasSuffix(".lock") && !$0.hasSuffix(Timebox.fileSuffix) }
            .filter { !$0.contains(".tmp-") }
            .filter { hidden || !$0.hasPrefix(".") }
            .map { dirPart + $0 + (FileSystem.isDirectory(dir + "/" + $0) ? "/" : "") }
    }

    /// Candidates in columns that fit the width.
    public static func columns(_ items: [String], width: Int) -> String {
        let cell = (items.map { TextWidth.of($0) }.max() ?? 0) + 2
        let perLine = max(1, width / max(cell, 1))
        var lines: [String] = []
        var line = ""
        for (n, item) in items.enumerated() {
            line += (n % perLine == perLine - 1 || n == items.count - 1) ? item : TextWidth.pad(item, to: cell)
            if n % perLine == perLine - 1 {
                lines.append(line)
                line = ""
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n") + "\n"
    }
}
