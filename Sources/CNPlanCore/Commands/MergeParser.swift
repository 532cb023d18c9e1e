/// `diff FILE` and `merge FILE [PART…] [--theirs] [--yes]`.
extension Parser {
    static let mergeUsage = "merge FILE [segments|behaviours|concepts|impacts|all] [--theirs] [--yes]"

    static func diff(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let path = try t.next() else { throw .missingArgument(.fileName, usage: "diff FILE") }
        try end(&t, "diff FILE")
        return .diff(path: path)
    }

    static func merge(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let path = try t.next() else { throw .missingArgument(.fileName, usage: mergeUsage) }
        var parts = Set<ItemKind>()
        var theirs = false
        var yes = false
        for w in try t.remainingWords() {
            switch w.lowercased() {
            case "--theirs": theirs = true
            case "--yes", "-y": yes = true
            case let l where l == "all" || Vocabulary.words("word.all").contains(l): parts.formUnion(PlanMerge.order)
            case let l:
                guard let kind = CommandTable.spec(for: l)?.kind else {
                    throw .unexpectedArgument(w, usage: mergeUsage)
                }
                parts.insert(kind)
            }
        }
        return .merge(path: path, parts: parts.isEmpty ? Set(PlanMerge.order) : parts, theirs: theirs, yes: yes)
    }
}

extension MergeResult {
    /// `merge table-a.json concepts --theirs`: the command that makes it, in the words of every
    /// language.
    public var commandLine: String {
        let all = parts == PlanMerge.order
        let words = all ? ["all"] : parts.map { $0.rawValue + "s" }
        return (["merge", Tokenizer.word(source)] + words + (theirs ? ["--theirs"] : [])).joined(separator: " ")
    }
}
