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

    public init(plan: Plan) {
        var steps: [Step] = []
        func add(_ n: Int, _ name: String, _ parts: [(String, Bool, String)], empty: String? = nil) {
            // parts: (what is missing, answered?, command to answer it)
            let missing = parts.filter { !$0.1 }
            steps.append(Step(number: n, name: name, done: parts.count - missing.count, total: parts.count,
                              next: empty ?? missing.first?.2, missing: (empty != nil ? [name] : []) + missing.map(\.0)))
        }
        add(1, "objective", [
            ("objective", plan.objective.statement != nil, "objective TEXT"),
            ("data goal", plan.objective.dataGoal != nil, "data-goal TEXT"),
        ])
        add(2, "segment", plan.segments.flatMap { s in [
            ("\(s.id) role", s.role != nil, "segment \(s.id) role ROLE"),
            ("\(s.id) why", s.why != nil, "segment \(s.id) why TEXT"),
            ("\(s.id) need", s.need != nil, "segment \(s.id) need TEXT"),
            ("\(s.id) value", s.value != nil, "segment \(s.id) value TEXT"),
            ("\(s.id) barriers", s.barriers != nil, "segment \(s.id) barriers TEXT"),
        ] }, empty: plan.segments.isEmpty ? "segment add NAME" : nil)
        add(3, "behaviours", plan.behaviours.flatMap { b in [
            ("\(b.name.rawValue) value", b.value != nil, "behaviour \(b.name.rawValue) value 1-5"),
            ("\(b.name.rawValue) effort", b.effort != nil, "behaviour \(b.name.rawValue) effort 1-5"),
            ("\(b.name.rawValue) why", b.why != nil, "behaviour \(b.name.rawValue) why TEXT"),
        ] }, empty: plan.behaviours.isEmpty ? "behaviour add NAME..." : nil)
        add(4, "concept", plan.concepts.flatMap { c in [
            ("\(c.id) segment", c.segment != nil, "concept \(c.id) segment SID"),
            ("\(c.id) uses", !c.uses.isEmpty, "concept \(c.id) uses NAME..."),
            ("\(c.id) description", c.description != nil, "concept \(c.id) description TEXT"),
            ("\(c.id) customer value", c.customerValue != nil, "concept \(c.id) customer-value TEXT"),
            ("\(c.id) org value", c.orgValue != nil, "concept \(c.id) org-value TEXT"),
        ] }, empty: plan.concepts.isEmpty ? "concept add TITLE" : nil)
        add(5, "impact", plan.impacts.flatMap { m in [
            ("\(m.id) baseline", m.baseline != nil, "impact \(m.id) baseline NUMBER"),
            ("\(m.id) target", m.target != nil, "impact \(m.id) target NUMBER|+N%|-N%"),
            ("\(m.id) unit", m.unit != nil, "impact \(m.id) unit TEXT"),
            ("\(m.id) by", m.by != nil, "impact \(m.id) by YYYY-MM-DD"),
            ("\(m.id) concept", m.concept != nil, "impact \(m.id) concept CID"),
        ] }, empty: plan.impacts.isEmpty ? "impact add METRIC" : nil)
        self.steps = steps
    }

    /// The first step that is not complete, or nil when all five are.
    public var current: Step? { steps.first { !$0.isComplete } }

    public static let stepNames = ["objective", "segment", "behaviours", "concept", "impact"]

    /// The number of the first step that is not complete, without building the report: the
    /// prompt asks for it before every line.
    public static func currentStep(of plan: Plan) -> Int? {
        if plan.objective.statement == nil || plan.objective.dataGoal == nil { return 1 }
        if plan.segments.isEmpty || plan.segments.contains(where: {
            $0.role == nil || $0.why == nil || $0.need == nil || $0.value == nil || $0.barriers == nil
        }) { return 2 }
        if plan.behaviours.isEmpty || plan.behaviours.contains(where: { $0.value == nil || $0.effort == nil || $0.why == nil }) { return 3 }
        if plan.concepts.isEmpty || plan.concepts.contains(where: {
            $0.segment == nil || $0.uses.isEmpty || $0.description == nil || $0.customerValue == nil || $0.orgValue == nil
        }) { return 4 }
        if plan.impacts.isEmpty || plan.impacts.contains(where: {
            $0.baseline == nil || $0.target == nil || $0.unit == nil || $0.by == nil || $0.concept == nil
        }) { return 5 }
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
