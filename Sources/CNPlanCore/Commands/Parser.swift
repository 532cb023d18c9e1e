/// Turns one line of the command language into a `Command`.
///
///     segment s1 role consumer      → .edit(.setSegmentRole(id: "s1", role: .consumer))
public enum Parser {
    /// nil for a blank line or a `#` comment.
    public static func parse(_ line: String) throws(PlanError) -> Command? {
        var t = Tokenizer(line)
        guard let first = try t.peek() else { return nil }
        if first.hasPrefix("#") { return nil }
        _ = try t.next()
        var word = first
        if word.hasPrefix("/") { word.removeFirst() }
        guard let command = Vocabulary.command(word) else {
            throw .unknownCommand(word, suggestion: nearest(word, in: Vocabulary.commands))
        }
        switch command {
        case "title": return t.atEnd ? .showField(.title) : .edit(.setTitle(clearable(t.rest())))
        case "objective": return t.atEnd ? .showField(.objective) : .edit(.setObjective(clearable(t.rest())))
        case "data-goal": return t.atEnd ? .showField(.dataGoal) : .edit(.setDataGoal(clearable(t.rest())))
        case "segment": return try segment(&t)
        case "behaviour": return try behaviour(&t)
        case "concept": return try concept(&t)
        case "impact": return try impact(&t)
        case "show": return try show(&t)
        case "new": return .new(title: t.rest())
        case "open":
            guard let path = t.rest() else { throw .missingArgument(what: "file name", usage: Help.usage("open")) }
            return .open(path: path)
        case "save": return .save(path: t.rest())
        case "export": return try export(&t)
        case "help": return .help(topic: t.rest())
        default:
            let simple: [String: Command] = [
                "guide": .guide, "status": .status, "check": .check, "undo": .undo, "redo": .redo,
                "history": .history, "quit": .quit, "exit": .quit,
            ]
            if let extra = try t.next() { throw .unexpectedArgument(extra, usage: Help.usage(command)) }
            return simple[command]!
        }
    }

    /// `""` typed on purpose clears a text; missing text is nil too and callers decide.
    private static func clearable(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func requiredText(_ t: inout Tokenizer, _ what: String, _ command: String) throws(PlanError) -> String {
        guard let text = t.rest(), !text.isEmpty else { throw .missingArgument(what: what, usage: Help.usage(command)) }
        return text
    }

    /// Text that may be cleared with `""` but must be given.
    private static func fieldText(_ t: inout Tokenizer, _ what: String, _ command: String) throws(PlanError) -> String? {
        guard let text = t.rest() else { throw .missingArgument(what: what, usage: Help.usage(command)) }
        return clearable(text)
    }

    private static func id(_ t: inout Tokenizer, _ what: String, _ command: String) throws(PlanError) -> String {
        guard let w = try t.next() else { throw .missingArgument(what: what, usage: Help.usage(command)) }
        return w.lowercased()
    }

    private static func end(_ t: inout Tokenizer, _ command: String) throws(PlanError) {
        if let extra = try t.next() { throw .unexpectedArgument(extra, usage: Help.usage(command)) }
    }

    private static func looksLikeId(_ w: String, _ prefix: Character) -> Bool {
        let l = w.lowercased()
        return l.first == prefix && l.count > 1 && l.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func field(_ w: String, _ fields: [String], _ kind: String) throws(PlanError) -> String {
        let l = w.lowercased()
        if fields.contains(l) { return l }
        throw .unknownWord(w, kind: kind, suggestion: nearest(w, in: fields))
    }

    /// The sub-command or id after a step's command word, lower-cased; nil for the bare word.
    private static func subcommand(_ t: inout Tokenizer) throws(PlanError) -> String? {
        try t.next()?.lowercased()
    }

    private static let removeWords = ["remove", "rm", "delete", "del"]

    // MARK: segment

    private static func segment(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let c = "segment"
        guard let sub = try subcommand(&t) else { return .list(.segment) }
        switch sub {
        case "list", "ls": try end(&t, c); return .list(.segment)
        case "add": return .edit(.addSegment(name: try requiredText(&t, "segment name", c)))
        case _ where removeWords.contains(sub): let i = try id(&t, "segment id", c); try end(&t, c); return .edit(.removeSegment(id: i))
        case _ where looksLikeId(sub, "s"):
            guard let f = try t.next() else { throw .missingArgument(what: "field (name, role, why, need, value, barriers)", usage: Help.usage(c)) }
            let name = try field(f, ["name", "role", "why", "need", "value", "barriers"], "segment field")
            if name == "role" {
                guard let r = try t.next() else { throw .missingArgument(what: "role", usage: Help.usage(c)) }
                try end(&t, c)
                return .edit(.setSegmentRole(id: sub, role: r.isEmpty ? nil : try Vocabulary.parseRole(r)))
            }
            let fieldValue = SegmentField(rawValue: name)!
            if fieldValue == .name { return .edit(.setSegmentText(id: sub, field: .name, text: try requiredText(&t, "name", c))) }
            return .edit(.setSegmentText(id: sub, field: fieldValue, text: try fieldText(&t, name, c)))
        default:
            throw .unknownWord(sub, kind: "segment command or id", suggestion: nearest(sub, in: ["add", "remove", "list"]))
        }
    }

    // MARK: behaviour

    private static func behaviour(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let c = "behaviour"
        guard let sub = try subcommand(&t) else { return .list(.behaviour) }
        switch sub {
        case "list", "ls": try end(&t, c); return .list(.behaviour)
        case "add", "rank":
            let names = Vocabulary.splitList(try t.remainingWords())
            guard !names.isEmpty else { throw .missingArgument(what: "behaviour names", usage: Help.usage(c)) }
            var list: [Behaviour] = []
            for n in names { list.append(try Vocabulary.parseBehaviour(n)) }
            return .edit(sub == "add" ? .addBehaviours(list) : .rankBehaviours(list))
        case _ where removeWords.contains(sub):
            guard let n = try t.next() else { throw .missingArgument(what: "behaviour name", usage: Help.usage(c)) }
            let b = try Vocabulary.parseBehaviour(n)
            try end(&t, c)
            return .edit(.removeBehaviour(b))
        default:
            guard let b = Vocabulary.behaviour(sub) else {
                let words = ["add", "rank", "remove", "list"] + Behaviour.allCases.map(\.rawValue)
                throw .unknownWord(sub, kind: "behaviour or behaviour command", suggestion: nearest(sub, in: words))
            }
            guard let f = try t.next() else { throw .missingArgument(what: "field (why, value, effort)", usage: Help.usage(c)) }
            let name = try field(f, ["why", "value", "effort"], "behaviour field")
            if name == "why" { return .edit(.setBehaviourWhy(b, try fieldText(&t, "why", c))) }
            guard let n = try t.next() else { throw .missingArgument(what: "\(name) score 1-5", usage: Help.usage(c)) }
            try end(&t, c)
            return .edit(.setBehaviourScore(b, ScoreKind(rawValue: name)!, try score(n, name)))
        }
    }

    /// A 1-5 score; full-width digits too.
    public static func score(_ word: String, _ what: String) throws(PlanError) -> Int {
        guard let n = WideInput.integer(word), (1...5).contains(n) else { throw .scoreOutOfRange(word, what: what) }
        return n
    }

    // MARK: concept

    private static func concept(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let c = "concept"
        guard let sub = try subcommand(&t) else { return .list(.concept) }
        switch sub {
        case "list", "ls": try end(&t, c); return .list(.concept)
        case "add": return .edit(.addConcept(title: try requiredText(&t, "concept title", c)))
        case _ where removeWords.contains(sub): let i = try id(&t, "concept id", c); try end(&t, c); return .edit(.removeConcept(id: i))
        case _ where looksLikeId(sub, "c"):
            let fields = ["segment", "uses", "title", "description", "customer-value", "org-value"]
            guard let f = try t.next() else { throw .missingArgument(what: "field (" + fields.joined(separator: ", ") + ")", usage: Help.usage(c)) }
            let lower = f.lowercased()
            if let alias = Vocabulary.conceptFieldAliases[lower] { return .edit(.setConceptText(id: sub, field: alias, text: try fieldText(&t, alias.rawValue, c))) }
            switch try field(f, fields, "concept field") {
            case "segment":
                let s = try id(&t, "segment id", c)
                try end(&t, c)
                return .edit(.setConceptSegment(id: sub, segment: s))
            case "uses":
                let names = Vocabulary.splitList(try t.remainingWords())
                guard !names.isEmpty else { throw .missingArgument(what: "behaviour names", usage: Help.usage(c)) }
                var list: [Behaviour] = []
                for n in names { list.append(try Vocabulary.parseBehaviour(n)) }
                return .edit(.setConceptUses(id: sub, list))
            case "title": return .edit(.setConceptText(id: sub, field: .title, text: try requiredText(&t, "title", c)))
            case let other:
                let fv = ConceptField(rawValue: other)!
                return .edit(.setConceptText(id: sub, field: fv, text: try fieldText(&t, other, c)))
            }
        default:
            throw .unknownWord(sub, kind: "concept command or id", suggestion: nearest(sub, in: ["add", "remove", "list"]))
        }
    }

    // MARK: impact

    private static func impact(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let c = "impact"
        guard let sub = try subcommand(&t) else { return .list(.impact) }
        switch sub {
        case "list", "ls": try end(&t, c); return .list(.impact)
        case "add": return .edit(.addImpact(metric: try requiredText(&t, "metric", c)))
        case _ where removeWords.contains(sub): let i = try id(&t, "impact id", c); try end(&t, c); return .edit(.removeImpact(id: i))
        case _ where looksLikeId(sub, "i"):
            let fields = ["baseline", "target", "unit", "by", "concept", "metric"]
            guard let f = try t.next() else { throw .missingArgument(what: "field (" + fields.joined(separator: ", ") + ")", usage: Help.usage(c)) }
            switch try field(f, fields, "impact field") {
            case "baseline":
                guard let w = try t.next() else { throw .missingArgument(what: "baseline number", usage: Help.usage(c)) }
                try end(&t, c)
                return .edit(.setImpactBaseline(id: sub, try number(w, "baseline")))
            case "target":
                guard let w = try t.next() else { throw .missingArgument(what: "target", usage: Help.usage(c)) }
                try end(&t, c)
                return .edit(.setImpactTarget(id: sub, try target(w)))
            case "by":
                guard let w = try t.next() else { throw .missingArgument(what: "date", usage: Help.usage(c)) }
                try end(&t, c)
                if w.isEmpty { return .edit(.setImpactBy(id: sub, nil)) }
                guard let d = WideInput.date(w) else { throw .badDate(w) }
                return .edit(.setImpactBy(id: sub, d))
            case "concept":
                let ci = try id(&t, "concept id", c)
                try end(&t, c)
                return .edit(.setImpactConcept(id: sub, concept: ci))
            case "metric": return .edit(.setImpactText(id: sub, field: .metric, text: try requiredText(&t, "metric", c)))
            default: return .edit(.setImpactText(id: sub, field: .unit, text: try fieldText(&t, "unit", c)))
            }
        default:
            throw .unknownWord(sub, kind: "impact command or id", suggestion: nearest(sub, in: ["add", "remove", "list"]))
        }
    }

    /// A finite number, full-width digits too; thousands separators and spaces are not accepted,
    /// to avoid guessing.
    public static func number(_ word: String, _ what: String) throws(PlanError) -> Double {
        guard let n = WideInput.number(word) else { throw .notANumber(word, what: what) }
        return n
    }

    /// `4`, `+20%`, `-50%`, also full-width (`－５０％`).
    public static func target(_ word: String) throws(PlanError) -> Target {
        let w = WideInput.halfWidth(word)
        if w.hasSuffix("%") {
            let body = w.dropLast()
            guard body.first == "+" || body.first == "-", let p = Double(body.dropFirst()), p.isFinite else { throw .badTarget(word) }
            return .relative(percent: body.first == "-" ? -p : p)
        }
        guard let n = Double(w), n.isFinite else { throw .badTarget(word) }
        return .absolute(n)
    }

    // MARK: show, export

    private static func show(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let w = try t.next() else { return .show(.plan) }
        let l = w.lowercased()
        var result: ShowTarget
        switch l {
        case "all", "plan": result = .plan
        case "step":
            guard let n = try t.next() else { throw .missingArgument(what: "step number 1-5", usage: Help.usage("show")) }
            guard let s = Int(n), (1...5).contains(s) else { throw .unknownWord(n, kind: "step (1-5)", suggestion: nil) }
            result = .step(s)
        case _ where Int(l).map { (1...5).contains($0) } ?? false: result = .step(Int(l)!)
        case _ where looksLikeId(l, "s") || looksLikeId(l, "c") || looksLikeId(l, "i"): result = .item(l)
        default:
            if let b = Vocabulary.behaviour(l) { result = .item(b.rawValue) } else {
                throw .unknownWord(w, kind: "thing to show (an id, step N, all)", suggestion: nearest(l, in: ["all", "step"]))
            }
        }
        try end(&t, "show")
        return .show(result)
    }

    private static func export(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let f = try t.next() else { throw .missingArgument(what: "format (json or md)", usage: Help.usage("export")) }
        let l = f.lowercased() == "markdown" ? "md" : f.lowercased()
        guard let format = ExportFormat(rawValue: l) else {
            throw .unknownWord(f, kind: "export format", suggestion: nearest(l, in: ["json", "md"]))
        }
        return .export(format, path: t.rest())
    }
}

extension String {
    /// The text without white space at either end.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
