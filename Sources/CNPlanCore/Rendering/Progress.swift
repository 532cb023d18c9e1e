/// How far the plan is through the five steps: what `status` shows and the prompt's step. What
/// "complete" means comes from the fields' definitions: each field a complete plan needs.
public struct Progress {
    /// One step's state: how many of its parts are answered, and what is missing.
    public struct Step: Sendable {
        public var number: Int
        public var done: Int
        public var total: Int
        /// What to type next for this step, when something is missing.
        public var next: String?
        /// Labels of what is missing, required first.
        public var missing: [Gap]
        /// True when no required answer is missing.
        public var hasRequired: Bool
        public var isComplete: Bool { total > 0 && done == total }
        /// Every required answer is there, some optional one is not: what the prompt and `status`
        /// both call "required done".
        public var isRequiredDone: Bool { hasRequired && !isComplete }
        /// Something is answered, or (steps 2 to 5) the step has an item, even one with no answers yet.
        public var isStarted: Bool { done > 0 || (number > 1 && total > 0) }
    }

    /// One missing answer: which item and field (nil field: the step has no item yet).
    public struct Gap: Sendable {
        public var kind: ItemKind
        public var id: String
        public var field: FieldInfo?
    }

    public let steps: [Step]

    public init(plan: Plan) {
        steps = (1...5).map { Progress.step($0, of: plan) }
    }

    static func step(_ n: Int, of plan: Plan) -> Step {
        let kind = ItemKind.allCases.first { $0.step == n }!
        let counted = kind.fields.filter(\.need.isCounted)
        let items = plan.readers(kind)
        guard !items.isEmpty else {
            return Step(
                number: n, done: 0, total: 0, next: Progress.addCommand(kind),
                missing: [Gap(kind: kind, id: "", field: nil)],
                hasRequired: false)
        }
        var missing: [Gap] = []
        var total = 0
        var required = true
        for (id, read) in items {
            for f in counted {
                total += 1
                if read(f.key) == nil {
                    missing.append(Gap(kind: kind, id: id, field: f))
                    if f.need == .required { required = false }
                }
            }
        }
        let next = missing.first.flatMap { g in g.field.map { Progress.command(kind, g.id, $0) } }
        return Step(
            number: n, done: total - missing.count, total: total, next: next, missing: missing, hasRequired: required)
    }

    /// How `status` names an item: its id, or a behaviour's name in the language.
    static func name(_ g: Gap, _ t: Texts) -> String? {
        if g.id.isEmpty { return nil }
        return g.kind == .behaviour ? Behaviour(rawValue: g.id).map(t.behaviour) : g.id
    }

    /// `segment add NAME`: the command that starts a step's list.
    static func addCommand(_ kind: ItemKind) -> String {
        Usage.lines(kind)[0]
    }

    /// `segment s1 role ROLE`, `data-goal TEXT`: the command that answers a field.
    static func command(_ kind: ItemKind, _ id: String, _ f: FieldInfo) -> String {
        kind == .plan ? "\(f.word) TEXT" : "\(kind.rawValue) \(id) \(f.word) \(Usage.placeholder(f.type))"
    }

    /// The first step whose required answers are missing; optional gaps are for `status`.
    public var current: Step? { steps.first { !$0.hasRequired } }

    /// Whether every answer of the five steps is there, optional ones too: `status` says "done" of
    /// each step, and the prompt `[done]`. Counted without building the report.
    public static func isComplete(_ plan: Plan) -> Bool { completeSteps(of: plan) == 5 }

    /// The prompt's step, without building the whole report: it is asked before every line.
    public static func currentStep(of plan: Plan) -> Int? {
        for n in 1...5 {
            let kind = ItemKind.allCases.first { $0.step == n }!
            let items = plan.readers(kind)
            if items.isEmpty { return n }
            let required = kind.fields.filter { $0.need == .required }
            if items.contains(where: { item in required.contains { item.read($0.key) == nil } }) { return n }
        }
        return nil
    }

    /// The `status` text; `width` non-nil (a terminal) adds a progress bar per step.
    public func report(width: Int?, texts t: Texts) -> String {
        var lines: [String] = []
        let names = steps.map { t("step.\($0.number)") }
        let nameWidth = (names.map { TextWidth.of($0) }.max() ?? 0) + 2
        for s in steps {
            let state =
                s.isComplete
                ? t("status.done")
                : s.isRequiredDone
                    ? t("status.requiredDone") : s.isStarted ? t("status.partly") : t("status.notStarted")
            var line = "  \(s.number)/5 " + TextWidth.pad(names[s.number - 1], to: nameWidth)
            if width != nil {
                let filled = s.total == 0 ? 0 : s.done * 10 / s.total
                line +=
                    String(repeating: t("status.barFull"), count: filled)
                    + String(repeating: t("status.barEmpty"), count: 10 - filled)
                line += "  "
            }
            var detail = state
            if !s.isComplete {
                let labels = s.missing.map { g in
                    g.field.map { f in Progress.name(g, t).map { $0 + " " }.map { $0 + t.label(f) } ?? t.label(f) }
                        ?? t("step.\(s.number)")
                }
                let shown = t.list(Array(labels.prefix(4))) + (labels.count > 4 ? t("list.more") : "")
                detail += t("status.missing", ["list": shown])
            }
            // On a terminal the detail wraps under itself instead of under the step names.
            let indent = TextWidth.of(line)
            let wrapped = TextWidth.wrap(detail, width: width.map { max(20, $0 - indent) } ?? 0)
            lines.append(line + wrapped[0])
            for more in wrapped.dropFirst() { lines.append(String(repeating: " ", count: indent) + more) }
        }
        if let next = steps.first(where: { $0.next != nil })?.next {
            lines.append(t("status.next", ["command": next]))
        } else {
            lines.append(t("status.allDone"))
        }
        return lines.joined(separator: "\n")
    }
}
