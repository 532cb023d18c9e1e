/// How far the plan is through the five steps: what `status` shows and the prompt's step.
public struct Progress {
    /// One step's state: how many of its parts are answered, and what is missing first.
    public struct Step: Sendable {
        public var number: Int
        public var name: String
        public var done: Int
        public var total: Int
        /// What to type next for this step, when it is not complete.
        public var next: String?
        public var missing: [String]
        public var isComplete: Bool { total > 0 && done == total }
        public var isStarted: Bool { done > 0 }
    }

    public let steps: [Step]

    /// One part of an item that a complete plan answers: its name in `status`, whether it is
    /// answered, and the rest of the command that answers it.
    struct Part<Item>: Sendable {
        let label: String
        let answered: @Sendable (Item) -> Bool
        let command: String
    }

    // The one place that says what "complete" means, for `status` and for the prompt alike.
    static let objectiveParts: [Part<Objective>] = [
        Part(label: "objective", answered: { $0.statement != nil }, command: "objective TEXT"),
        Part(label: "data goal", answered: { $0.dataGoal != nil }, command: "data-goal TEXT"),
    ]
    static let segmentParts: [Part<Segment>] = [
        Part(label: "role", answered: { $0.role != nil }, command: "role ROLE"),
        Part(label: "why", answered: { $0.why != nil }, command: "why TEXT"),
        Part(label: "need", answered: { $0.need != nil }, command: "need TEXT"),
        Part(label: "value", answered: { $0.value != nil }, command: "value TEXT"),
        Part(label: "barriers", answered: { $0.barriers != nil }, command: "barriers TEXT"),
    ]
    static let behaviourParts: [Part<BehaviourChoice>] = [
        Part(label: "value", answered: { $0.value != nil }, command: "value 1-5"),
        Part(label: "effort", answered: { $0.effort != nil }, command: "effort 1-5"),
        Part(label: "why", answered: { $0.why != nil }, command: "why TEXT"),
    ]
    static let conceptParts: [Part<Concept>] = [
        Part(label: "segment", answered: { $0.segment != nil }, command: "segment SID"),
        Part(label: "uses", answered: { !$0.uses.isEmpty }, command: "uses NAME..."),
        Part(label: "description", answered: { $0.description != nil }, command: "description TEXT"),
        Part(label: "customer value", answered: { $0.customerValue != nil }, command: "customer-value TEXT"),
        Part(label: "org value", answered: { $0.orgValue != nil }, command: "org-value TEXT"),
    ]
    static let impactParts: [Part<Impact>] = [
        Part(label: "baseline", answered: { $0.baseline != nil }, command: "baseline NUMBER"),
        Part(label: "target", answered: { $0.target != nil }, command: "target NUMBER|+N%|-N%"),
        Part(label: "unit", answered: { $0.unit != nil }, command: "unit TEXT"),
        Part(label: "by", answered: { $0.by != nil }, command: "by YYYY-MM-DD"),
        Part(label: "concept", answered: { $0.concept != nil }, command: "concept CID"),
    ]

    public init(plan: Plan) {
        var steps: [Step] = []
        // parts: (what is missing, answered?, command to answer it)
        func add(_ n: Int, _ parts: [(String, Bool, String)], empty: String? = nil) {
            let name = Progress.stepNames[n - 1]
            let missing = parts.filter { !$0.1 }
            steps.append(Step(number: n, name: name, done: parts.count - missing.count, total: parts.count,
                              next: empty ?? missing.first?.2, missing: (empty != nil ? [name] : []) + missing.map(\.0)))
        }
        func parts<Item>(_ items: [Item], _ table: [Part<Item>], _ kind: String, _ id: (Item) -> String) -> [(String, Bool, String)] {
            items.flatMap { item in table.map { ("\(id(item)) \($0.label)", $0.answered(item), "\(kind) \(id(item)) \($0.command)") } }
        }
        add(1, Progress.objectiveParts.map { ($0.label, $0.answered(plan.objective), $0.command) })
        add(2, parts(plan.segments, Progress.segmentParts, "segment", \.id), empty: plan.segments.isEmpty ? "segment add NAME" : nil)
        add(3, parts(plan.behaviours, Progress.behaviourParts, "behaviour", \.name.rawValue),
            empty: plan.behaviours.isEmpty ? "behaviour add NAME..." : nil)
        add(4, parts(plan.concepts, Progress.conceptParts, "concept", \.id), empty: plan.concepts.isEmpty ? "concept add TITLE" : nil)
        add(5, parts(plan.impacts, Progress.impactParts, "impact", \.id), empty: plan.impacts.isEmpty ? "impact add METRIC" : nil)
        self.steps = steps
    }

    /// The first step that is not complete, or nil when all five are.
    public var current: Step? { steps.first { !$0.isComplete } }

    public static let stepNames = ["objective", "segment", "behaviours", "concept", "impact"]

    /// The number of the first step that is not complete, without building the report: the
    /// prompt asks for it before every line.
    public static func currentStep(of plan: Plan) -> Int? {
        func open<Item>(_ items: [Item], _ table: [Part<Item>]) -> Bool {
            items.isEmpty || items.contains { item in table.contains { !$0.answered(item) } }
        }
        if objectiveParts.contains(where: { !$0.answered(plan.objective) }) { return 1 }
        if open(plan.segments, segmentParts) { return 2 }
        if open(plan.behaviours, behaviourParts) { return 3 }
        if open(plan.concepts, conceptParts) { return 4 }
        if open(plan.impacts, impactParts) { return 5 }
        return nil
    }

    /// The `status` text; `width` non-nil (a terminal) adds a progress bar per step.
    public func report(width: Int?) -> String {
        var lines: [String] = []
        for s in steps {
            let state = s.isComplete ? "done" : s.isStarted ? "partly done" : "not started"
            var line = "  \(s.number)/5 " + TextWidth.pad(s.name, to: 12)
            if width != nil {
                let filled = s.total == 0 ? 0 : s.done * 10 / s.total
                line += String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled) + "  "
            }
            var detail = state
            if !s.isComplete {
                let shown = s.missing.prefix(4).joined(separator: ", ")
                detail += " (missing: " + shown + (s.missing.count > 4 ? ", …" : "") + ")"
            }
            // On a terminal the detail wraps under itself instead of under the step names.
            let indent = TextWidth.of(line)
            let wrapped = TextWidth.wrap(detail, width: width.map { max(20, $0 - indent) } ?? 0)
            lines.append(line + wrapped[0])
            for more in wrapped.dropFirst() { lines.append(String(repeating: " ", count: indent) + more) }
        }
        if let c = current, let next = c.next {
            lines.append("next: " + next + "   (or type guide to be walked through it)")
        } else {
            lines.append("all five steps are answered; run check, then export md")
        }
        return lines.joined(separator: "\n")
    }
}
