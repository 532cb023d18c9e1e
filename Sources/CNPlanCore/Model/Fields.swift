/// The kinds of thing a plan holds: the plan itself (its title and step 1) and the items of
/// steps 2 to 5.
public enum ItemKind: String, Sendable, CaseIterable {
    case plan, segment, behaviour, concept, impact

    /// The step of the five it belongs to.
    public var step: Int {
        switch self {
        case .plan: 1
        case .segment: 2
        case .behaviour: 3
        case .concept: 4
        case .impact: 5
        }
    }

    /// The first letter of its ids (`s1`, `c1`, `i1`); behaviours are named, the plan is one.
    public var idPrefix: Character? {
        switch self {
        case .segment: "s"
        case .concept: "c"
        case .impact: "i"
        case .plan, .behaviour: nil
        }
    }

    /// Its fields, in the order of the file, the guide and the board.
    public var fields: [FieldInfo] {
        switch self {
        case .plan: Plan.fields.map(\.info)
        case .segment: Segment.fields.map(\.info)
        case .behaviour: BehaviourChoice.fields.map(\.info)
        case .concept: Concept.fields.map(\.info)
        case .impact: Impact.fields.map(\.info)
        }
    }

    /// The field by its key.
    public func field(_ key: String) -> FieldInfo? { fields.first { $0.key == key } }

    /// The field that names an item (a segment's name, a concept's title, an impact's metric).
    public var nameField: FieldInfo? { fields.first { $0.type == .name } }
}

/// What a field holds, which decides how it is typed, checked, stored and shown.
public enum FieldKind: Sendable, Equatable {
    /// Free text; `""` clears it.
    case text
    /// The text that names an item: never empty.
    case name
    /// A whole number from 1 to 5.
    case score
    /// Any finite number.
    case number
    /// A number, or a change from the baseline in percent.
    case target
    /// A day or a month.
    case date
    /// The id of another item of the plan.
    case reference(ItemKind)
    /// Behaviours chosen in step 3.
    case behaviours
    /// One word of a fixed list.
    case choice(Choices)
    /// Several words of a fixed list, each once, in the order given.
    case choices(Choices)
    /// People's names, typed separated by commas.
    case names
}

/// A fixed list of words a field may hold, such as the roles of network members. Each value's
/// label in every language is accepted as input too (`消费者` for `consumer`).
public struct Choices: Sendable, Equatable {
    /// Its name in catalog keys: `choice.NAME.VALUE` is a value's label.
    public let name: String
    /// The canonical values, as stored in files.
    public let values: [String]
    /// More words for values, in any language: `customer` for `consumer`.
    public let aliases: [String: String]

    public static let roles = Choices(
        name: "role", values: Role.allCases.map(\.rawValue),
        aliases: ["customer": "consumer", "staff": "employee", "终端消费者": "consumer", "业务合作伙伴": "partner"])

    public static let stages = Choices(
        name: "stage", values: RelationshipStage.allCases.map(\.rawValue),
        aliases: [
            "attention": "attract", "permission": "permit", "participation": "participate",
            "satisfaction": "satisfy", "satisfied": "satisfy", "loyalty": "loyal",
        ])

    public static let areas = Choices(
        name: "area", values: InteractionArea.allCases.map(\.rawValue),
        aliases: ["product": "innovation", "promotion": "marketing", "payment": "transaction", "support": "service"])

    public static let forms = Choices(
        name: "form", values: InteractionForm.allCases.map(\.rawValue),
        aliases: [
            "game": "games", "giveaways": "games", "topics": "discussion", "topic": "discussion", "idea": "ideas",
            "test": "testing", "beta": "testing", "co-creation": "cocreation", "workshop": "cocreation",
        ])

    public static let channels = Choices(name: "channel", values: Channel.allCases.map(\.rawValue), aliases: [:])
}

/// Whether a complete plan answers a field.
public enum FieldNeed: Sendable, Equatable {
    /// Missing it is an error: the prompt's step stays until it is answered.
    case required
    /// Missing it is a gap `status` lists, not a blocker.
    case optional
    /// Not part of completeness (the title).
    case notCounted
    /// A detail that deepens a plan without being part of its completeness: not a gap in `status`,
    /// and the board and the handout show it only when it is set, so plans without it read as before.
    case detail

    /// Whether `status` counts it towards a step's completeness.
    public var isCounted: Bool { self != .notCounted && self != .detail }
}

/// When the guide asks a field.
public enum GuideRule: Sendable, Equatable {
    case ask
    case never
    /// Only when the plan has more than one item of the kind to choose from.
    case whenSeveral(ItemKind)
    /// Only when the plan has at least one item of the kind.
    case whenAny(ItemKind)
}

/// One field of one kind of item, as every part of cnplan sees it: its key in the file and the
/// journal (never renamed), the word typed for it and other words accepted, what it holds,
/// whether a complete plan needs it and when the guide asks it. Its texts (label, heading,
/// question, hint, example) are catalog entries named after it: `field.KIND.KEY.label`, ….
///
/// A class, defined once and shared: the codec and the renderers pass it for every field of every
/// item, and copying a struct of strings and arrays cost a retain and a release for each of them.
public final class FieldInfo: Sendable, Equatable {
    public let kind: ItemKind
    public let key: String
    public let word: String
    public let aliases: [String]
    public let type: FieldKind
    public let need: FieldNeed
    public let guide: GuideRule
    /// Its key as the JSON writer takes it, quoted once.
    let name: JSONName

    init(
        kind: ItemKind, key: String, word: String, aliases: [String], type: FieldKind, need: FieldNeed,
        guide: GuideRule
    ) {
        self.kind = kind
        self.key = key
        self.word = word
        self.aliases = aliases
        self.type = type
        self.need = need
        self.guide = guide
        name = .once(key)
    }

    /// A field is known by its item's kind and its key: both unique, and never renamed.
    public static func == (a: FieldInfo, b: FieldInfo) -> Bool { a === b || (a.kind == b.kind && a.key == b.key) }

    /// The catalog key of one of its texts: `field.concept.orgValue.label`.
    public func text(_ part: String) -> String { "field.\(kind.rawValue).\(key).\(part)" }
}

/// A field's value, whatever its kind.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case score(Int)
    case number(Double)
    case target(Target)
    case date(PlanDate)
    case reference(String)
    case behaviours([Behaviour])
    case choice(String)
    case choices([String])
    case names([String])
}

/// A field of `Item` with the accessors that read and write it; shared, like its `FieldInfo`.
public final class Field<Item>: Sendable {
    public let info: FieldInfo
    let get: @Sendable (Item) -> FieldValue?
    let set: @Sendable (inout Item, FieldValue?) -> Void

    /// How a field of type `Value` is read from and written to its item: two closures that reach
    /// the stored property directly. Key paths were tried (and offsets taken from them): building
    /// the 46 key paths was a tenth of exporting a small plan, and reading through them copied
    /// the whole item, with a retain and a release for each of its strings, to read one field.
    typealias Get<Value> = @Sendable (Item) -> Value
    typealias Put<Value> = @Sendable (inout Item, Value) -> Void

    init(
        _ kind: ItemKind, _ key: String, word: String? = nil, aliases: [String] = [], _ type: FieldKind,
        need: FieldNeed, guide: GuideRule = .ask,
        get: @escaping @Sendable (Item) -> FieldValue?, set: @escaping @Sendable (inout Item, FieldValue?) -> Void
    ) {
        info = FieldInfo(
            kind: kind, key: key, word: word ?? key, aliases: aliases, type: type, need: need, guide: guide)
        self.get = get
        self.set = set
    }

    static func text(
        _ kind: ItemKind, _ key: String, word: String? = nil, aliases: [String] = [],
        _ get: @escaping Get<String?>, _ set: @escaping Put<String?>, need: FieldNeed = .optional,
        guide: GuideRule = .ask
    ) -> Field {
        Field(
            kind, key, word: word, aliases: aliases, .text, need: need, guide: guide,
            get: { get($0).map(FieldValue.text) },
            set: { item, v in if case .text(let s)? = v { set(&item, s) } else { set(&item, nil) } }
        )
    }

    static func name(_ kind: ItemKind, _ key: String, _ get: @escaping Get<String>, _ set: @escaping Put<String>)
        -> Field
    {
        Field(
            kind, key, .name, need: .notCounted, guide: .never,
            get: { .text(get($0)) },
            set: { item, v in if case .text(let s)? = v { set(&item, s) } })
    }

    static func score(_ kind: ItemKind, _ key: String, _ get: @escaping Get<Int?>, _ set: @escaping Put<Int?>)
        -> Field
    {
        Field(
            kind, key, .score, need: .optional,
            get: { get($0).map(FieldValue.score) },
            set: { item, v in if case .score(let n)? = v { set(&item, n) } else { set(&item, nil) } })
    }

    static func number(
        _ kind: ItemKind, _ key: String, _ get: @escaping Get<Double?>, _ set: @escaping Put<Double?>,
        need: FieldNeed
    ) -> Field {
        Field(
            kind, key, .number, need: need,
            get: { get($0).map(FieldValue.number) },
            set: { item, v in if case .number(let n)? = v { set(&item, n) } else { set(&item, nil) } })
    }

    static func target(_ kind: ItemKind, _ key: String, _ get: @escaping Get<Target?>, _ set: @escaping Put<Target?>)
        -> Field
    {
        Field(
            kind, key, .target, need: .required,
            get: { get($0).map(FieldValue.target) },
            set: { item, v in if case .target(let t)? = v { set(&item, t) } else { set(&item, nil) } })
    }

    static func date(
        _ kind: ItemKind, _ key: String, _ get: @escaping Get<PlanDate?>, _ set: @escaping Put<PlanDate?>,
        need: FieldNeed = .optional, guide: GuideRule = .ask
    ) -> Field {
        Field(
            kind, key, .date, need: need, guide: guide,
            get: { get($0).map(FieldValue.date) },
            set: { item, v in if case .date(let d)? = v { set(&item, d) } else { set(&item, nil) } }
        )
    }

    static func reference(
        _ kind: ItemKind, _ key: String, to other: ItemKind, _ get: @escaping Get<String?>,
        _ set: @escaping Put<String?>, need: FieldNeed
    ) -> Field {
        Field(
            kind, key, .reference(other), need: need, guide: .whenSeveral(other),
            get: { get($0).map(FieldValue.reference) },
            set: { item, v in
                if case .reference(let id)? = v { set(&item, id) } else { set(&item, nil) }
            })
    }

    static func behaviours(
        _ kind: ItemKind, _ key: String, _ get: @escaping Get<[Behaviour]>, _ set: @escaping Put<[Behaviour]>
    ) -> Field {
        Field(
            kind, key, .behaviours, need: .required, guide: .whenAny(.behaviour),
            get: { item in
                let list = get(item)
                return list.isEmpty ? nil : .behaviours(list)
            },
            set: { item, v in
                if case .behaviours(let b)? = v { set(&item, b) } else { set(&item, []) }
            })
    }

    /// A list of names (who was in the room), never asked by the guide.
    static func names(_ kind: ItemKind, _ key: String, _ get: @escaping Get<[String]>, _ set: @escaping Put<[String]>)
        -> Field
    {
        Field(
            kind, key, .names, need: .notCounted, guide: .never,
            get: { item in
                let list = get(item)
                return list.isEmpty ? nil : .names(list)
            },
            set: { item, v in
                if case .names(let n)? = v { set(&item, n) } else { set(&item, []) }
            })
    }

    static func choice<E: RawRepresentable & Sendable>(
        _ kind: ItemKind, _ key: String, _ choices: Choices, _ get: @escaping Get<E?>, _ set: @escaping Put<E?>,
        need: FieldNeed = .optional
    ) -> Field where E.RawValue == String {
        Field(
            kind, key, .choice(choices), need: need,
            get: { get($0).map { .choice($0.rawValue) } },
            set: { item, v in
                if case .choice(let s)? = v { set(&item, E(rawValue: s)) } else { set(&item, nil) }
            })
    }

    static func choices<E: RawRepresentable & Sendable>(
        _ kind: ItemKind, _ key: String, _ choices: Choices, _ get: @escaping Get<[E]>, _ set: @escaping Put<[E]>,
        need: FieldNeed = .optional
    ) -> Field where E.RawValue == String {
        Field(
            kind, key, .choices(choices), need: need,
            get: { item in
                let list = get(item)
                return list.isEmpty ? nil : .choices(list.map(\.rawValue))
            },
            set: { item, v in
                if case .choices(let list)? = v {
                    set(&item, list.compactMap(E.init))
                } else {
                    set(&item, [])
                }
            })
    }
}

// The one definition of each field. Everything else (parser, completion, help, guide, status,
// board, exporters, file format, journal) is derived from these lists.

extension Plan {
    /// The plan's own fields: its title and step 1.
    public static let fields: [Field<Plan>] =
        [
            .text(.plan, "title", { $0.title }, { $0.title = $1 }, need: .notCounted),
            .text(
                .plan, "statement", word: "objective", { $0.objective.statement }, { $0.objective.statement = $1 },
                need: .required),
            .text(
                .plan, "dataGoal", word: "data-goal", aliases: ["datagoal", "data_goal"], { $0.objective.dataGoal },
                { $0.objective.dataGoal = $1 }),
        ] + workshopFields

    /// Who was there: kept at the top of the file and the handout, never asked by the guide.
    public static let workshopFields: [Field<Plan>] = [
        .names(.plan, "participants", { $0.participants }, { $0.participants = $1 }),
        .text(.plan, "facilitator", { $0.facilitator }, { $0.facilitator = $1 }, need: .notCounted, guide: .never),
        .text(
            .plan, "organisation", aliases: ["organization"], { $0.organisation }, { $0.organisation = $1 },
            need: .notCounted, guide: .never),
        .date(.plan, "date", { $0.date }, { $0.date = $1 }, need: .notCounted, guide: .never),
    ]
}

extension Segment {
    public static let fields: [Field<Segment>] = [
        .name(.segment, "name", { $0.name }, { $0.name = $1 }),
        .choice(.segment, "role", .roles, { $0.role }, { $0.role = $1 }),
        .text(.segment, "why", { $0.why }, { $0.why = $1 }),
        .text(.segment, "need", { $0.need }, { $0.need = $1 }),
        .text(.segment, "value", { $0.value }, { $0.value = $1 }),
        .text(.segment, "barriers", { $0.barriers }, { $0.barriers = $1 }),
        .choice(.segment, "stage", .stages, { $0.stage }, { $0.stage = $1 }, need: .detail),
    ]
}

extension BehaviourChoice {
    public static let fields: [Field<BehaviourChoice>] = [
        .score(.behaviour, "value", { $0.value }, { $0.value = $1 }),
        .score(.behaviour, "effort", { $0.effort }, { $0.effort = $1 }),
        .text(.behaviour, "why", { $0.why }, { $0.why = $1 }),
    ]
}

extension Concept {
    public static let fields: [Field<Concept>] = [
        .name(.concept, "title", { $0.title }, { $0.title = $1 }),
        .reference(.concept, "segment", to: .segment, { $0.segment }, { $0.segment = $1 }, need: .required),
        .behaviours(.concept, "uses", { $0.uses }, { $0.uses = $1 }),
        .text(.concept, "description", aliases: ["desc"], { $0.description }, { $0.description = $1 }),
        .text(
            .concept, "customerValue", word: "customer-value", aliases: ["customervalue", "customer_value"],
            { $0.customerValue }, { $0.customerValue = $1 }),
        .text(
            .concept, "orgValue", word: "org-value",
            aliases: ["orgvalue", "org_value", "organisation-value", "organization-value"], { $0.orgValue },
            { $0.orgValue = $1 }),
        .choices(.concept, "area", .areas, { $0.area }, { $0.area = $1 }, need: .detail),
        .choice(.concept, "form", .forms, { $0.form }, { $0.form = $1 }, need: .detail),
        .choice(.concept, "channel", .channels, { $0.channel }, { $0.channel = $1 }, need: .detail),
        .text(.concept, "feedback", aliases: ["feedback-loop"], { $0.feedback }, { $0.feedback = $1 }, need: .detail),
        .score(.concept, "value", { $0.value }, { $0.value = $1 }),
        .score(.concept, "effort", { $0.effort }, { $0.effort = $1 }),
    ]
}

extension Impact {
    public static let fields: [Field<Impact>] = [
        .name(.impact, "metric", { $0.metric }, { $0.metric = $1 }),
        .number(.impact, "baseline", { $0.baseline }, { $0.baseline = $1 }, need: .required),
        .target(.impact, "target", { $0.target }, { $0.target = $1 }),
        .text(.impact, "unit", { $0.unit }, { $0.unit = $1 }),
        .date(.impact, "by", { $0.by }, { $0.by = $1 }),
        .reference(.impact, "concept", to: .concept, { $0.concept }, { $0.concept = $1 }, need: .optional),
    ]
}
