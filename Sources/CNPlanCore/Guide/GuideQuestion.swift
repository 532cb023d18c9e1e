/// One question of the guided walk, named by what it asks about.
public enum GuideQuestion: Hashable, Sendable {
    case title, objective, dataGoal
    case newSegment, segmentName(String), segmentRole(String), segmentWhy(String), segmentNeed(String)
    case segmentValue(String), segmentBarriers(String), anotherSegment
    case behaviours, behaviourValue(Behaviour), behaviourEffort(Behaviour), behaviourWhy(Behaviour), ranking
    case newConcept, conceptTitle(String), conceptSegment(String), conceptUses(String), conceptDescription(String)
    case conceptCustomerValue(String), conceptOrgValue(String), anotherConcept
    case newImpact, impactMetric(String), impactBaseline(String), impactTarget(String), impactUnit(String)
    case impactBy(String), impactConcept(String), anotherImpact

    /// The step it belongs to, 1-5.
    public var step: Int {
        switch self {
        case .title, .objective, .dataGoal: 1
        case .newSegment, .segmentName, .segmentRole, .segmentWhy, .segmentNeed, .segmentValue, .segmentBarriers, .anotherSegment: 2
        case .behaviours, .behaviourValue, .behaviourEffort, .behaviourWhy, .ranking: 3
        case .newConcept, .conceptTitle, .conceptSegment, .conceptUses, .conceptDescription, .conceptCustomerValue, .conceptOrgValue, .anotherConcept: 4
        default: 5
        }
    }

    /// `[2/5 segment]`.
    public var stepLabel: String { "[\(step)/5 \(Progress.stepNames[step - 1])]" }

    /// A yes/no question about adding another item.
    var isAnother: Bool { self == .anotherSegment || self == .anotherConcept || self == .anotherImpact }
}

/// What the guide shows for a question: the question, a hint in the method's terms, an example.
public struct GuidePrompt: Sendable, Equatable {
    public var question: String
    public var hint: String
    public var example: String?
}

extension GuideQuestion {
    static let behaviourMenu = Behaviour.allCases.enumerated().map { n, b in
        "\(n + 1) \(b.rawValue) \(b.chinese): " + behaviourNeed[b]!
    }.joined(separator: "\n")

    static let behaviourNeed: [Behaviour: String] = [
        .access: "fast, simple, anywhere, any time",
        .engage: "content and experiences worth their attention",
        .customize: "an offer fitted to their own needs",
        .connect: "connecting with other customers and with us",
        .collaborate: "working with us, co-creating on open platforms",
    ]

    /// The question as the room sees it.
    public func prompt(in plan: Plan) -> GuidePrompt {
        func seg(_ id: String) -> String { plan.segment(id).map { "\(id) " + $0.name } ?? id }
        func con(_ id: String) -> String { plan.concept(id).map { "\(id) " + $0.title } ?? id }
        func imp(_ id: String) -> String { plan.impact(id).map { "\(id) " + $0.metric } ?? id }
        switch self {
        case .title:
            return GuidePrompt(question: "What is this plan called?", hint: "A short name the room will recognise on the handout.",
                               example: "Repair in hours, not days")
        case .objective:
            return GuidePrompt(question: "What customer-facing objective must this project reach?",
                               hint: "A customer outcome you can measure later: faster response, higher satisfaction, more sharing.",
                               example: "Cut the time to first response on repair requests")
        case .dataGoal:
            return GuidePrompt(question: "What customer data should the project collect (the data-collection goal)?",
                               hint: "Customer data is an asset: name what to capture so later decisions can rest on it.",
                               example: "Capture every repair request's product, fault and timeline")
        case .newSegment, .segmentName:
            return GuidePrompt(question: "Which customer segment is most related to the objective?",
                               hint: "To speed up response, pick those whose responses are slowest; to raise satisfaction, the least satisfied.",
                               example: "Out-of-warranty owners who call the hotline")
        case .segmentRole(let id):
            return GuidePrompt(question: "What kind of network member is \(seg(id))?",
                               hint: "One of: " + Role.allCases.enumerated().map { "\($0.offset + 1) \($0.element.rawValue)" }.joined(separator: ", "),
                               example: "consumer")
        case .segmentWhy(let id):
            return GuidePrompt(question: "Why does \(seg(id)) matter for the objective?", hint: "Tie the segment to step 1.",
                               example: "Their requests get the slowest first response today")
        case .segmentNeed(let id):
            return GuidePrompt(question: "What does \(seg(id)) value? Why would they give us time or money?",
                               hint: "The need behind their participation.", example: "Fast, trustworthy repair at a fair price")
        case .segmentValue(let id):
            return GuidePrompt(question: "What unique value do we offer \(seg(id))?", hint: "What only we can give them.",
                               example: "Genuine parts and trained engineers")
        case .segmentBarriers(let id):
            return GuidePrompt(question: "What keeps \(seg(id)) from taking part?", hint: "Habits, effort, trust, access.",
                               example: "They expect long hold times and do not know the app exists")
        case .anotherSegment:
            return GuidePrompt(question: "Another segment? (y/N)", hint: "Focus wins: one or two segments are usually enough.", example: nil)
        case .behaviours:
            return GuidePrompt(question: "Which behaviours should the plan build on? (names or numbers, several allowed)",
                               hint: GuideQuestion.behaviourMenu + "\nChoose on purpose and rank by value for effort; all five is not focus.",
                               example: "access connect")
        case .behaviourValue(let b):
            return GuidePrompt(question: "How much value does \(b.rawValue) bring to the objective? (1-5)", hint: "5 is most.", example: "5")
        case .behaviourEffort(let b):
            return GuidePrompt(question: "How much effort does \(b.rawValue) take to deliver? (1-5)", hint: "5 is most.", example: "2")
        case .behaviourWhy(let b):
            return GuidePrompt(question: "Why \(b.rawValue)?", hint: "The customer need it answers: " + GuideQuestion.behaviourNeed[b]! + ".",
                               example: "Owners want to report a fault from anywhere, any time")
        case .ranking:
            let proposal = Guide.proposedRanking(plan)
            let shown = proposal.map { b in
                let c = plan.choice(b)
                return b.rawValue + " (value \(c?.value.map(String.init) ?? "?"), effort \(c?.effort.map(String.init) ?? "?"))"
            }.joined(separator: ", ")
            return GuidePrompt(question: "Proposed ranking by value for effort: \(shown). Enter keeps it, or type the names in the order you want.",
                               hint: "The first behaviour gets the most attention in the concepts.", example: nil)
        case .newConcept, .conceptTitle:
            return GuidePrompt(question: "Which solution would reach the objective for this segment, resting on these behaviours? Its title:",
                               hint: "Think anew: objective + segment + behaviours.", example: "Repair mini-app")
        case .conceptSegment(let id):
            return GuidePrompt(question: "Which segment is \(con(id)) for?",
                               hint: plan.segments.map { "\($0.id) \($0.name)" }.joined(separator: ", "), example: plan.segments.first?.id)
        case .conceptUses(let id):
            return GuidePrompt(question: "Which behaviours does \(con(id)) rest on?",
                               hint: "Chosen: " + plan.behaviours.map(\.name.rawValue).joined(separator: ", "),
                               example: plan.behaviours.prefix(2).map(\.name.rawValue).joined(separator: " "))
        case .conceptDescription(let id):
            return GuidePrompt(question: "Describe \(con(id)).", hint: "What the customer sees and does.",
                               example: "Photo upload of the fault, live engineer tracking and a community of fix-it tips")
        case .conceptCustomerValue(let id):
            return GuidePrompt(question: "What value does \(con(id)) give the customer?", hint: "In the customer's words.",
                               example: "A repair booked in two minutes")
        case .conceptOrgValue(let id):
            return GuidePrompt(question: "What value does \(con(id)) give the organisation?", hint: "Revenue, cost, data, loyalty.",
                               example: "Structured fault data and fewer hotline calls")
        case .anotherConcept:
            return GuidePrompt(question: "Another concept? (y/N)", hint: "A plan may hold several concepts.", example: nil)
        case .newImpact, .impactMetric:
            return GuidePrompt(question: "Which metric shows that the objective is reached?",
                               hint: "Quantify step 1: a time, a satisfaction score, a share rate.", example: "First response time")
        case .impactBaseline(let id):
            return GuidePrompt(question: "Where does \(imp(id)) stand today (baseline)?", hint: "A number.", example: "48")
        case .impactTarget(let id):
            return GuidePrompt(question: "Where should \(imp(id)) be (target)?", hint: "A number, or a change such as -90% or +20%.", example: "4")
        case .impactUnit(let id):
            return GuidePrompt(question: "In what unit is \(imp(id)) measured?", hint: "hours, %, points, …", example: "hours")
        case .impactBy(let id):
            return GuidePrompt(question: "By when should \(imp(id)) reach its target?", hint: "YYYY-MM-DD or YYYY-MM.", example: "2027-06-30")
        case .impactConcept(let id):
            return GuidePrompt(question: "Which concept does \(imp(id)) measure?",
                               hint: plan.concepts.map { "\($0.id) \($0.title)" }.joined(separator: ", "), example: plan.concepts.first?.id)
        case .anotherImpact:
            return GuidePrompt(question: "Another impact? (y/N)", hint: "One metric per concept at least.", example: nil)
        }
    }
}
