/// `help`, `help COMMAND` and `help TOPIC`: the syntax of each command with an example, and
/// coaching on each step and behaviour.
public enum Help {
    /// One command's reference: its forms, what it does, an example.
    struct Entry {
        let name: String
        let usage: [String]
        let summary: String
        let example: [String]
    }

    static let entries: [Entry] = [
        Entry(name: "title", usage: ["title [TEXT]"], summary: "Show or set the plan's title.", example: ["title Repair in hours, not days"]),
        Entry(name: "objective", usage: ["objective [TEXT]"], summary: "Step 1: the customer-facing objective this project must reach.",
              example: ["objective Cut the time to first response on repair requests"]),
        Entry(name: "data-goal", usage: ["data-goal [TEXT]"], summary: "Step 1: the higher-level goal for the customer data the project collects.",
              example: ["data-goal Capture every repair request's product, fault and timeline"]),
        Entry(name: "segment", usage: [
            "segment add NAME", "segment ID name|role|why|need|value|barriers TEXT", "segment remove ID", "segment [list]",
        ], summary: "Step 2: the customer segments most related to the objective. Roles: consumer, partner, investor, media, government, employee, other. \"\" clears a field.",
              example: ["segment add Out-of-warranty owners who call the hotline", "segment s1 role consumer", "segment s1 need Fast, trustworthy repair"]),
        Entry(name: "behaviour", usage: [
            "behaviour add NAME...", "behaviour NAME why TEXT", "behaviour NAME value|effort 1-5",
            "behaviour rank NAME...", "behaviour remove NAME", "behaviour [list]",
        ], summary: "Step 3: choose and rank behaviours: access, engage, customize, connect, collaborate (or 接入 参与 定制 联结 合作). rank puts the named ones first, the rest keep their order.",
              example: ["behaviour add access connect", "behaviour access value 5", "behaviour rank connect access"]),
        Entry(name: "concept", usage: [
            "concept add TITLE", "concept ID segment SID", "concept ID uses NAME...",
            "concept ID title|description|customer-value|org-value TEXT", "concept remove ID", "concept [list]",
        ], summary: "Step 4: solution concepts, each for a segment and resting on chosen behaviours.",
              example: ["concept add Repair mini-app", "concept c1 segment s1", "concept c1 uses access connect"]),
        Entry(name: "impact", usage: [
            "impact add METRIC", "impact ID baseline NUMBER", "impact ID target NUMBER|+N%|-N%", "impact ID unit TEXT",
            "impact ID by YYYY-MM-DD|YYYY-MM", "impact ID concept CID", "impact ID metric TEXT", "impact remove ID", "impact [list]",
        ], summary: "Step 5: quantify the objective against the concepts. Relative targets need a baseline.",
              example: ["impact add First response time", "impact i1 baseline 48", "impact i1 target -90%", "impact i1 by 2027-06-30"]),
        Entry(name: "guide", usage: ["guide"], summary: "Walk through the questions of the five steps that are not answered yet. /back, /skip, /stop; any command with a leading /.", example: ["guide"]),
        Entry(name: "status", usage: ["status"], summary: "The five steps at a glance and the next thing to do.", example: ["status"]),
        Entry(name: "show", usage: ["show [ID|NAME|step N|all]"], summary: "The plan, one step or one item as a readable board.", example: ["show", "show step 3", "show c1"]),
        Entry(name: "check", usage: ["check"], summary: "Findings: errors and warnings, each with a code and a fix.", example: ["check"]),
        Entry(name: "undo", usage: ["undo"], summary: "Take back the last change (back to the session's start).", example: ["undo"]),
        Entry(name: "redo", usage: ["redo"], summary: "Make an undone change again.", example: ["redo"]),
        Entry(name: "history", usage: ["history"], summary: "The changes made in this session.", example: ["history"]),
        Entry(name: "new", usage: ["new [TITLE]"], summary: "Start a new plan with no file.", example: ["new Clinic follow-up"]),
        Entry(name: "open", usage: ["open FILE"], summary: "Open a session or an exported plan; changes are saved to it.", example: ["open workshop.json"]),
        Entry(name: "save", usage: ["save [FILE]"], summary: "Save; with FILE, save there and keep working there.", example: ["save workshop.json"]),
        Entry(name: "export", usage: ["export json|md [FILE]"], summary: "The plan as JSON or a Markdown handout; to the screen without FILE.", example: ["export md handout.md"]),
        Entry(name: "help", usage: ["help [COMMAND|TOPIC]"], summary: "This help; topics: objective, segment, behaviours, concept, impact, each behaviour, examples.", example: ["help access"]),
        Entry(name: "quit", usage: ["quit | exit"], summary: "Leave (also Ctrl-D). Every change is already saved.", example: ["quit"]),
    ]

    /// The short usage of a command, for error messages.
    public static func usage(_ command: String) -> String {
        entries.first { $0.name == command }?.usage.joined(separator: " | ") ?? command
    }

    public static var commandNames: [String] { entries.map(\.name) }
    public static var topicNames: [String] { Array(topics.keys).sorted() }

    public static func text(for topic: String?) throws(PlanError) -> String {
        guard var t = topic?.lowercased() else { return overview }
        if t.hasPrefix("/") { t.removeFirst() }
        if let b = Vocabulary.behaviour(t) { return topics[b.rawValue]! }
        // A step's command word shows its syntax, then the coaching for the step.
        let coaching = topics[topicAliases[t] ?? t]
        if let name = Vocabulary.command(t), let e = entries.first(where: { $0.name == (name == "exit" ? "quit" : name) }) {
            let reference = (e.usage + ["", e.summary, "", "example:"] + e.example.map { "  " + $0 }).joined(separator: "\n")
            return reference + (coaching.map { "\n\n" + $0 } ?? "")
        }
        if let coaching { return coaching }
        throw .unknownWord(topic!, kind: "help topic", suggestion: nearest(t, in: commandNames + topicNames))
    }

    static var overview: String {
        var lines = ["cnplan walks a team through the five-step digital plan:",
                     "  1 objective  2 segment  3 behaviours  4 concept  5 impact",
                     "Type guide to be asked the questions, or use the commands:", ""]
        for e in entries { lines.append("  " + TextWidth.pad(e.usage[0], to: 34) + " " + e.summary.split(separator: ".")[0]) }
        lines += ["", "help COMMAND shows its forms and an example; help objective, help access, … coach each step."]
        return lines.joined(separator: "\n")
    }

    static let topicAliases: [String: String] = [
        "step1": "objective", "segments": "segment", "step2": "segment", "behaviour": "behaviours", "behavior": "behaviours",
        "behaviors": "behaviours", "step3": "behaviours", "concepts": "concept", "step4": "concept", "impacts": "impact",
        "step5": "impact", "example": "examples",
    ]

    static let topics: [String: String] = [
        "objective": """
        Step 1, objective (设定面向客户的服务目标)
        Name the customer-facing result this project must reach, from its core need: faster
        response to customers, higher satisfaction, more sharing. Good objectives name a
        customer outcome you can later measure in step 5, not an internal activity.
        Also set a data-collection goal (数据采集目标): the customer data the project should
        capture, an asset that informs later decisions.
          objective Cut the time to first response on repair requests
          data-goal Capture every repair request's product, fault and timeline
        """,
        "segment": """
        Step 2, customer segment (顾客选择)
        Pick the segment most related to the objective: to speed up response, the customers
        whose responses are slowest; to raise satisfaction, the least satisfied; to cut churn,
        those who leave most. Network members are not only consumers: partners, investors,
        media, government and employees count too.
        Then say why they give you time or money (need), what unique value you offer them
        (value), and what keeps them from taking part (barriers).
          segment add Out-of-warranty owners who call the hotline
          segment s1 role consumer
        """,
        "behaviours": """
        Step 3, behaviour modes (行为模式选择), the heart of the method
        Each behaviour answers a customer need of the digital age:
          access 接入       fast, simple, anywhere, any time (mobile, omnichannel, on demand)
          engage 参与       content and experiences worth their attention; shaping the brand
          customize 定制    the offer fitted to each customer's needs and choices
          connect 联结      customers connecting with each other and with you
          collaborate 合作  customers working with you on open platforms, co-creating
        Choose on purpose; more than one is fine, all five is not focus. Score each for value
        and effort (1-5) and rank them by value for effort.
          behaviour add access connect
          behaviour access value 5
        """,
        "concept": """
        Step 4, solution concept (方案生成)
        Put objective, segment and behaviours together and think anew: which solution, for
        which segment, resting on which behaviours, reaches the objective? Say what it gives
        the customer and what it gives the organisation. A plan may hold several concepts.
          concept add Repair mini-app with live engineer tracking
          concept c1 uses access connect
        """,
        "impact": """
        Step 5, impact (定义影响)
        Quantify step 1's objective against each concept: from what baseline to what target,
        in what unit, by when. A relative target (-50%, +20%) is resolved against the baseline.
        Targets that can be checked are what show whether the concepts serve the objective.
          impact add First response time
          impact i1 baseline 48
          impact i1 target 4
          impact i1 unit hours
          impact i1 by 2027-06-30
        """,
        "access": """
        access 接入: the need for fast, simple, flexible service, anywhere and any time.
        Strategies: a mobile app or mini-app instead of a counter; omnichannel service where
        web, phone and store hand customers to each other; on-demand service such as online
        registration or remote counters. It needs a micro-app platform and an omnichannel portal.
        """,
        "engage": """
        engage 参与: the need for content and experiences worth one's attention, and to take part
        in making a product or brand.
        Strategies: interactive campaigns and games on big platforms; topic discussions on social
        media; inviting customers into product or brand stories.
        """,
        "customize": """
        customize 定制: the need for an offer that fits one's own needs and choices.
        Strategies: configurable products and services; personal recommendations from customer
        data; letting customers set how and when they are served.
        """,
        "connect": """
        connect 联结: the need to connect with other customers and with the firm, to share ideas
        and opinions.
        Strategies: customer communities and forums; reviews and tips customers give each other;
        social media channels where the firm answers visibly.
        """,
        "collaborate": """
        collaborate 合作: the need to work with the firm on open platforms and co-create.
        Strategies: an ideas site where customers propose and vote; beta-test groups that report
        each week; Q&A communities where customers both ask and answer; workshops with key customers.
        """,
        "examples": """
        Example plans, in the examples/ folder of cnplan, each with the guide answers that make it:
          appliance-repair.json       service: a home-appliance maker cuts the first response to repair requests
          neighbourhood-grocer.json   retail and community: a grocer turns neighbours into recommenders
          clinic-follow-up.json       public sector: a city clinic improves follow-up after discharge
        Open one with: open examples/appliance-repair.json
        Replay its workshop with: cnplan < examples/appliance-repair.answers
        """,
    ]
}
