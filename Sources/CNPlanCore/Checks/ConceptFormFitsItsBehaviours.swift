/// Warning: a concept rests on engage or collaborate, but customers only play or chat; those
/// behaviours need them to take part in making something.
struct ConceptFormFitsItsBehaviours: PlanCheck {
    static let code = "CN405"
    static let messages = ["shallow"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.concepts.compactMap { c in
            guard c.form?.isShallow == true, let b = c.uses.first(where: { $0 == .collaborate || $0 == .engage }) else {
                return nil
            }
            return finding(c.id, "shallow", ["id": c.id, "behaviour": b.rawValue])
        }
    }
}
