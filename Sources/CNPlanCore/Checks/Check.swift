/// How serious a finding is: errors make `check` exit 1.
public enum Severity: String, Sendable { case error, warning }

/// One thing `check` found: its code, severity, the item it concerns and how to fix it.
public struct Finding: Sendable, Equatable {
    public var code: String
    public var severity: Severity
    /// The id or name of the item, or "plan".
    public var item: String
    public var message: String
    public var fix: String

    /// `error CN101 plan: no objective; fix: objective TEXT`.
    public var line: String { "\(severity.rawValue) \(code) \(item): \(Board.safe(message)); fix: \(fix)" }
}

/// What checks may need besides the plan.
public struct CheckContext: Sendable {
    /// Today, for dates that have passed.
    public var today: PlanDate
    public init(today: PlanDate) { self.today = today }
}

/// One rule of a good plan.
public protocol PlanCheck: Sendable {
    static var code: String { get }
    static var severity: Severity { get }
    func findings(in plan: Plan, context: CheckContext) -> [Finding]
}

extension PlanCheck {
    func finding(_ item: String, _ message: String, fix: String) -> Finding {
        Finding(code: Self.code, severity: Self.severity, item: item, message: message, fix: fix)
    }
}

/// Every check `check` runs, in the order of the five steps.
public enum Checks {
    public static let all: [any PlanCheck] = [
        HasObjective(), HasDataGoal(),
        HasSegment(), SegmentHasNeedAndValue(), SegmentHasRole(), SegmentIsServed(),
        HasBehaviour(), NotAllFiveBehaviours(), BehaviourIsScored(),
        HasConcept(), ConceptHasSegmentAndBehaviours(), ConceptUsesChosenBehaviours(), ConceptRestsOnTopBehaviours(),
        HasImpact(), ImpactHasBaselineAndTarget(), ImpactTargetDiffersFromBaseline(), ImpactMovesTheRightWay(),
        ImpactDateIsAhead(), ConceptIsMeasured(),
    ]

    public static func run(_ plan: Plan, context: CheckContext) -> [Finding] {
        all.flatMap { $0.findings(in: plan, context: context) }
    }
}

/// The result of `check`, as text, with whether it found an error.
public struct CheckReport {
    public let findings: [Finding]
    public init(plan: Plan, context: CheckContext) {
        findings = Checks.run(plan, context: context)
    }

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    public var text: String {
        if findings.isEmpty { return "no findings: the plan is complete" }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        return (findings.map(\.line) + [summary]).joined(separator: "\n")
    }
}
