/// The guided walk: which question comes next, and what command an answer becomes.
///
/// Each answer is turned into an ordinary command line (`segment s1 role consumer`) and run
/// through the workbench, so answers are checked, saved, undoable and listed in `history`
/// exactly like typed commands.
public struct Guide {
    /// Questions skipped in this walk: not asked again until the next `guide`.
    var skipped: Set<GuideQuestion> = []
    /// Questions asked in this walk, for `/back`.
    var asked: [GuideQuestion] = []
    /// A question `/back` or a yes to "another?" put first.
    var forced: GuideQuestion?
    /// Steps worked on in this walk whose "another?" is still to be asked.
    var offerAnother: Set<Int> = []
    var rankingAsked = false

    public init() {}

    /// The next question, or nil when everything is answered or skipped.
    public mutating func next(_ plan: Plan) -> GuideQuestion? {
        if let f = forced { return f }
        func open(_ q: GuideQuestion, _ missing: Bool) -> Bool { missing && !skipped.contains(q) }
        if open(.title, plan.title == nil) { return .title }
        if open(.objective, plan.objective.statement == nil) { return .objective }
        if open(.dataGoal, plan.objective.dataGoal == nil) { return .dataGoal }

        for s in plan.segments {
            for (q, missing) in [(GuideQuestion.segmentRole(s.id), s.role == nil), (.segmentWhy(s.id), s.why == nil),
                                 (.segmentNeed(s.id), s.need == nil), (.segmentValue(s.id), s.value == nil),
                                 (.segmentBarriers(s.id), s.barriers == nil)] where open(q, missing) { return q }
        }
        if open(.newSegment, plan.segments.isEmpty) { return .newSegment }
        if offerAnother.contains(2) { return .anotherSegment }

        if open(.behaviours, plan.behaviours.isEmpty) { return .behaviours }
        for b in plan.behaviours {
            for (q, missing) in [(GuideQuestion.behaviourValue(b.name), b.value == nil), (.behaviourEffort(b.name), b.effort == nil),
                                 (.behaviourWhy(b.name), b.why == nil)] where open(q, missing) { return q }
        }
        if !rankingAsked, plan.behaviours.count >= 2,
           offerAnother.contains(3) || Guide.proposedRanking(plan) != plan.behaviours.map(\.name) { return .ranking }

        for c in plan.concepts {
            for (q, missing) in [(GuideQuestion.conceptSegment(c.id), c.segment == nil && plan.segments.count > 1),
                                 (.conceptUses(c.id), c.uses.isEmpty && !plan.behaviours.isEmpty),
                                 (.conceptDescription(c.id), c.description == nil), (.conceptCustomerValue(c.id), c.customerValue == nil),
                                 (.conceptOrgValue(c.id), c.orgValue == nil)] where open(q, missing) { return q }
        }
        if open(.newConcept, plan.concepts.isEmpty) { return .newConcept }
        if offerAnother.contains(4) { return .anotherConcept }

        for m in plan.impacts {
            for (q, missing) in [(GuideQuestion.impactBaseline(m.id), m.baseline == nil), (.impactTarget(m.id), m.target == nil),
                                 (.impactUnit(m.id), m.unit == nil), (.impactBy(m.id), m.by == nil),
                                 (.impactConcept(m.id), m.concept == nil && plan.concepts.count > 1)] where open(q, missing) { return q }
        }
        if open(.newImpact, plan.impacts.isEmpty) { return .newImpact }
        if offerAnother.contains(5) { return .anotherImpact }
        return nil
    }

    /// The ranking the guide proposes: value for effort, highest first; ties keep the current order.
    public static func proposedRanking(_ plan: Plan) -> [Behaviour] {
        plan.behaviours.enumerated().sorted { a, b in
            let ra = Double(a.element.value ?? 0) / Double(a.element.effort ?? 5)
            let rb = Double(b.element.value ?? 0) / Double(b.element.effort ?? 5)
            return ra != rb ? ra > rb : a.offset < b.offset
        }.map(\.element.name)
    }

    /// What an answer does.
    public enum Step: Equatable {
        /// Run this command line; the question is answered.
        case run(String)
        /// Nothing to run; the question is answered (a "no", or a kept ranking that already holds).
        case done
    }

    /// Turns an answer into the command that records it; throws for an answer that does not fit.
    public func step(for question: GuideQuestion, answer: String, plan: Plan) throws(PlanError) -> Step {
        let a = answer.trimmingSpaces
        switch question {
        case .title: return .run("title " + a)
        case .objective: return .run("objective " + a)
        case .dataGoal: return .run("data-goal " + a)
        case .newSegment: return .run("segment add " + a)
        case .segmentName(let id): return .run("segment \(id) name " + a)
        case .segmentRole(let id):
            if let n = Int(a), (1...Role.allCases.count).contains(n) { return .run("segment \(id) role " + Role.allCases[n - 1].rawValue) }
            return .run("segment \(id) role " + (try Vocabulary.parseRole(a)).rawValue)
        case .segmentWhy(let id): return .run("segment \(id) why " + a)
        case .segmentNeed(let id): return .run("segment \(id) need " + a)
        case .segmentValue(let id): return .run("segment \(id) value " + a)
        case .segmentBarriers(let id): return .run("segment \(id) barriers " + a)
        case .behaviours: return .run("behaviour add " + (try Guide.behaviourNames(a)).map(\.rawValue).joined(separator: " "))
        case .behaviourValue(let b): return .run("behaviour \(b.rawValue) value \(try Parser.score(a, "value"))")
        case .behaviourEffort(let b): return .run("behaviour \(b.rawValue) effort \(try Parser.score(a, "effort"))")
        case .behaviourWhy(let b): return .run("behaviour \(b.rawValue) why " + a)
        case .ranking:
            let order = a.isEmpty ? Guide.proposedRanking(plan) : try Guide.behaviourNames(a)
            return order == plan.behaviours.map(\.name) ? .done : .run("behaviour rank " + order.map(\.rawValue).joined(separator: " "))
        case .newConcept: return .run("concept add " + a)
        case .conceptTitle(let id): return .run("concept \(id) title " + a)
        case .conceptSegment(let id): return .run("concept \(id) segment " + Guide.id(a, in: plan.segments.map(\.id)))
        case .conceptUses(let id): return .run("concept \(id) uses " + (try Guide.behaviourNames(a)).map(\.rawValue).joined(separator: " "))
        case .conceptDescription(let id): return .run("concept \(id) description " + a)
        case .conceptCustomerValue(let id): return .run("concept \(id) customer-value " + a)
        case .conceptOrgValue(let id): return .run("concept \(id) org-value " + a)
        case .newImpact: return .run("impact add " + a)
        case .impactMetric(let id): return .run("impact \(id) metric " + a)
        case .impactBaseline(let id): return .run("impact \(id) baseline " + a)
        case .impactTarget(let id): return .run("impact \(id) target " + a)
        case .impactUnit(let id): return .run("impact \(id) unit " + a)
        case .impactBy(let id): return .run("impact \(id) by " + a)
        case .impactConcept(let id): return .run("impact \(id) concept " + Guide.id(a, in: plan.concepts.map(\.id)))
        case .anotherSegment, .anotherConcept, .anotherImpact: return .done
        }
    }

    /// An id, or the n-th of the listed ids when the answer is a number.
    static func id(_ answer: String, in ids: [String]) -> String {
        if let n = Int(answer), n >= 1, n <= ids.count { return ids[n - 1] }
        return answer
    }

    /// Behaviours by name, Chinese name or number 1-5, separated by spaces or commas.
    public static func behaviourNames(_ answer: String) throws(PlanError) -> [Behaviour] {
        let words = Vocabulary.splitList(answer.split(whereSeparator: \.isWhitespace).map(String.init))
        guard !words.isEmpty else { throw .missingArgument(what: "behaviour names", usage: "names or numbers 1-5") }
        var out: [Behaviour] = []
        for w in words {
            if let n = Int(w) {
                guard (1...5).contains(n) else { throw .scoreOutOfRange(w, what: "a behaviour number") }
                out.append(Behaviour.allCases[n - 1])
            } else {
                out.append(try Vocabulary.parseBehaviour(w))
            }
        }
        return out
    }

    static func isYes(_ answer: String) -> Bool {
        ["y", "yes", "是", "好", "ok"].contains(answer.trimmingSpaces.lowercased())
    }

    /// Records that a question was answered (or skipped), and what follows from it.
    public mutating func answered(_ question: GuideQuestion, answer: String, skipped skip: Bool, plan: Plan) {
        forced = nil
        if skip { skipped.insert(question) }
        if question == .ranking { rankingAsked = true }
        if question.isAnother {
            offerAnother.remove(question.step)
            if Guide.isYes(answer) { forced = [2: .newSegment, 4: .newConcept, 5: .newImpact][question.step] }
        } else if [2, 4, 5].contains(question.step) {
            offerAnother.insert(question.step)
        } else if question.step == 3 {
            offerAnother.insert(3)
        }
        // An item just added is asked about by its id from now on: /back renames it.
        var remembered = question
        if !skip {
            switch question {
            case .newSegment: remembered = plan.segments.last.map { .segmentName($0.id) } ?? question
            case .newConcept: remembered = plan.concepts.last.map { .conceptTitle($0.id) } ?? question
            case .newImpact: remembered = plan.impacts.last.map { .impactMetric($0.id) } ?? question
            default: break
            }
        }
        asked.append(remembered)
    }

    /// `/back`: the previous question is asked again.
    public mutating func back() -> Bool {
        guard let last = asked.popLast() else { return false }
        skipped.remove(last)
        if last == .ranking { rankingAsked = false }
        forced = last
        return true
    }
}
