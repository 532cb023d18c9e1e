import Testing

@testable import CNPlanCore

/// A merge of items that are all new (tables that named things differently), at scale.
@Suite struct MergeScaleTests {
    /// A plan with `n` concepts and impacts and n/10 segments, titled with `table` so that two
    /// tables share no concept or impact, as the benchmark's plans are made.
    static func plan(_ n: Int, table: String) -> Plan {
        var p = Plan(title: "Benchmark")
        p.behaviours = [BehaviourChoice(name: .access, value: 5, effort: 2), BehaviourChoice(name: .connect)]
        let segments = max(1, n / 10)
        p.segments = (1...segments).map { k in
            var s = Segment(id: "s\(k)", name: "Segment \(k) of owners")
            (s.role, s.need) = (.consumer, "fast repair")
            return s
        }
        p.concepts = (1...n).map { k in
            var c = Concept(id: "c\(k)", title: "\(table) concept \(k)")
            (c.segment, c.uses, c.description) = ("s\((k - 1) % segments + 1)", [.access, .connect], "Photo upload")
            return c
        }
        p.impacts = (1...n).map { k in
            var m = Impact(id: "i\(k)", metric: "\(table) response time \(k)")
            (m.baseline, m.target, m.concept) = (48, .relative(percent: -50), "c\(k)")
            return m
        }
        p.nextIds.segment = segments + 1
        (p.nextIds.concept, p.nextIds.impact) = (n + 1, n + 1)
        return p
    }

    /// The fastest of three merges of `n` new concepts and impacts into a plan of 100, in seconds.
    static func seconds(_ n: Int) throws -> Double {
        let (base, other) = (plan(100, table: "Ours"), plan(n, table: "Theirs"))
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let r = PlanMerge.merge(other, into: base, source: "b.json", parts: Set(PlanMerge.order), theirs: false)
            let p = try apply(.merge(r), to: base)
            best = min(best, (ContinuousClock.now - start) / .seconds(1))
            #expect(p.concepts.count == 100 + n && p.impacts.last?.concept == "c\(100 + n)")
        }
        return best
    }

    /// Four times the items take about four times as long: adding each item to a copy of the plan
    /// and searching for it for each field made it sixteen. A ratio, not a time, so that a loaded
    /// machine slows both sides alike.
    @Test func mergingAllNewItemsTakesTimeInProportionToThem() throws {
        let small = try Self.seconds(500)
        let large = try Self.seconds(2000)
        #expect(large / small < 8, "500 items: \(small) s, 2,000: \(large) s")
    }

    /// An item that cannot be added (its target would be an infinite number) is left out whole:
    /// the next item takes its id, as if it had never been tried.
    @Test func anItemThatFailsLeavesNoTrace() throws {
        let base = Self.plan(3, table: "Ours")
        var other = Self.plan(2, table: "Theirs")
        (other.impacts[0].baseline, other.impacts[0].target) = (1e308, .relative(percent: 100))
        let r = PlanMerge.merge(other, into: base, source: "b.json", parts: [.impact], theirs: false)
        #expect(r.added.map(\.id) == ["i4"] && r.added[0].origin.id == "i2")
        let p = try apply(.merge(r), to: base)
        #expect(p.impacts.map(\.id) == ["i1", "i2", "i3", "i4"] && p.nextIds.impact == 5)

        // The same item applied (a journal replayed) fails as a change to one impact does.
        var failing = PlanBuilder(base)
        let item = MergedItem(
            kind: .impact, id: "i4", origin: Origin(file: "b.json", id: "i1"),
            values: [
                Assignment(.impact, "i4", "metric", .text("Huge")),
                Assignment(.impact, "i4", "baseline", .number(1e308)),
                Assignment(.impact, "i4", "target", .target(.relative(percent: 100))),
            ])
        #expect(throws: PlanError.unwritableNumber(impact: "i4")) { try failing.insert(item) }
        #expect(failing.plan == base)
        #expect(throws: PlanError.unwritableNumber(impact: "i1")) {
            try failing.set(.impact, "i1", "baseline", .number(1e308))
            try failing.set(.impact, "i1", "target", .target(.relative(percent: 100)))
        }
        #expect(failing.plan.impacts[0].target == base.impacts[0].target)
    }
}
