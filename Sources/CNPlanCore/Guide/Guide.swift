/// The guided walk: which question comes next, and what edit an answer makes. Questions come
/// from the fields' definitions, in their order; an answer becomes an `Edit` applied through the
/// workbench like any typed change, so it is checked, saved, undoable and listed in `history`.
///
/// One `Guide` lives for a session: a question skipped on purpose stays skipped until the guide
/// has asked everything else, even across `guide` commands.
public struct Guide: Sendable {
    /// Questions skipped: not asked again until everything else is.
    var skipped: Set<GuideQuestion> = []
    /// Questions asked in this walk, for `/back`.
    var asked: [GuideQuestion] = []
    /// A question `/back` or a yes to "another?" put first.
    var forced: GuideQuestion?
    /// Kinds worked on in this walk whose "another?" is still to be asked.
    var offerAnother: Set<ItemKind> = []
    var rankingAsked = false
    /// The first step this walk asks about (`guide step N`).
    var firstStep = 1

    public init() {}

    /// Starts a walk: from a step, or where the last one stopped. After a walk that asked
    /// everything, skipped questions are asked again.
    public mutating func start(step: Int?, finishedBefore: Bool) {
        asked = []
        forced = nil
        offerAnother = []
        rankingAsked = false
        firstStep = step ?? 1
        if finishedBefore || step != nil { skipped = [] }
    }

    /// The next question, or nil when everything is answered or skipped.
    public mutating func next(_ plan: Plan) -> GuideQuestion? {
        if let f = forced { return f }
        for kind in ItemKind.allCases where kind.step >= firstStep {
            if let q = next(kind, plan) { return q }
        }
        return nil
    }

    private func open(_ q: GuideQuestion) -> Bool { !skipped.contains(q) }

    /// The open questions about the items of one kind, then adding one.
    private func next(_ kind: ItemKind, _ plan: Plan) -> GuideQuestion? {
        let items = plan.readers(kind)
        if kind == .behaviour, items.isEmpty, open(.behaviours) { return .behaviours }
        for (id, read) in items {
            for f in kind.fields where read(f.key) == nil && asks(f, plan) {
                let q = GuideQuestion.field(kind, id: id, key: f.key)
                if open(q) { return q }
            }
        }
        switch kind {
        case .plan: return nil
        case .behaviour:
            if !rankingAsked, plan.behaviours.count >= 2,
                offerAnother.contains(.behaviour) || Guide.proposedRanking(plan) != plan.behaviours.map(\.name)
            {
                return .ranking
            }
            return nil
        default:
            if items.isEmpty, open(.newItem(kind)) { return .newItem(kind) }
            if offerAnother.contains(kind) { return .another(kind) }
            return nil
        }
    }

    /// Whether the guide asks a field of this plan now.
    private func asks(_ f: FieldInfo, _ plan: Plan) -> Bool {
        switch f.guide {
        case .ask: true
        case .never: false
        case .whenSeveral(let kind): plan.ids(of: kind).count > 1
        case .whenAny(let kind): !plan.ids(of: kind).isEmpty
        }
    }

    /// The ranking the guide proposes: value for effort, highest first; ties keep the current order.
    public static func proposedRanking(_ plan: Plan) -> [Behaviour] {
        plan.behaviours.enumerated().sorted { a, b in
            let ra = Double(a.element.value ?? 0) / Double(a.element.effort ?? 5)
            let rb = Double(b.element.value ?? 0) / Double(b.element.effort ?? 5)
            return ra != rb ? ra > rb : a.offset < b.offset
        }.map(\.element.name)
    }

    /// The edit an answer makes; nil for an answer that changes nothing (a "no", a kept
    /// ranking that already holds). Throws for an answer that does not fit the question.
    public func edit(for question: GuideQuestion, answer: String, plan: Plan) throws(PlanError) -> Edit? {
        let a = answer.trimmingSpaces
        switch question {
        case .field(let kind, let id, let key):
            let f = kind.field(key)!
            return .set(kind, id: id, field: key, value: try Guide.value(f, a, plan))
        case .newItem(let kind):
            // As at the prompt, one quoted answer is taken without its quotes.
            var t = Tokenizer(a)
            return .add(kind, name: t.rest() ?? "")
        case .behaviours: return .choose(try Guide.behaviourNames(a))
        case .ranking:
            let order = a.isEmpty ? Guide.proposedRanking(plan) : try Guide.behaviourNames(a)
            let current = plan.behaviours.map(\.name)
            return Array(current.prefix(order.count)) == order ? nil : .rank(order)
        case .another:
            guard Answers.yesOrNo(a) != nil else { throw .unknownWord(a, expected: .yesOrNo, suggestion: nil) }
            return nil
        }
    }

    /// A field's value from an answer: what the prompt accepts, and a number for the n-th of a
    /// list shown (a role, a segment, a behaviour).
    static func value(_ f: FieldInfo, _ a: String, _ plan: Plan) throws(PlanError) -> FieldValue? {
        if let n = Int(a), n >= 1 {
            switch f.type {
            case .choice(let c) where n <= c.values.count: return .choice(c.values[n - 1])
            case .reference(let kind) where n <= plan.ids(of: kind).count: return .reference(plan.ids(of: kind)[n - 1])
            case .behaviours: return .behaviours(try behaviourNames(a))
            default: break
            }
        }
        if f.type == .behaviours { return .behaviours(try behaviourNames(a)) }
        if case .choices(let c) = f.type, !a.isEmpty {
            // Numbers of the list shown stand for their values: `1 4`.
            let words = Vocabulary.splitList(a.split(whereSeparator: \.isWhitespace).map(String.init)).map { w in
                Int(w).flatMap { (1...c.values.count).contains($0) ? c.values[$0 - 1] : nil } ?? w
            }
            var t = Tokenizer(words.joined(separator: " "))
            return try Parser.value(f, &t)
        }
        var t = Tokenizer(a.isEmpty ? "\"\"" : a)
        return try Parser.value(f, &t)
    }

    /// Behaviours by name, name in any language or number 1-5, separated by spaces or commas.
    public static func behaviourNames(_ answer: String) throws(PlanError) -> [Behaviour] {
        let words = Vocabulary.splitList(answer.split(whereSeparator: \.isWhitespace).map(String.init))
        guard !words.isEmpty else { throw .missingArgument(.behaviours, usage: "1-5") }
        var out: [Behaviour] = []
        for w in words {
            if let n = Int(w) {
                guard (1...5).contains(n) else { throw .behaviourNumberOutOfRange(w) }
                out.append(Behaviour.allCases[n - 1])
            } else {
                out.append(try Vocabulary.parseBehaviour(w))
            }
        }
        return out
    }

    /// Records that a question was answered (or skipped), and what follows from it.
    public mutating func answered(_ question: GuideQuestion, answer: String, skipped skip: Bool, plan: Plan) {
        forced = nil
        if skip { skipped.insert(question) }
        if question == .ranking { rankingAsked = true }
        if case .another(let kind) = question {
            offerAnother.remove(kind)
            if Answers.yesOrNo(answer) == true { forced = .newItem(kind) }
        } else if question.kind != .plan {
            offerAnother.insert(question.kind)
        }
        // An item just added is asked about by its id from now on: /back renames it.
        var remembered = question
        if !skip, case .newItem(let kind) = question, let id = plan.ids(of: kind).last, let name = kind.nameField {
            remembered = .field(kind, id: id, key: name.key)
        }
        asked.append(remembered)
    }

    /// `/back`: the previous question is asked again.
    public mutating func back() -> Bool {
        guard let last = asked.popLast() else { return false }
        skipped.remove(last)
        if last == .ranking { rankingAsked = false }
        forced = last
        return true
    }
}

/// Yes and no as people type them, in every language cnplan speaks.
public enum Answers {
    /// true for a yes, false for a no, nil for anything else (which is asked again).
    public static func yesOrNo(_ answer: String) -> Bool? {
        let a = answer.trimmingSpaces.lowercased()
        if yes.contains(a) { return true }
        if no.contains(a) { return false }
        return nil
    }

    static let yes = Set(["y", "yes", "ok"] + Vocabulary.words("word.yes"))
    static let no = Set(["n", "no"] + Vocabulary.words("word.no"))
}
