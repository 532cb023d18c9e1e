/// Everything that can go wrong with a command or a file, with what the user needs to fix it.
public enum PlanError: Error, Sendable, Equatable {
    case unknownCommand(String, suggestion: String?)
    /// A word that is not one of `expected` (a sub-command, a field, a topic).
    case unknownWord(String, kind: String, suggestion: String?)
    case unknownBehaviour(String, suggestion: String?)
    case unknownRole(String, suggestion: String?)
    case noSuchItem(kind: String, id: String, known: [String])
    case missingArgument(what: String, usage: String)
    case unexpectedArgument(String, usage: String)
    case unterminatedQuote
    case notANumber(String, what: String)
    case scoreOutOfRange(String, what: String)
    case badDate(String)
    case badTarget(String)
    case relativeTargetNeedsBaseline(impact: String)
    case notChosen(Behaviour)
    case alreadyChosen(Behaviour)
    case repeated(String)
    case emptyText(what: String)
    case inUse(item: String, by: [String])
    case nothingToUndo
    case nothingToRedo
    case noFile
    case readOnly(path: String)
    case file(path: String, reason: String)
    case notAvailable(command: String, reason: String)
    /// A number the file cannot hold (a relative target that overflows); the edit is refused.
    case unwritableNumber(impact: String)
    /// The plan would be larger than cnplan reads back; the edit is refused.
    case planTooLarge(bytes: Int, limit: Int)
    /// `save FILE` over another plan, not confirmed (and no `--force` in a script).
    case overwriteRefused(path: String)
    /// A person declined a confirmation.
    case cancelled
    /// The session file was changed by another program since this session wrote it.
    case changedElsewhere(path: String)

    /// The one-line message shown to the user.
    public var message: String {
        switch self {
        case .unknownCommand(let w, let s):
            "unknown command \"\(w)\"" + (s == nil ? "; type help for the list" : hint(s))
        case .unknownWord(let w, let kind, let s):
            "unknown \(kind) \"\(w)\"" + hint(s)
        case .unknownBehaviour(let w, let s):
            "unknown behaviour \"\(w)\"" + hint(s) + "; the five are access, engage, customize, connect, collaborate"
        case .unknownRole(let w, let s):
            "unknown role \"\(w)\"" + hint(s) + "; roles are " + Role.allCases.map(\.rawValue).joined(separator: ", ")
        case .noSuchItem(let kind, let id, let known):
            "no \(kind) \(id)" + (known.isEmpty ? "; there are none yet" : "; the plan has " + known.joined(separator: ", "))
        case .missingArgument(let what, let usage):
            "missing \(what); usage: \(usage)"
        case .unexpectedArgument(let w, let usage):
            "unexpected \"\(w)\"; usage: \(usage)"
        case .unterminatedQuote:
            "a quote is not closed"
        case .notANumber(let w, let what):
            "\(what) must be a number, not \"\(w)\""
        case .scoreOutOfRange(let w, let what):
            "\(what) must be a whole number from 1 to 5, not \"\(w)\""
        case .badDate(let w):
            "\"\(w)\" is not a date; use YYYY-MM-DD or YYYY-MM, e.g. 2027-06-30"
        case .badTarget(let w):
            "\"\(w)\" is not a target; use a number, +N% or -N%, e.g. 4 or -50%"
        case .relativeTargetNeedsBaseline(let id):
            "a relative target needs a baseline; set it first: impact \(id) baseline NUMBER"
        case .notChosen(let b):
            "behaviour \(b.rawValue) is not chosen; choose it first: behaviour add \(b.rawValue)"
        case .alreadyChosen(let b):
            "behaviour \(b.rawValue) is already chosen (rank it with: behaviour rank \(b.rawValue))"
        case .repeated(let w):
            "\"\(w)\" is named twice"
        case .emptyText(let what):
            "\(what) cannot be empty"
        case .inUse(let item, let by):
            "cannot remove \(item): " + by.joined(separator: ", ") + (by.count == 1 ? " refers to it" : " refer to it")
        case .nothingToUndo: "nothing to undo"
        case .nothingToRedo: "nothing to redo"
        case .noFile: "this plan has no file yet; use: save FILE"
        case .readOnly(let path): "\(path) is open read-only: another cnplan is writing it; use save FILE to keep a copy"
        case .file(let path, let reason): "\(path): \(reason)"
        case .notAvailable(let command, let reason): "\(command): \(reason)"
        case .unwritableNumber(let id):
            "impact \(id) would hold a number too large to save; not changed"
        case .planTooLarge(let bytes, let limit):
            "the plan would be \(bytes / 1024 / 1024) MiB, over the \(limit / 1024 / 1024) MiB a plan file may hold; "
                + "not changed"
        case .overwriteRefused(let path):
            "\(path) holds another plan; not overwritten (save --force \(path) overwrites it)"
        case .cancelled: "cancelled; nothing changed"
        case .changedElsewhere(let path):
            "\(path) was changed by another program; not overwritten "
                + "(save --force \(path) overwrites it, save FILE keeps both)"
        }
    }

    private func hint(_ s: String?) -> String { s.map { "; did you mean \"\($0)\"?" } ?? "" }
}

/// The nearest candidate to a mistyped word, or nil when nothing is close.
public func nearest(_ word: String, in candidates: [String]) -> String? {
    let w = word.lowercased()
    if w.isEmpty { return nil }
    if let p = candidates.first(where: { $0.hasPrefix(w) }) { return p }
    var best: (String, Int)?
    for c in candidates {
        let d = editDistance(w, c)
        if d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    guard let (c, d) = best else { return nil }
    let limit = max(1, min(w.count, c.count) / 3 + 1)
    return d <= limit ? c : nil
}

/// Edit distance over characters where swapping two neighbours counts as one typo
/// (optimal string alignment), so `nede` is nearer `need` than `name`.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
        }
    }
    return d[a.count][b.count]
}
