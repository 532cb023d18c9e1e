/// `help`, `help COMMAND` and `help TOPIC`: each command's forms (from the command table), what
/// it does and an example (from the catalog), and coaching on each step and behaviour.
public enum Help {
    /// Coaching topics, each a catalog entry `help.topic.NAME`.
    public static let topics =
        ["objective", "segment", "behaviours", "concept", "impact"]
        + Behaviour.allCases.map(\.rawValue) + ["examples", "participation", "stages", "forms"]

    static let topicAliases: [String: String] = [
        "step1": "objective", "segments": "segment", "step2": "segment", "behaviour": "behaviours",
        "behavior": "behaviours",
        "behaviors": "behaviours", "step3": "behaviours", "concepts": "concept", "step4": "concept",
        "impacts": "impact",
        "step5": "impact", "example": "examples",
        "stage": "stages", "form": "forms", "area": "participation", "areas": "participation",
    ]

    /// Every word `help` takes: command words and topics.
    public static var words: [String] { CommandTable.words + topics }

    /// Every word `help` takes, in every language, the canonical ones first: what a mistyped one is near.
    static var suggestions: [String] {
        Vocabulary.unique(
            words + CommandTable.allWords + topics.flatMap { Vocabulary.words("help.topic.\($0).words") }
                + Vocabulary.behaviourSuggestions)
    }

    public static func text(for topic: String?, texts t: Texts) throws(PlanError) -> String {
        guard var w = topic?.trimmingSpaces.lowercased(), !w.isEmpty else { return overview(t) }
        if w.hasPrefix("/") { w.removeFirst() }
        if let b = Vocabulary.behaviour(w) { return t("help.topic.\(b.rawValue)") }
        let name = topicAliases[w] ?? topics.first { $0 == w || Vocabulary.words("help.topic.\($0).words").contains(w) }
        let coaching = name.map { t("help.topic.\($0)") }
        // A step's command word shows its syntax, then the coaching for the step.
        if let spec = CommandTable.spec(for: w) ?? (name.flatMap { CommandTable.spec(for: $0) }) {
            return reference(spec, t) + (coaching.map { "\n\n" + $0 } ?? "")
        }
        if let coaching { return coaching }
        throw .unknownWord(topic!, expected: .helpTopic, suggestion: nearest(w, in: suggestions))
    }

    /// One command: its forms, what it does, an example.
    static func reference(_ spec: CommandSpec, _ t: Texts) -> String {
        var lines = spec.usage + ["", t("command.\(spec.word).summary")]
        let other = spec.words.dropFirst().filter { $0 != spec.word }
        if !other.isEmpty { lines.append(t("help.alsoWords", ["list": t.list(Array(other))])) }
        lines += ["", t("help.example")]
        lines += t("command.\(spec.word).example").split(separator: "\n").map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    static func overview(_ t: Texts) -> String {
        var lines = t("help.intro").split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""]
        let column = (CommandTable.all.map { TextWidth.of($0.usage[0]) }.max() ?? 30) + 2
        for spec in CommandTable.all {
            lines.append("  " + TextWidth.pad(spec.usage[0], to: column) + t("command.\(spec.word).summary"))
        }
        lines += ["", t("help.more")]
        return lines.joined(separator: "\n")
    }
}
