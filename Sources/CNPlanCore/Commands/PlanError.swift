/// Everything that can go wrong with a command or a file. Each case carries the data the user
/// needs (the word typed, the nearest valid word, the usage line that fits), never a phrase:
/// `Texts.message(for:)` renders it in the interface language, in one place.
public enum PlanError: Error, Sendable, Equatable {
    case unknownCommand(String, suggestion: String?)
    /// A word that is not one of those expected at its place.
    case unknownWord(String, expected: Expected, suggestion: String?)
    case unknownBehaviour(String, suggestion: String?)
    /// A word that is not one of a field's fixed values (a role, …).
    case unknownChoice(String, Choices, suggestion: String?)
    /// No item with this id; `kind` nil when any kind was possible.
    case noSuchItem(ItemKind?, id: String, known: [String])
    case missingArgument(Expected, usage: String)
    case unexpectedArgument(String, usage: String)
    case unterminatedQuote
    case notANumber(String, field: String)
    case scoreOutOfRange(String, field: String)
    case behaviourNumberOutOfRange(String)
    case badDate(String)
    /// A check-in's date that is not a whole day (`2027-01`, `2027-02-30`): only a day is taken.
    case badDay(String)
    case badTarget(String)
    case relativeTargetNeedsBaseline(impact: String)
    case notChosen(Behaviour)
    case alreadyChosen(Behaviour)
    case repeated(String)
    /// The name of an item cannot be empty.
    case emptyName(ItemKind)
    /// Cannot remove an item that others refer to.
    case inUse(ItemKind, id: String, by: [ItemLabel])
    case nothingToUndo
    case nothingToRedo
    case noFile
    case readOnly(path: String)
    case file(path: String, FileProblem)
    /// A command that only works at the interactive prompt or in the shell.
    case onlyInShell(String)
    case unknownLanguage(String)
    /// A number too large for the file to hold (an impact's resolved target); the edit is refused.
    case unwritableNumber(impact: String)
    /// The plan would be larger than cnplan reads back; the edit is refused.
    case planTooLarge(bytes: Int, limit: Int)
    /// `save FILE` over another plan, not confirmed (and no `--force` in a script).
    case overwriteRefused(path: String)
    /// A person declined a confirmation.
    case cancelled
    /// The session file was changed by another program since this session wrote it.
    case changedElsewhere(path: String)
    /// A merge from a script, which cannot be asked to confirm, without `--yes`.
    case mergeNeedsYes
    /// A dot-voting command that does not fit the round (see VoteProblem).
    case vote(VoteProblem)
    /// A length of time that cannot be read (`timer 7x`).
    case badDuration(String, suggestion: String?)
    /// `impact ID actual remove DATE` for a day without a check-in.
    case noCheckIn(impact: String, date: String)
}

/// What was expected where a word was missing or wrong.
public enum Expected: Sendable, Equatable {
    case field(ItemKind)
    /// `add`, `remove`, `list` or an id.
    case subcommand(ItemKind)
    /// The value of a field.
    case value(ItemKind, field: String)
    case id(ItemKind)
    case behaviours
    case behaviour
    case fileName
    case exportFormat
    case step
    case showTarget
    case helpTopic
    case yesOrNo
    /// What a vote or the matrix is about: concepts or behaviours.
    case subject
    /// A number of votes or dots.
    case count
    /// The items a participant gives dots to.
    case voteItems
    case duration
    /// The measured number of a check-in.
    case actual
    /// A whole day, `YYYY-MM-DD`.
    case day
}

/// An item as messages name it: `concept c1 (Repair mini-app)`.
public struct ItemLabel: Sendable, Equatable {
    public var kind: ItemKind
    public var id: String
    public var name: String
    public init(_ kind: ItemKind, _ id: String, _ name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }
}

/// What is wrong with a file.
public enum FileProblem: Sendable, Equatable {
    /// The system's reason, from `strerror`.
    case cannotRead(String)
    case cannotWrite(String)
    case notRegular
    case tooLarge(mebibytes: Int)
    case empty
    case notJSON(line: Int, JSONProblem)
    case notAPlan(PlanCodec.FormatError)
    /// `save FILE` onto a file that is not a plan.
    case notAPlanNotOverwritten
    /// Its lock cannot be taken (the system's reason).
    case lockUnavailable(String)
    /// The recovery copy of an unsaved plan cannot be written (the system's reason).
    case cannotWriteRecovery(String)
    /// An export already written from another plan of the same name in this run.
    case alreadyWritten
    /// An output written onto a session another cnplan holds open (its lock is taken).
    case heldElsewhere
    /// An export written onto the session this cnplan has open.
    case openHere
    /// A handout would be written over a file that holds a plan.
    case holdsAPlan
}

/// The nearest candidate to a mistyped word, or nil when nothing is close. Only candidates in the
/// script of the word count: a Chinese word (one with a wide character) is near Chinese words, any
/// other near the others, so a mistyped 消废者 suggests 消费者, never an English word, and the other
/// way round. Callers pass the words of every language, the canonical ones first.
public func nearest(_ word: String, in candidates: [String]) -> String? {
    let w = word.lowercased()
    if w.isEmpty { return nil }
    let chinese = isChinese(w)
    let candidates = candidates.filter { isChinese($0) == chinese }
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

/// True when a word has a wide (CJK) character: a word of the Chinese vocabulary.
func isChinese(_ word: String) -> Bool { word.unicodeScalars.contains(where: TextWidth.isWide) }

/// Edit distance over characters where swapping two neighbours counts as one typo
/// (optimal string alignment), so `nede` is nearer `need` than `name`.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
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
