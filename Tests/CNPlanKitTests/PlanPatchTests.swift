import Testing

@testable import CNPlanCore

/// Undo keeps a `PlanPatch` a step: the way back from a plan to the one before it.
@Suite struct PlanPatchTests {
    /// Every step of a whole workshop, and its way back.
    static func steps() throws -> [(before: Plan, after: Plan)] {
        var plans = [Plan()]
        for line in workshop + [
            "concept c1 area service", "impact i1 actual 30 on 2027-01-15", "concept add Second", "concept remove c2",
        ] {
            guard let command = try? Parser.parse(line), case .edit(let edit) = command else { continue }
            plans.append(try apply(edit, to: plans.last!))
        }
        return zip(plans, plans.dropFirst()).map { ($0, $1) }
    }

    @Test func theWayBackGivesTheEarlierPlanExactly() throws {
        let steps = try Self.steps()
        #expect(steps.count > 20)
        for (before, after) in steps {
            #expect(PlanPatch(from: after, back: before).apply(to: after) == before)
            #expect(PlanPatch(from: before, back: after).apply(to: before) == after)
        }
    }

    @Test func aChangeToOneItemKeepsOneItem() throws {
        var plan = Plan(title: "big")
        for n in 0..<1000 { plan = try apply(.add(.concept, name: "c\(n)"), to: plan) }
        let after = try apply(.set(.concept, id: "c500", field: "description", value: .text("new")), to: plan)
        let patch = PlanPatch(from: after, back: plan)
        #expect(patch.weight == 2)
        #expect(patch.apply(to: after) == plan)
        // An item added keeps nothing but where it is; an item removed keeps that item.
        let added = try apply(.add(.concept, name: "one more"), to: plan)
        #expect(PlanPatch(from: added, back: plan).weight == 1)
        let removed = try apply(.remove(.concept, id: "c3"), to: plan)
        #expect(PlanPatch(from: removed, back: plan).weight == 2)
        #expect(PlanPatch(from: removed, back: plan).apply(to: removed) == plan)
    }

    @Test func aPlanLeftAloneKeepsNothing() {
        let plan = Plan(title: "same")
        #expect(PlanPatch(from: plan, back: plan).weight == 1)
        #expect(PlanPatch(from: plan, back: plan).apply(to: plan) == plan)
    }
}
