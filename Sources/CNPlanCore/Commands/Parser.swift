/// Turns one line of the command language into a `Command`, reading the command table and the
/// fields' definitions.
///
///     segment s1 role consumer      → .edit(.set(.segment, id: "s1", field: "role", value: .choice("consumer")))
public enum Parser {
    /// nil for a blank line or a `#` comment.
    public static func parse(_ line: String) throws(PlanError) -> Command? {
        var t = Tokenizer(line)
        guard let first = try t.peek() else { return nil }
        if first.hasPrefix("#") { return nil }
        _ = try t.next()
        var word = first
        if word.hasPrefix("/") { word.removeFirst() }
        guard let spec = CommandTable.spec(for: word) else {
            throw .unknownCommand(word, suggestion: nearest(word, in: CommandTable.allWords))
        }
        return try spec.parse(&t)
    }

    static func end(_ t: inout Tokenizer, _ usage: String) throws(PlanError) {
        if let extra = try t.next() { throw .unexpectedArgument(extra, usage: usage) }
    }

    static func looksLikeId(_ w: String, _ prefix: Character?) -> Bool {
        guard let prefix else { return false }
        let l = w.lowercased()
        return l.first == prefix && l.count > 1 && l.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: items

    /// `segment …`, `behaviour …`, `concept …`, `impact …`.
    static func item(_ kind: ItemKind, _ t: inout Tokenizer) throws(PlanError) -> Command {
        let word = kind.rawValue
        guard let sub = try t.next()?.lowercased() else { return .list(kind) }
        if Vocabulary.listWords.contains(sub) {
            try end(&t, "\(word) [list]")
            return .list(kind)
        }
        if kind == .behaviour, Vocabulary.addWords.contains(sub) || Vocabulary.rankWords.contains(sub) {
            let rank = Vocabulary.rankWords.contains(sub)
            let usage = rank ? "behaviour rank NAME..." : "behaviour add NAME..."
            let names = try behaviourNames(&t, usage)
            return .edit(rank ? .rank(names) : .choose(names))
        }
        if Vocabulary.addWords.contains(sub) {
            let usage = Usage.lines(kind)[0]
            guard let name = t.rest(), !name.isEmpty else {
                throw .missingArgument(.value(kind, field: kind.nameField?.key ?? "name"), usage: usage)
            }
            return .edit(.add(kind, name: name))
        }
        if Vocabulary.removeWords.contains(sub) {
            let usage = "\(word) remove " + (kind == .behaviour ? "NAME" : "ID")
            guard let w = try t.next() else {
                throw .missingArgument(kind == .behaviour ? .behaviour : .id(kind), usage: usage)
            }
            try end(&t, usage)
            return .edit(
                .remove(kind, id: kind == .behaviour ? try Vocabulary.parseBehaviour(w).rawValue : w.lowercased()))
        }
        let id: String
        if kind == .behaviour, let b = Vocabulary.behaviour(sub) {
            id = b.rawValue
        } else if looksLikeId(sub, kind.idPrefix) {
            id = sub
        } else {
            throw .unknownWord(
                sub, expected: .subcommand(kind), suggestion: nearest(sub, in: Vocabulary.subcommandSuggestions(kind)))
        }
        // The bare id shows the item.
        guard let f = try t.next() else { return .show(.item(id)) }
        if kind == .impact, CheckInSyntax.actualWords.contains(f.lowercased()) {
            return try CheckInSyntax.parse(id, &t)
        }
        guard let field = Vocabulary.field(f, of: kind) else {
            throw .unknownWord(f, expected: .field(kind), suggestion: nearest(f, in: Vocabulary.fieldSuggestions(kind)))
        }
        return .edit(.set(kind, id: id, field: field.key, value: try value(field, &t)))
    }

    /// A field's value from the rest of the line; nil clears it.
    static func value(_ field: FieldInfo, _ t: inout Tokenizer) throws(PlanError) -> FieldValue? {
        let usage = Usage.line(field)
        let missing = PlanError.missingArgument(.value(field.kind, field: field.key), usage: usage)
        switch field.type {
        case .text, .name:
            guard let text = t.rest() else { throw missing }
            if text.isEmpty, field.type == .name { throw missing }
            return text.isEmpty ? nil : .text(text)
        case .behaviours:
            return .behaviours(try behaviourNames(&t, usage))
        case .choices(let choices):
            // Several words, spaces or commas between; `""` clears the list, like a choice.
            let raw = try t.remainingWords()
            if raw == [""] { return nil }
            let words = Vocabulary.splitList(raw).filter { !$0.isEmpty }
            guard !words.isEmpty else { throw missing }
            var list: [String] = []
            for w in words {
                let v = try Vocabulary.parseChoice(w, choices)
                if !list.contains(v) { list.append(v) }
            }
            return .choices(list)
        case .names:
            guard let text = t.rest() else { throw missing }
            let names = text.split(whereSeparator: { ",，、;；".contains($0) }).map { String($0).trimmingSpaces }
                .filter { !$0.isEmpty }
            return names.isEmpty ? nil : .names(names)
        default: break
        }
        guard let w = try t.next() else { throw missing }
        try end(&t, usage)
        let label = field.word
        switch field.type {
        case .score: return .score(try score(w, label))
        case .number: return .number(try number(w, label))
        case .target: return .target(try target(w))
        case .date:
            if w.isEmpty { return nil }
            guard let d = WideInput.date(w) else { throw .badDate(w) }
            return .date(d)
        case .reference: return .reference(w.lowercased())
        case .choice(let choices): return w.isEmpty ? nil : .choice(try Vocabulary.parseChoice(w, choices))
        case .text, .name, .behaviours, .choices, .names: return nil
        }
    }

    static func behaviourNames(_ t: inout Tokenizer, _ usage: String) throws(PlanError) -> [Behaviour] {
        let names = Vocabulary.splitList(try t.remainingWords())
        guard !names.isEmpty else { throw .missingArgument(.behaviours, usage: usage) }
        var list: [Behaviour] = []
        for n in names { list.append(try Vocabulary.parseBehaviour(n)) }
        return list
    }

    /// A 1-5 score; full-width digits too.
    public static func score(_ word: String, _ what: String) throws(PlanError) -> Int {
        guard let n = WideInput.integer(word), (1...5).contains(n) else { throw .scoreOutOfRange(word, field: what) }
        return n
    }

    /// A finite number, full-width digits and signs too; thousands separators and spaces are not
    /// accepted, to avoid guessing.
    public static func number(_ word: String, _ what: String) throws(PlanError) -> Double {
        guard let n = WideInput.number(word) else { throw .notANumber(word, field: what) }
        return n
    }

    /// `4`, `+20%`, `-50%`, also full-width (`－５０％`).
    public static func target(_ word: String) throws(PlanError) -> Target {
        let w = WideInput.halfWidth(word)
        if w.hasSuffix("%") {
            let body = w.dropLast()
            guard body.first == "+" || body.first == "-", let p = Double(body.dropFirst()), p.isFinite else {
                throw .badTarget(word)
            }
            return .relative(percent: body.first == "-" ? -p : p)
        }
        guard let n = Double(w), n.isFinite else { throw .badTarget(word) }
        return .absolute(n)
    }

    // MARK: session commands

    static func guide(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard var w = try t.next() else { return .guide(step: nil) }
        if let n = stepNumber(w) { w = String(n) }
        if w.lowercased() == "step" || Vocabulary.words("word.step").contains(w) {
            guard let n = try t.next() else { throw .missingArgument(.step, usage: "guide step N") }
            w = n
        }
        guard let n = Int(w), (1...5).contains(n) else {
            throw .unknownWord(w, expected: .step, suggestion: nil)
        }
        try end(&t, "guide step N")
        return .guide(step: n)
    }

    static func show(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let usage = "show [ID|NAME|step N|all]"
        guard let w = try t.next() else { return .show(.plan) }
        let l = w.lowercased()
        var result: ShowTarget
        if l == "all" || l == "plan" || Vocabulary.words("word.all").contains(l) {
            result = .plan
        } else if let s = stepNumber(l) {
            result = .step(s)
        } else if l == "step" || Vocabulary.words("word.step").contains(l) {
            guard let n = try t.next() else { throw .missingArgument(.step, usage: usage) }
            guard let s = Int(n), (1...5).contains(s) else { throw .unknownWord(n, expected: .step, suggestion: nil) }
            result = .step(s)
        } else if let s = Int(l), (1...5).contains(s) {
            result = .step(s)
        } else if looksLikeId(l, "s") || looksLikeId(l, "c") || looksLikeId(l, "i") {
            result = .item(l)
        } else if let b = Vocabulary.behaviour(l) {
            result = .item(b.rawValue)
        } else {
            throw .unknownWord(
                w, expected: .showTarget,
                suggestion: nearest(
                    l, in: ["all", "step"] + Vocabulary.words("word.all") + Vocabulary.words("word.step")))
        }
        try end(&t, usage)
        return .show(result)
    }

    static func save(_ t: inout Tokenizer) throws(PlanError) -> Command {
        var force = false
        if try t.peek() == "--force" {
            _ = try t.next()
            force = true
        }
        return .save(path: t.rest(), force: force)
    }

    static func export(_ t: inout Tokenizer) throws(PlanError) -> Command {
        let usage = CommandTable.spec(for: "export")?.usage[0] ?? "export"
        guard let f = try t.next() else { throw .missingArgument(.exportFormat, usage: usage) }
        let l = f.lowercased() == "markdown" ? "md" : f.lowercased()
        guard let format = ExportFormat(rawValue: l) else {
            // `export handout.md`: the format is in the file name, and the room meant `export md handout.md`.
            let ext = l.split(separator: ".").last.map(String.init) ?? ""
            if l.contains("."), let guess = ExportFormat(rawValue: ext == "markdown" ? "md" : ext) {
                throw .unknownWord(f, expected: .exportFormat, suggestion: "export \(guess.rawValue) \(f)")
            }
            throw .unknownWord(
                f, expected: .exportFormat, suggestion: nearest(l, in: ExportFormat.allCases.map(\.rawValue)))
        }
        // `--output FILE`, as the command line has it, names the file here too.
        if try t.peek() == "--output" { _ = try t.next() }
        return .export(format, path: t.rest())
    }
}

extension String {
    /// The text without white space at either end.
    public var trimmingSpaces: String {
        // Most text has nothing to trim: no copy then.
        if first?.isWhitespace != true, last?.isWhitespace != true { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
