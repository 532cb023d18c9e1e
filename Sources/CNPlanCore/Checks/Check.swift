/// How serious a finding is: errors make `check` exit 1.
public enum Severity: String, Sendable { case error, warning, info }

/// One thing `check` found: its code, severity, the item it concerns, what is wrong and how to
/// fix it, as catalog keys with their data (`check.CN303.unscored`, `….fix`).
public struct Finding: Sendable, Equatable {
    public var code: String
    public var severity: Severity
    /// The id or name of the item; empty for the whole plan.
    public var item: String
    /// The message's name within its check.
    public var name: String
    public var args: [String: String]

    public var key: String { "check.\(code).\(name)" }

    /// `error CN101 plan: no objective; fix: objective TEXT`.
    public func line(_ t: Texts) -> String {
        t(
            "check.line",
            [
                "severity": t("severity.\(severity.rawValue)"), "code": code, "item": itemName(t),
                "message": message(t), "fix": fix(t),
            ])
    }

    public func message(_ t: Texts) -> String { Board.safe(t(key, shownArgs(t))) }
    public func fix(_ t: Texts) -> String { Board.safe(t(key + ".fix", args)) }

    /// The item as the room reads it: a behaviour by its name in the language.
    public func itemName(_ t: Texts) -> String {
        if item.isEmpty { return t("kind.plan") }
        return Behaviour(rawValue: item).map(t.behaviour) ?? item
    }

    /// The data of the message, behaviours and dates as the language writes them; the fix keeps
    /// command words.
    func shownArgs(_ t: Texts) -> [String: String] {
        var shown = args
        if let b = args["behaviour"].flatMap(Behaviour.init(rawValue:)) { shown["behaviour"] = t.behaviour(b) }
        if let s = args["date"], let d = PlanDate(isoDay: s) ?? PlanDate(s) { shown["date"] = t.date(d) }
        return shown
    }
}

/// What checks may need besides the plan.
public struct CheckContext: Sendable {
    /// Today, for dates that have passed.
    public var today: PlanDate
    /// Days an impact under way may go without a check-in before CN602 says so.
    public var checkInDays = 30
    public init(today: PlanDate) { self.today = today }
}

/// One rule of a good plan: its code, severity and the names of its messages, each a catalog
/// entry `check.CODE.NAME` with a fix `check.CODE.NAME.fix`.
public protocol PlanCheck: Sendable {
    static var code: String { get }
    static var severity: Severity { get }
    static var messages: [String] { get }
    func findings(in plan: Plan, context: CheckContext) -> [Finding]
}

extension PlanCheck {
    func finding(_ item: String, _ name: String, _ args: [String: String] = [:]) -> Finding {
        Finding(code: Self.code, severity: Self.severity, item: item, name: name, args: args)
    }
}

/// Every check `check` runs, in the order of the five steps.
public enum Checks {
    public static let all: [any PlanCheck] = [
        HasObjective(), HasDataGoal(),
        HasSegment(), SegmentHasNeedAndValue(), SegmentHasRole(), SegmentIsServed(),
        HasBehaviour(), NotAllFiveBehaviours(), BehaviourIsScored(),
        HasConcept(), ConceptHasSegmentAndBehaviours(), ConceptUsesChosenBehaviours(), ConceptRestsOnTopBehaviours(),
        SegmentIsReadyForItsConcepts(), ConceptFormFitsItsBehaviours(), ConceptHasFeedbackLoop(), ConceptsSpanAreas(),
        HasImpact(), ImpactHasBaselineAndTarget(), ImpactTargetDiffersFromBaseline(), ImpactMovesTheRightWay(),
        ImpactDateIsAhead(), ConceptIsMeasured(),
        ImpactCheckedAfterDate(), ImpactCheckedRecently(), ConceptNotAllBehind(),
    ]

    public static func run(_ plan: Plan, context: CheckContext) -> [Finding] {
        all.flatMap { $0.findings(in: plan, context: context) }
    }
}

/// The result of `check`, with whether it found an error.
public struct CheckReport {
    public let findings: [Finding]
    public init(plan: Plan, context: CheckContext) {
        findings = Checks.run(plan, context: context)
    }

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    public func text(_ t: Texts) -> String {
        if findings.isEmpty { return t("check.none") }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let summary = t.plural("check.errors", errors) + t("list.separator") + t.plural("check.warnings", warnings)
        return (findings.map { $0.line(t) } + [summary]).joined(separator: "\n")
    }
}
