import Testing

@testable import CNPlanCore

/// The message catalogs agree: every key in every language, the same placeholders, Chinese text
/// that is Chinese, layout characters that keep tables aligned, and input words that name one
/// thing each.
@Suite struct CatalogTests {
    /// Entries that are input words, not texts: they exist only where a language has such words.
    static func isWords(_ key: String) -> Bool { key.hasSuffix(".words") || key.hasPrefix("word.") }

    /// The keys a catalog must have: plural entries by their `#other` form, words aside.
    static func textKeys(_ catalog: [String: String]) -> Set<String> {
        Set(catalog.keys.filter { !isWords($0) && !$0.hasSuffix("#one") })
    }

    /// Date entries may use any of the parts `Texts.date` fills: `2027-06-30` and `2027年6月30日`.
    static let dateParts: [String: Set<String>] = [
        "date.day": ["yyyy", "mm", "m", "dd", "d"], "date.month": ["yyyy", "mm", "m"],
    ]

    @Test func everyEnglishKeyIsInChineseAndNoOther() {
        let english = Self.textKeys(englishCatalog)
        let chinese = Self.textKeys(chineseCatalog)
        #expect(english.subtracting(chinese).sorted() == [], "keys missing in Chinese.swift")
        #expect(chinese.subtracting(english).sorted() == [], "keys in Chinese.swift that English.swift lacks")
        #expect(englishCatalog.keys.filter(Self.isWords).sorted() == [], "input words belong to other languages")
    }

    @Test func everyLanguageHasEveryKey() {
        let english = Self.textKeys(englishCatalog)
        for language in Language.all {
            let missing = english.subtracting(Self.textKeys(language.entries)).sorted()
            #expect(missing == [], "\(language.code) lacks keys")
        }
    }

    @Test func placeholdersAreTheSameInBothLanguages() {
        for (key, chinese) in chineseCatalog where !Self.isWords(key) {
            guard let english = englishCatalog[key] else { continue }
            let zh = Texts.placeholders(chinese)
            if let parts = Self.dateParts[key] {
                #expect(zh.isSubset(of: parts) && zh.contains("yyyy") && zh.count >= 2, "\(key): \(zh.sorted())")
            } else {
                #expect(zh == Texts.placeholders(english), "\(key): \(chinese)")
            }
        }
        // A plural's English forms share one set of placeholders too.
        for (key, other) in englishCatalog where key.hasSuffix("#one") {
            let otherKey = String(key.dropLast(4)) + "#other"
            #expect(Texts.placeholders(other) == Texts.placeholders(englishCatalog[otherKey] ?? ""), "\(key)")
        }
    }

    @Test func chineseDatesReadAsChineseWritersWriteThem() {
        let t = Texts(.chinese)
        #expect(t.date(PlanDate("2027-06-30")!) == "2027年6月30日")
        #expect(t.date(PlanDate("2027-06")!) == "2027年6月")
        #expect(t.list(["甲", "乙", "丙"]) == "甲、乙、丙")
    }

    // MARK: untranslated English

    /// Words that are command syntax, not English prose: command, field, sub-command, behaviour,
    /// role and format words, and a few the guide and file names use.
    /// The fixed lists of values that fields hold (roles, stages, forms, …).
    static let fixedLists: [Choices] = ItemKind.allCases.flatMap(\.fields).compactMap { f in
        switch f.type {
        case .choice(let c), .choices(let c): c
        default: nil
        }
    }

    static let syntaxWords: Set<String> = {
        var words = Set(CommandTable.all.flatMap(\.words).map { $0.lowercased() })
        for kind in ItemKind.allCases {
            for f in kind.fields {
                words.insert(f.word)
                words.formUnion(f.aliases)
            }
        }
        words.formUnion(["add", "remove", "list", "rank", "rm", "ls", "step", "all", "plan", "back", "skip", "stop"])
        words.formUnion(Behaviour.allCases.map(\.rawValue))
        for c in Self.fixedLists { words.formUnion(c.values + c.aliases.keys) }
        words.formUnion(["json", "md", "html", "markdown", "cnplan", "force", "en", "zh", "mib", "ctrl"])
        words.formUnion(Help.topics)
        return words
    }()

    /// The runs of three or more English words in a row in `text`, ignoring placeholders, code in
    /// backticks, command syntax words, ids, file names and UPPERCASE metavariables.
    static func englishRuns(_ text: String) -> [String] {
        var plain = ""
        var skip: Character? = nil
        for c in text {
            if let end = skip {
                if c == end { skip = nil }
                continue
            }
            if c == "{" {
                skip = "}"
                plain += " | "
                continue
            }
            if c == "`" {
                skip = "`"
                plain += " | "
                continue
            }
            plain += c.isASCII ? String(c) : " | "
        }
        var runs: [String] = []
        var run: [String] = []
        func close() {
            if run.count >= 3 { runs.append(run.joined(separator: " ")) }
            run = []
        }
        for chunk in plain.split(whereSeparator: \.isWhitespace) {
            let word = chunk.filter { !",;:?!\"()<>[]|".contains($0) }
            let isProse =
                !word.isEmpty && word.allSatisfy({ $0.isLetter || $0 == "'" })
                && word != word.uppercased() && !syntaxWords.contains(word.lowercased())
            if isProse { run.append(word) } else { close() }
        }
        close()
        return runs
    }

    @Test func theHeuristicFindsEnglishProseAndPassesCommandSyntax() {
        #expect(Self.englishRuns("please answer again") == ["please answer again"])
        #expect(Self.englishRuns("标题：Repair in hours, not days") == ["Repair in hours not days"])
        #expect(Self.englishRuns("{message}; please answer again") != [])
        #expect(Self.englishRuns("segment s1 role consumer") == [])
        #expect(Self.englishRuns("改法：concept {id} uses NAME...") == [])
        #expect(Self.englishRuns("用 `open the file now` 打开；export md handout.md") == [])
        #expect(Self.englishRuns("cnplan < examples/clinic-follow-up.answers") == [])
    }

    @Test func noChineseTextIsAnUntranslatedEnglishSentence() {
        for (key, text) in chineseCatalog where !Self.isWords(key) {
            #expect(Self.englishRuns(text) == [], "\(key): \(text)")
        }
    }

    // MARK: typography

    /// Characters of East Asian Width "A" that Chinese terminals often draw two columns wide.
    static func isAmbiguousWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00A7, 0x00B0, 0x00B1, 0x00B7, 0x00D7, 0x00F7, 0x2010...0x2027, 0x2030...0x203B, 0x2190...0x21FF,
            0x2200...0x22FF, 0x2460...0x24FF, 0x2500...0x257F, 0x2580...0x259F, 0x25A0...0x25FF, 0x2600...0x26FF:
            true
        default: false
        }
    }

    @Test func layoutCharactersAreASCIIOrFullWidthInChinese() {
        for key in ["board.rule", "status.barFull", "status.barEmpty", "wall.ink"] {
            let text = chineseCatalog[key] ?? ""
            #expect(!text.isEmpty, "\(key) missing")
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII || TextWidth.isWide($0) }, "\(key): \(text)")
        }
    }

    /// Texts that end up in the cells or headers of a table on the terminal.
    static let cellKeys: [String] = {
        var keys = [
            "board.rank", "board.rankN", "board.id", "board.baselineToTarget", "board.change",
            "board.notSet", "status.done", "status.partly", "status.notStarted", "change.points",
            "date.day", "date.month", "md.id", "md.empty", "md.rank", "md.behaviour", "md.baselineToTarget",
            "md.change",
        ]
        keys += ItemKind.allCases.map { "kind.\($0.rawValue)" } + Behaviour.allCases.map { "behaviour.\($0.rawValue)" }
        keys += Choices.roles.values.map { "choice.role.\($0)" }
        for kind in ItemKind.allCases { keys += kind.fields.map { $0.text("label") } }
        return keys
    }()

    @Test func tableCellsUseNoAmbiguousWidthCharactersInChinese() {
        #expect(Self.isAmbiguousWidth("→") && Self.isAmbiguousWidth("═") && !Self.isAmbiguousWidth("细"))
        for key in Self.cellKeys {
            guard let text = chineseCatalog[key] else {
                Issue.record("\(key) missing in Chinese")
                continue
            }
            #expect(!text.unicodeScalars.contains(where: Self.isAmbiguousWidth), "\(key): \(text)")
        }
    }

    /// Chinese text uses Chinese punctuation: no ASCII comma, colon, semicolon, question mark or
    /// parenthesis right next to a Chinese character.
    @Test func chinesePunctuationNextToChineseText() {
        let ascii = Set(",;:?!()")
        for (key, text) in chineseCatalog where !Self.isWords(key) {
            let chars = Array(text)
            for (a, b) in zip(chars, chars.dropFirst()) {
                let wideA = a.unicodeScalars.first.map(TextWidth.isWide) ?? false
                let wideB = b.unicodeScalars.first.map(TextWidth.isWide) ?? false
                #expect(!(wideA && ascii.contains(b)) && !(wideB && ascii.contains(a)), "\(key): \(a)\(b) in \(text)")
            }
        }
    }

    // MARK: input words

    /// Every word of a `.words` entry is one word that has Chinese in it.
    @Test func wordsAreSingleWords() {
        for (key, entry) in chineseCatalog where Self.isWords(key) {
            let words = entry.split(separator: " ")
            #expect(!words.isEmpty, "\(key) is empty")
            #expect(!entry.contains("  ") && !entry.hasPrefix(" ") && !entry.hasSuffix(" "), "\(key): \(entry)")
            for w in words {
                #expect(!w.contains(where: { $0.isWhitespace || "，、,;；".contains($0) }), "\(key): \(w)")
                #expect(w.unicodeScalars.contains(where: TextWidth.isWide), "\(key): \(w) is not Chinese")
            }
        }
    }

    @Test func everyCommandHasChineseWords() {
        for spec in CommandTable.all {
            let chinese = Vocabulary.words("command.\(spec.word).words")
            #expect(!chinese.isEmpty, "command \(spec.word) has no Chinese word")
            for w in chinese { #expect(CommandTable.spec(for: w)?.word == spec.word, "\(w) is not \(spec.word)") }
        }
        for required in ["帮助", "状态", "检查", "撤销", "重做", "导出", "保存", "打开", "退出", "细分", "行为", "方案", "影响"] {
            #expect(CommandTable.spec(for: required) != nil, "\(required)")
        }
    }

    @Test func noWordNamesTwoCommands() {
        var owner: [String: String] = [:]
        for spec in CommandTable.all {
            for w in Set(spec.words.map { $0.lowercased() }) {
                #expect(owner[w] == nil, "\(w) names both \(owner[w] ?? "") and \(spec.word)")
                owner[w] = spec.word
            }
        }
    }

    @Test func everyFieldHasChineseWordsAndNoWordNamesTwoFieldsOfAKind() {
        for kind in ItemKind.allCases {
            var owner: [String: String] = [:]
            for f in kind.fields {
                let chinese = Vocabulary.words(f.text("words"))
                #expect(!chinese.isEmpty, "\(f.text("words")) missing")
                for w in Set([f.word] + f.aliases + chinese).map({ $0.lowercased() }) {
                    #expect(owner[w] == nil, "\(kind) field word \(w) names both \(owner[w] ?? "") and \(f.key)")
                    owner[w] = f.key
                    #expect(Vocabulary.field(w, of: kind)?.key == f.key, "\(w) does not reach \(kind) \(f.key)")
                }
            }
        }
    }

    @Test func behaviourRoleAndSubcommandWordsNameOneThingEach() {
        var behaviour: [String: Behaviour] = [:]
        for b in Behaviour.allCases {
            let words = Vocabulary.labels("behaviour.\(b.rawValue)") + Vocabulary.words("behaviour.\(b.rawValue).words")
            for w in words {
                #expect(behaviour[w] == nil || behaviour[w] == b, "\(w) names \(behaviour[w]!) and \(b)")
                behaviour[w] = b
                #expect(Vocabulary.behaviour(w) == b, "\(w)")
            }
        }
        for c in Self.fixedLists {
            var value: [String: String] = [:]
            for v in c.values {
                for w in Vocabulary.labels("choice.\(c.name).\(v)") + Vocabulary.words("choice.\(c.name).\(v).words") {
                    #expect(value[w] == nil || value[w] == v, "\(c.name): \(w) names \(value[w]!) and \(v)")
                    value[w] = v
                    #expect((try? Vocabulary.parseChoice(w, c)) == v, "\(c.name): \(w)")
                }
            }
        }
        // Sub-commands stand where behaviour names stand (`behaviour 排序 …`, `behaviour 接入 …`).
        let sub: [(String, [String])] = [
            ("add", Vocabulary.addWords), ("remove", Vocabulary.removeWords), ("list", Vocabulary.listWords),
            ("rank", Vocabulary.rankWords), ("step", Vocabulary.words("word.step")),
        ]
        var subOwner: [String: String] = [:]
        for (name, words) in sub {
            #expect(
                words.contains { w in w.unicodeScalars.contains(where: TextWidth.isWide) },
                "\(name) has no Chinese word")
            for w in words {
                #expect(subOwner[w] == nil || subOwner[w] == name, "\(w) is both \(subOwner[w]!) and \(name)")
                subOwner[w] = name
                #expect(Vocabulary.behaviour(w) == nil, "\(w) is a sub-command and a behaviour")
            }
        }
        #expect(Answers.yes.isDisjoint(with: Answers.no), "\(Answers.yes.intersection(Answers.no))")
        #expect(Answers.yes.contains("是") && Answers.no.contains("否"))
    }

    @Test func helpTopicWordsLeadToTheirOwnStep() throws {
        let step = [
            "objective": "objective", "segment": "segment", "behaviours": "behaviour", "concept": "concept",
            "impact": "impact",
        ]
        var owner: [String: String] = [:]
        for topic in Help.topics {
            for w in Vocabulary.words("help.topic.\(topic).words") {
                #expect(owner[w] == nil, "\(w) is both help \(owner[w] ?? "") and help \(topic)")
                owner[w] = topic
                if let spec = CommandTable.spec(for: w) {
                    #expect(step[topic] == spec.word, "\(w): \(topic) or \(spec.word)")
                }
                #expect(try Help.text(for: w, texts: Texts(.chinese)).contains(Texts(.chinese)("help.topic.\(topic)")))
            }
        }
    }
}
