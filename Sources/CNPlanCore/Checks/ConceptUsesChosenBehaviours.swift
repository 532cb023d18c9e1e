/// Error: a concept rests on a behaviour that step 3 did not choose.
struct ConceptUsesChosenBehaviours: PlanCheck {
    static let code = "CN403"
    static let messages = ["notChosen"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.concepts.flatMap { c in
            c.uses.filter { plan.choice($0) == nil }.map { finding(c.id, "notChosen", ["behaviour": $0.rawValue]) }
        }
    }
}
