/// The words the command language accepts besides the canonical ones, and how they map to
/// values. Words of every language are accepted whatever the interface language: a Chinese
/// room can type `细分` and an English one `segment` in the same session.
public enum Vocabulary {
    /// The words of catalog entry `key` in every language, split on spaces: `command.help.words`
    /// is `帮助` in Chinese.
    public static func words(_ key: String) -> [String] {
        var out: [String] = []
        for language in Language.all {
            guard let entry = language.entries[key] else { continue }
            for w in entry.split(separator: " ") where !out.contains(String(w)) { out.append(String(w)) }
        }
        return out
    }

    /// A value's label in every language (`消费者` for `choice.role.consumer`), lower-cased.
    static func labels(_ key: String) -> [String] {
        Language.all.compactMap { $0.entries[key]?.lowercased() }
    }

    static let addWords = ["add"] + words("word.add")
    static let removeWords = ["remove", "rm", "delete", "del"] + words("word.remove")
    static let listWords = ["list", "ls"] + words("word.list")
    static let rankWords = ["rank"] + words("word.rank")

    /// The sub-commands of an item's command word, canonical first.
    public static func subcommands(_ kind: ItemKind) -> [String] {
        kind == .behaviour ? ["add", "rank", "remove", "list"] : ["add", "remove", "list"]
    }

    /// Every word that names a behaviour, to its behaviour.
    static let behaviourWords: [String: Behaviour] = {
        var map: [String: Behaviour] = ["customise": .customize]
        for b in Behaviour.allCases {
            map[b.rawValue] = b
            for w in labels("behaviour.\(b.rawValue)") + words("behaviour.\(b.rawValue).words") {
                map[w.lowercased()] = b
            }
        }
        return map
    }()

    /// The behaviours' names in every language, English first: what a mistyped one is near. Names
    /// only, the words an error lists, not every other word taken (`参与感`, `连接`).
    static let behaviourSuggestions = unique(
        Behaviour.allCases.map(\.rawValue) + Behaviour.allCases.flatMap { labels("behaviour.\($0.rawValue)") })

    /// A behaviour by English name (any case), British spelling or its name in any language.
    public static func behaviour(_ word: String) -> Behaviour? { behaviourWords[word.lowercased()] }

    public static func parseBehaviour(_ word: String) throws(PlanError) -> Behaviour {
        guard let b = behaviour(word) else {
            throw .unknownBehaviour(word, suggestion: nearest(word, in: behaviourSuggestions))
        }
        return b
    }

    /// Every word that names one of a field's fixed values, to the value.
    static func choiceWords(_ choices: Choices) -> [String: String] {
        var map = choices.aliases
        for v in choices.values {
            map[v] = v
            for w in labels("choice.\(choices.name).\(v)") + words("choice.\(choices.name).\(v).words") { map[w] = v }
        }
        return map
    }

    public static func parseChoice(_ word: String, _ choices: Choices) throws(PlanError) -> String {
        if let v = choiceWords(choices)[word.lowercased()] { return v }
        // The words an error lists, in every language: `关系` is not near `关注`, a stage's other word.
        let listed = Language.all.flatMap { l in choices.values.map { Texts(l).typedChoice(choices, $0) } }
        throw .unknownChoice(word, choices, suggestion: nearest(word, in: unique(listed)))
    }

    /// A field of a kind of item by its word, an alias, or its label in any language.
    public static func field(_ word: String, of kind: ItemKind) -> FieldInfo? {
        let w = word.lowercased()
        return kind.fields.first { f in f.word == w || f.aliases.contains(w) || words(f.text("words")).contains(w) }
    }

    /// The words that name a kind's fields, for suggestions and completion.
    public static func fieldWords(_ kind: ItemKind) -> [String] { kind.fields.map(\.word) }

    /// Every word `field(_:of:)` takes for a kind's fields, in every language, the canonical
    /// words first: what a mistyped field word is near.
    static func fieldSuggestions(_ kind: ItemKind) -> [String] {
        unique(fieldWords(kind) + kind.fields.flatMap { $0.aliases + words($0.text("words")) })
    }

    /// The words an item command takes after its word, canonical ones first, then their words in
    /// other languages (not `rm` or `ls`: a typo is shown the word itself).
    static func subcommandSuggestions(_ kind: ItemKind) -> [String] {
        let behaviour = kind == .behaviour
        let others = ["add", "remove", "list"] + (behaviour ? ["rank"] : [])
        return unique(
            subcommands(kind) + (behaviour ? Behaviour.allCases.map(\.rawValue) : [])
                + others.flatMap { words("word.\($0)") } + (behaviour ? behaviourSuggestions : []))
    }

    /// The words in order, each once.
    static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// Splits behaviour lists written with spaces, commas (also the Chinese ，、) or both.
    public static func splitList(_ words: [String]) -> [String] {
        words.flatMap { $0.split(whereSeparator: { ",，、;；".contains($0) }).map(String.init) }
    }
}
