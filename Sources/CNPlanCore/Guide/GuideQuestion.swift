/// One question of the guided walk, named by what it asks about.
public enum GuideQuestion: Hashable, Sendable {
    /// A field of an item (the plan's own fields have the id "").
    case field(ItemKind, id: String, key: String)
    /// The name of a new segment, concept or impact.
    case newItem(ItemKind)
    /// Another segment, concept or impact? (yes or no)
    case another(ItemKind)
    /// Which behaviours to build on.
    case behaviours
    /// Keep the proposed ranking, or type another.
    case ranking

    /// The kind of item it asks about.
    public var kind: ItemKind {
        switch self {
        case .field(let k, _, _), .newItem(let k), .another(let k): k
        case .behaviours, .ranking: .behaviour
        }
    }

    /// The step it belongs to, 1-5.
    public var step: Int { kind.step }

    /// The field it asks, for a field question.
    public var field: FieldInfo? {
        if case .field(let kind, _, let key) = self { return kind.field(key) }
        return nil
    }
}

/// What the guide shows for a question: the question, a hint in the method's terms, an example.
public struct GuidePrompt: Sendable, Equatable {
    public var question: String
    public var hint: String
    public var example: String?
}

extension GuideQuestion {
    /// The answer the plan already holds for the question, as the board shows it: what a question
    /// asked again (`/back`) would replace; nil when there is none.
    public func current(in plan: Plan, texts t: Texts) -> String? {
        // Only a field's answer is replaced by a new one: behaviours chosen are added to, and the
        // ranking shows its order in the question.
        guard case .field(let kind, let id, let key) = self else { return nil }
        let value = plan.value(kind, id, key)
        return t.display(kind.field(key)!, value, names: { plan.name(of: $0) })
    }

    /// The question as the room sees it, in the interface language.
    public func prompt(in plan: Plan, texts t: Texts) -> GuidePrompt {
        switch self {
        case .field(let kind, let id, let key):
            let f = kind.field(key)!
            let item =
                kind == .behaviour
                ? t.behaviour(Behaviour(rawValue: id)!) : id + " " + Board.safe(plan.name(of: id) ?? "")
            var example = t.has(f.text("example")) ? t(f.text("example")) : nil
            var list = ""
            switch f.type {
            case .choice(let c), .choices(let c):
                list = t.list(c.values.enumerated().map { "\($0.offset + 1) \(t.choice(c, $0.element))" })
            case .reference(let other):
                list = t.list(plan.ids(of: other).map { "\($0) " + Board.safe(plan.name(of: $0) ?? "") })
                example = plan.ids(of: other).first
            case .behaviours:
                list = t.list(plan.behaviours.map { t.behaviour($0.name) })
                example = plan.behaviours.prefix(2).map { t.behaviour($0.name) }.joined(separator: " ")
            default: break
            }
            let args = ["item": item, "list": list, "need": kind == .behaviour ? t("behaviour.\(id).need") : ""]
            return GuidePrompt(question: t(f.text("question"), args), hint: t(f.text("hint"), args), example: example)
        case .newItem(let kind):
            let f = kind.nameField!
            return GuidePrompt(
                question: t(f.text("question"), ["item": ""]), hint: t(f.text("hint")), example: t(f.text("example")))
        case .another(let kind):
            return GuidePrompt(
                question: t("guide.another.\(kind.rawValue)"), hint: t("guide.another.\(kind.rawValue).hint"),
                example: nil)
        case .behaviours:
            let menu = Behaviour.allCases.enumerated().map { n, b in
                "\(n + 1) " + t.behaviourWithChinese(b) + t("guide.menuSeparator") + t("behaviour.\(b.rawValue).need")
            }
            return GuidePrompt(
                question: t("guide.behaviours"), hint: (menu + [t("guide.behaviours.hint")]).joined(separator: "\n"),
                example: t("guide.behaviours.example"))
        case .ranking:
            let shown = Guide.proposedRanking(plan).map { b in
                let c = plan.choice(b)
                return t(
                    "guide.ranking.item",
                    [
                        "name": t.behaviour(b), "value": c?.value.map(String.init) ?? "?",
                        "effort": c?.effort.map(String.init) ?? "?",
                    ])
            }
            return GuidePrompt(
                question: t("guide.ranking", ["list": t.list(shown)]), hint: t("guide.ranking.hint"), example: nil)
        }
    }
}
