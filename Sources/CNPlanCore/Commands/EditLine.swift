/// An edit as the command line that makes it, for `history` and the undo notes: the same words
/// in every interface language, so the line can be typed again.
extension Edit {
    public var commandLine: String {
        switch self {
        case .set(let kind, let id, let key, let value):
            let word = kind.field(key)?.word ?? key
            let text = value.map(Edit.text) ?? "\"\""
            return kind == .plan ? "\(word) \(text)" : "\(kind.rawValue) \(id) \(word) \(text)"
        case .add(let kind, let name): return "\(kind.rawValue) add \(name)"
        case .remove(let kind, let id): return "\(kind.rawValue) remove \(id)"
        case .choose(let names): return "behaviour add " + names.map(\.rawValue).joined(separator: " ")
        case .rank(let names): return "behaviour rank " + names.map(\.rawValue).joined(separator: " ")
        case .setLanguage(let code): return "lang \(code)"
        // What the room did is the first edit; the rest come with it (the plan's language).
        case .batch(let edits): return edits.first?.commandLine ?? ""
        case .merge(let r): return r.commandLine
        case .vote(let v): return v.commandLine
        case .checkIn(let id, let c):
            return "impact \(id) actual \(formatNumber(c.value)) on \(c.date)" + (c.note.map { " note \($0)" } ?? "")
        case .removeCheckIn(let id, let date): return "impact \(id) actual remove \(date)"
        }
    }

    static func text(_ value: FieldValue) -> String {
        switch value {
        case .text(let s), .choice(let s), .reference(let s): s
        case .score(let n): String(n)
        case .number(let n): formatNumber(n)
        case .target(let t): t.text
        case .date(let d): d.description
        case .behaviours(let list): list.map(\.rawValue).joined(separator: " ")
        case .choices(let list): list.joined(separator: " ")
        case .names(let list): list.joined(separator: ", ")
        }
    }
}
