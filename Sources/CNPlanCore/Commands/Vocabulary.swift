/// The words the command language accepts, and how they map to values.
public enum Vocabulary {
    /// Top-level command words, canonical first; aliases map to them.
    public static let commands: [String] = [
        "title", "objective", "data-goal", "segment", "behaviour", "concept", "impact",
        "guide", "status", "show", "check", "undo", "redo", "history",
        "new", "open", "save", "export", "help", "quit", "exit",
    ]
    static let commandAliases: [String: String] = [
        "behavior": "behaviour", "behaviours": "behaviour", "behaviors": "behaviour",
        "segments": "segment", "concepts": "concept", "impacts": "impact",
        "datagoal": "data-goal", "data_goal": "data-goal", "?": "help",
    ]

    /// The canonical command word for what the user typed, or nil.
    public static func command(_ word: String) -> String? {
        let w = word.lowercased()
        if commands.contains(w) { return w }
        return commandAliases[w]
    }

    static let behaviourAliases: [String: Behaviour] = [
        "customise": .customize, "接入": .access, "参与": .engage, "定制": .customize, "联结": .connect,
        "连接": .connect, "合作": .collaborate,
    ]

    /// A behaviour by English name (any case), British spelling or Chinese name.
    public static func behaviour(_ word: String) -> Behaviour? {
        let w = word.lowercased()
        return Behaviour(rawValue: w) ?? behaviourAliases[w]
    }

    public static func parseBehaviour(_ word: String) throws(PlanError) -> Behaviour {
        guard let b = behaviour(word) else {
            throw .unknownBehaviour(word, suggestion: nearest(word, in: Behaviour.allCases.map(\.rawValue)))
        }
        return b
    }

    static let roleAliases: [String: Role] = [
        "终端消费者": .consumer, "消费者": .consumer, "customer": .consumer, "业务合作伙伴": .partner,
        "合作伙伴": .partner, "投资者": .investor, "媒体": .media, "政府": .government, "员工": .employee,
        "其他": .other, "staff": .employee,
    ]

    public static func parseRole(_ word: String) throws(PlanError) -> Role {
        let w = word.lowercased()
        if let r = Role(rawValue: w) ?? roleAliases[w] { return r }
        throw .unknownRole(word, suggestion: nearest(word, in: Role.allCases.map(\.rawValue)))
    }

    static let conceptFieldAliases: [String: ConceptField] = [
        "customervalue": .customerValue, "customer_value": .customerValue, "orgvalue": .orgValue,
        "org_value": .orgValue, "organisation-value": .orgValue, "organization-value": .orgValue,
        "desc": .description,
    ]

    /// Splits behaviour lists written with spaces, commas (also the Chinese ，、) or both.
    public static func splitList(_ words: [String]) -> [String] {
        words.flatMap { $0.split(whereSeparator: { ",，、;；".contains($0) }).map(String.init) }
    }
}
