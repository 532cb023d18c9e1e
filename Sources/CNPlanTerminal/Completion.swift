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
        if common.count > current.count { return Result(insert: String(common.dropFirst(current.count)), candidates: []) }
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

    func candidates(after words: [String], current: String) -> [String] {
        guard let first = words.first else {
            let slash = current.hasPrefix("/") ? "/" : ""
            return Help.commandNames.map { slash + $0 } + (slash.isEmpty ? [] : ["/back", "/skip", "/stop"])
        }
        var command = first
        if command.hasPrefix("/") { command.removeFirst() }
        let position = words.count
        let segmentIds = plan.segments.map(\.id), conceptIds = plan.concepts.map(\.id), impactIds = plan.impacts.map(\.id)
        let chosen = plan.behaviours.map(\.name.rawValue)
        let unchosen = Behaviour.allCases.filter { plan.choice($0) == nil }.map(\.rawValue)
        let second = words.count > 1 ? words[1].lowercased() : ""
        switch Vocabulary.command(command) {
        case "segment":
            if position == 1 { return ["add", "remove", "list"] + segmentIds }
            if position == 2, second == "remove" { return segmentIds }
            if position == 2, segmentIds.contains(second) { return ["name", "role", "why", "need", "value", "barriers"] }
            if position == 3, words[2].lowercased() == "role" { return Role.allCases.map(\.rawValue) }
        case "behaviour":
            // Chinese names are offered once the word being typed is Chinese, so a bare Tab lists each
            // behaviour once.
            let chinese = current.first.map { !$0.isASCII } ?? false
            let typed = words.dropFirst(2).compactMap(Vocabulary.behaviour)
            func names(_ list: [String]) -> [String] {
                let left = list.compactMap(Vocabulary.behaviour).filter { !typed.contains($0) }
                return left.map { chinese ? $0.chinese : $0.rawValue }
            }
            if position == 1 { return ["add", "rank", "remove", "list"] + names(chosen) }
            if second == "add" { return names(unchosen) }
            if second == "rank" { return names(chosen) }
            if position == 2, second == "remove" { return names(chosen) }
            if position == 2, Vocabulary.behaviour(second) != nil { return ["why", "value", "effort"] }
        case "concept":
            if position == 1 { return ["add", "remove", "list"] + conceptIds }
            if position == 2, second == "remove" { return conceptIds }
            if position == 2, conceptIds.contains(second) { return ["segment", "uses", "title", "description", "customer-value", "org-value"] }
            if position == 3, words[2].lowercased() == "segment" { return segmentIds }
            if position >= 3, words[2].lowercased() == "uses" { return chosen.filter { !words.contains($0) } }
        case "impact":
            if position == 1 { return ["add", "remove", "list"] + impactIds }
            if position == 2, second == "remove" { return impactIds }
            if position == 2, impactIds.contains(second) { return ["baseline", "target", "unit", "by", "concept", "metric"] }
            if position == 3, words[2].lowercased() == "concept" { return conceptIds }
        case "show":
            if position == 1 { return ["all", "step"] + segmentIds + chosen + conceptIds + impactIds }
            if position == 2, second == "step" { return ["1", "2", "3", "4", "5"] }
        case "export":
            if position == 1 { return ["json", "md"] }
            if position == 2 { return files(current) }
        case "open", "save":
            if position == 1 { return files(current) }
        case "help":
            if position == 1 { return Help.commandNames + Help.topicNames }
        default: break
        }
        return []
    }

    /// Entries of the folder named by the partial path; folders end in `/`. A session's journal,
    /// lock and temporary files are cnplan's own business, never something to open or save over;
    /// hidden entries are offered, as shells do, only once a `.` is typed.
    func files(_ partial: String) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let dirPart = slash.map { String(partial[...$0]) } ?? ""
        let dir = dirPart.isEmpty ? "." : dirPart
        let hidden = partial[(slash.map(partial.index(after:)) ?? partial.startIndex)...].hasPrefix(".")
        return FileSystem.entries(of: dir)
            .filter { !$0.hasSuffix(".journal") && !$0.hasSuffix(".lock") && !$0.contains(".tmp-") }
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
            if n % perLine == perLine - 1 { lines.append(line); line = "" }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n") + "\n"
    }
}
