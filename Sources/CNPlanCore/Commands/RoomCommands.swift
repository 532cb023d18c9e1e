/// The words of the room's commands: `matrix` and `vote`.
extension Parser {
    /// `matrix [behaviours|concepts]`: behaviours when nothing is named.
    static func matrix(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let usage = "matrix [behaviours|concepts]"
        guard let w = try t.next() else { return .matrix(.behaviours) }
        guard let subject = VoteParser.subject(w) else {
            throw .unknownWord(
                w, expected: .subject, suggestion: nearest(w.lowercased(), in: VoteParser.subjectWords))
        }
        try end(&t, usage)
        return .matrix(subject)
    }
}

/// Reads `vote …`: opening and closing a round, a show of hands, one participant's dots.
enum VoteParser {
    static let usage = [
        "vote", "vote on concepts|behaviours [--dots N]", "vote ITEM N [ITEM N...]", "vote PERSON ITEM...",
        "vote close [--apply]",
        "vote apply",
    ]

    /// The words `subject` takes, in every language, the two subjects first: for suggestions.
    static var subjectWords: [String] {
        let specs = [ItemKind.concept, .behaviour].compactMap { CommandTable.spec(for: $0.rawValue) }
        return Vocabulary.unique(VoteSubject.allCases.map(\.rawValue) + specs.flatMap(\.words))
    }

    /// `concepts`, `concept`, `方案`, `behaviours`, `行为`, …: the words of the two kinds' commands.
    static func subject(_ word: String) -> VoteSubject? {
        switch CommandTable.spec(for: word)?.kind {
        case .concept?: .concepts
        case .behaviour?: .behaviours
        default: nil
        }
    }

    static func parse(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let first = try t.next() else { return .voteStatus }
        let w = first.lowercased()
        if w == "on" || Vocabulary.words("word.voteOn").contains(w) { return try open(&t) }
        if w == "close" || Vocabulary.words("word.voteClose").contains(w) {
            var apply = false
            if let flag = try t.next() {
                guard flag == "--apply" else { throw .unexpectedArgument(flag, usage: "vote close [--apply]") }
                apply = true
            }
            try Parser.end(&t, "vote close [--apply]")
            return .edit(.vote(.close(apply: apply)))
        }
        if w == "apply" || Vocabulary.words("word.voteApply").contains(w) {
            try Parser.end(&t, "vote apply")
            return .edit(.vote(.apply))
        }
        let rest = Vocabulary.splitList(try t.remainingWords())
        // An item first is a show of hands: pairs of item and count.
        if let item = self.item(first) {
            let usage = "vote ITEM N [ITEM N...]"
            guard !rest.isEmpty else { throw .missingArgument(.count, usage: usage) }
            var counts = [VoteCount(item: item, votes: try count(rest[0]))]
            var i = 1
            while i < rest.count {
                guard let next = self.item(rest[i]) else { throw .unexpectedArgument(rest[i], usage: usage) }
                guard i + 1 < rest.count else { throw .missingArgument(.count, usage: usage) }
                counts.append(VoteCount(item: next, votes: try count(rest[i + 1])))
                i += 2
            }
            return .edit(.vote(.tally(counts)))
        }
        let usage = "vote PERSON ITEM..."
        guard !rest.isEmpty else { throw .missingArgument(.voteItems, usage: usage) }
        var dots: [String] = []
        for r in rest {
            guard let item = self.item(r) else { throw .unexpectedArgument(r, usage: usage) }
            dots.append(item)
        }
        return .edit(.vote(.dots(Ballot(name: first, dots: dots))))
    }

    /// `on concepts [--dots N] [--date YYYY-MM-DD]`; the session dates a round opened without one.
    private static func open(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let usage = "vote on concepts|behaviours [--dots N]"
        guard let w = try t.next() else { throw .missingArgument(.subject, usage: usage) }
        guard let subject = subject(w) else {
            throw .unknownWord(
                w, expected: .subject, suggestion: nearest(w.lowercased(), in: VoteParser.subjectWords))
        }
        var budget: Int?
        var date: PlanDate?
        while let flag = try t.next() {
            guard let value = try t.next() else { throw .missingArgument(.count, usage: usage) }
            switch flag {
            case "--dots":
                guard let n = WideInput.integer(value), (1...99).contains(n) else { throw .vote(.notACount(value)) }
                budget = n
            case "--date":
                guard let d = WideInput.date(value) else { throw .badDate(value) }
                date = d
            default: throw .unexpectedArgument(flag, usage: usage)
            }
        }
        return .edit(.vote(.open(subject, budget: budget, date: date)))
    }

    /// A concept id or a behaviour's name (in any language), canonical; nil for anything else.
    static func item(_ word: String) -> String? {
        if Parser.looksLikeId(word, "c") { return word.lowercased() }
        return Vocabulary.behaviour(word)?.rawValue
    }

    private static func count(_ word: String) throws(PlanError) -> Int {
        guard let n = WideInput.integer(word), (0...9999).contains(n) else { throw .vote(.notACount(word)) }
        return n
    }
}
